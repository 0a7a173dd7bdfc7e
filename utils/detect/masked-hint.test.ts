import { describe, expect, it } from 'vitest';
import { hintOf, maskedEmail, maskedPhone } from './masked-hint';

describe('masked hints', () => {
  it('finds masked phones in many languages', () => {
    expect(maskedPhone('We texted your phone +X XXX-XXX-XXXX. Please enter the code')).toBe('+X XXX-XXX-XXXX');
    expect(maskedPhone('お使いの電話 +XX XXX XXXX X89 にテキスト')).toBe('+XX XXX XXXX X89');
    expect(maskedPhone('Text ******89')).toBe('******89');
    expect(maskedPhone('Sms verzenden naar +31 ••••••• 89')).toBe('+31 ••••••• 89');
  });
  it('never returns an unmasked number or address', () => {
    expect(maskedPhone('Call +1 425 555 0100')).toBeUndefined();
    expect(maskedPhone("Don't ask again for 90 days, code 123456")).toBeUndefined();
    expect(maskedEmail('We emailed jan@contoso.example')).toBeUndefined();
    expect(hintOf('We emailed jan@contoso.example')).toEqual({ kind: 'email', hint: undefined });
    expect(hintOf('Call +1 425 555 0100')).toEqual({ kind: 'sms' });
  });
  it('finds masked e-mail addresses', () => {
    expect(maskedEmail('コードを j***@contoso.com に送信しました')).toBe('j***@contoso.com');
    expect(hintOf('Nous avons envoyé un code à ja*****@gm***.com.')).toEqual({
      kind: 'email',
      hint: 'ja*****@gm***.com',
    });
    expect(hintOf('Please type in the code displayed on your authenticator app')).toEqual({});
  });
});

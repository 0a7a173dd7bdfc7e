import { describe, expect, it } from 'vitest';
import { imageMethod, toMethod } from './methods';

describe('toMethod', () => {
  it('maps Microsoft method names by family', () => {
    const cases: [string, string | undefined][] = [
      ['PhoneAppNotification', 'push'],
      ['PhoneAppOTP', 'totp'],
      ['OneWaySMS', 'sms'],
      ['TwoWaySMSAlternateMobile', 'sms'],
      ['TwoWayVoiceMobile', 'voice'],
      ['TwoWayVoiceOffice', 'voice'],
      ['TwoWayVoiceAlternateMobile', 'voice'],
      ['OneWayVoiceMobileOTP', 'voice'],
      ['ConsolidatedTelephony', 'voice'],
      ['Email', 'email'],
      ['FidoKey', 'fido'],
      ['SoftwareOath', 'totp'],
      ['TOTPAuthenticatorV2', 'totp'],
      ['1:abc', 'email'],
      ['3:abc', 'sms'],
      ['AccessPass', undefined],
      ['', undefined],
    ];
    for (const [name, m] of cases) expect(toMethod(name), name).toBe(m);
    expect(toMethod('Certificate', 'other')).toBe('other');
  });
  it('reads proof-image file names', () => {
    expect(imageMethod('https://aadcdn.msftauth.net/shared/1.0/content/images/picker_verify_sms_27a6d18b.svg')).toBe(
      'sms',
    );
    expect(imageMethod('/images/picker_verify_fluent_authenticator_b59c.svg')).toBe('app');
    expect(imageMethod('/images/picker_verify_email_x.svg?v=1')).toBe('email');
    expect(imageMethod('/images/picker_remote_ngc_x.svg')).toBe('push');
    expect(imageMethod('/images/microsoft_logo_ee5c.svg')).toBeUndefined();
  });
});

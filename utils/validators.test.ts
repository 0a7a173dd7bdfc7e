/**
 * One set of validators (utils/validators.ts) for the configuration and everything that uses a
 * configured value again: the helpdesk request and the guidance links must agree with the options
 * page on every value, accepted or not.
 */
import { describe, expect, it } from 'vitest';
import { safeEmail, safeHttpsUrl, safeTel } from './admin-request';
import { resolveConfig, VALIDATORS } from './config';
import { httpsOr } from './guidance/context';
import { cleanText, CONTROL_CHARACTERS } from './validators';

const EMAILS = [
  'it@contoso.example',
  ' help.desk+mfa@contoso.example ',
  "o'brien@contoso.example",
  'it@xn--mnchen-3ya.example',
  'it@contoso.c0m',
  'a#b@contoso.example',
  'a/b@contoso.example',
  'a=b@contoso.example',
  'a{b}@contoso.example',
  'it@contoso.example?cc=x@y.example',
  'it@contoso.example\u2028bcc',
  'it@localhost',
  '',
];
const URLS = [
  'https://help.contoso.example/mfa?x=1',
  'HTTPS://Help.Contoso.Example',
  'http://help.example',
  'https://u:p@help.example',
  'https://help.example/a b',
  'javascript:alert(1)',
  '',
];
const PHONES = [
  '+31 (0)20-123.4567',
  '+1 555 0100',
  '12',
  '555+1',
  `+${'1'.repeat(20)}`,
  `+${'1'.repeat(21)}`,
  'tel:123',
  '',
];

describe('the configuration and the helpdesk request agree on every value', () => {
  it.each(EMAILS)('e-mail %j', (value) => {
    const configured = resolveConfig({ user: undefined, managed: { helpdeskEmail: value } }).config.helpdeskEmail;
    expect(safeEmail(value)).toBe(configured === '' ? undefined : configured);
  });
  it.each(URLS)('helpdesk URL %j', (value) => {
    const configured = resolveConfig({ user: undefined, managed: { helpdeskUrl: value } }).config.helpdeskUrl;
    expect(safeHttpsUrl(value)).toBe(configured === '' ? undefined : configured);
  });
  it.each(PHONES)('phone %j', (value) => {
    const configured = resolveConfig({ user: undefined, managed: { helpdeskPhone: value } }).config.helpdeskPhone;
    expect(safeTel(value) === undefined).toBe(configured === '');
  });
  it('the security-info link uses a configured URL only when the configuration would accept it', () => {
    for (const value of URLS) {
      const accepted = VALIDATORS.securityInfoUrl(value);
      expect(httpsOr(value, 'https://fallback.example/')).toBe(
        accepted.ok ? accepted.value : 'https://fallback.example/',
      );
    }
  });
});

describe('the rules themselves', () => {
  it('e-mail: nothing that ends the address part of a mailto: URL', () => {
    for (const bad of [
      'a#b@contoso.example',
      'a/b@contoso.example',
      'a=b@contoso.example',
      'a%40b@contoso.example',
      'a,b@contoso.example',
    ]) {
      expect(VALIDATORS.helpdeskEmail(bad), bad).toEqual({ ok: false, reason: 'invalid-email' });
    }
    for (const good of ["o'brien@contoso.example", 'it~desk@contoso.example', 'it@xn--mnchen-3ya.example']) {
      expect(VALIDATORS.helpdeskEmail(good), good).toEqual({ ok: true, value: good });
    }
  });
  it('phone: at most 20 digits, the longest a tel: link is built for', () => {
    expect(VALIDATORS.helpdeskPhone(`+${'1'.repeat(20)}`).ok).toBe(true);
    expect(VALIDATORS.helpdeskPhone(`+${'1'.repeat(21)}`)).toEqual({ ok: false, reason: 'invalid-phone' });
  });
  it('control characters: C0, C1, DEL, line and paragraph separators, bidi overrides and isolates', () => {
    for (const c of [
      '\u0000',
      '\t',
      '\n',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u009f',
      '\u2028',
      '\u2029',
      '\u202a',
      '\u202e',
      '\u2066',
      '\u2069',
    ]) {
      expect(CONTROL_CHARACTERS.test(`a${c}b`), JSON.stringify(c)).toBe(true);
      expect(cleanText(`a${c}b`)).toBe('a b');
    }
    for (const fine of ['Zürich Süd — IT', 'サポート', '\u200f'])
      expect(CONTROL_CHARACTERS.test(fine), fine).toBe(false);
    expect(VALIDATORS.organizationName('Contoso\u2028IT')).toEqual({ ok: false, reason: 'control-characters' });
    expect(VALIDATORS.supportMessage('line one\nline two\ttabbed')).toEqual({
      ok: true,
      value: 'line one\nline two\ttabbed',
    });
    expect(VALIDATORS.supportMessage('line one\u2029two')).toEqual({ ok: false, reason: 'control-characters' });
  });
  it('cleanText caps length and never returns control characters', () => {
    expect(cleanText('  Contoso\r\n\u202eIT  ', 100)).toBe('Contoso IT');
    expect(cleanText('x'.repeat(200), 10)).toBe('x'.repeat(10));
    expect(cleanText(42)).toBe('');
  });
});

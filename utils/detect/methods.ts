import type { AuthMethod } from '../detection-types';

/**
 * Microsoft method names (`authMethodId`, picker `data-value`, `mfaAuthMethod`, proof-image
 * file names) → AuthMethod. Matched by name fragments so new variants of a family still map
 * (TwoWaySMSAlternateMobile → sms, TwoWayVoiceOffice → voice, OneWayVoiceMobileOTP → voice).
 * MSA pickers use `1:…` for e-mail proofs and `3:…` for phone proofs.
 */
const TABLE: [RegExp, AuthMethod][] = [
  [/^1:/, 'email'],
  [/^3:/, 'sms'],
  [/notification|remote_?ngc|push/, 'push'],
  [/sms|text/, 'sms'],
  [/voice|call|telephony/, 'voice'],
  [/otp|oath|totp|verify_code|code/, 'totp'],
  [/mail/, 'email'],
  [/fido|passkey|webauthn|security_?key|hello/, 'fido'],
];

export function toMethod(name: string | null | undefined, fallback?: AuthMethod): AuthMethod | undefined {
  const n = (name || '').toLowerCase();
  if (!n) return undefined;
  for (const [re, m] of TABLE) if (re.test(n)) return m;
  return fallback;
}

/** Method shown by a proof image (`picker_verify_sms_….svg`); `app` = the Authenticator image. */
export function imageMethod(src: string): AuthMethod | 'app' | undefined {
  const file = src.toLowerCase().split(/[?#]/)[0]!.split('/').pop() || '';
  if (!/picker|proof|verify/.test(file)) return undefined;
  return /authenticator/.test(file) ? 'app' : toMethod(file);
}

export function pushUnique(list: AuthMethod[], m: AuthMethod | undefined): void {
  if (m && !list.includes(m)) list.push(m);
}

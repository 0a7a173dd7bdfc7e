import { describe, expect, it } from 'vitest';
import { isSignInHost, isSignInPageUrl, signInMatchPatterns, SIGN_IN_HOSTS } from './hosts';

describe('isSignInHost', () => {
  it.each([
    ...SIGN_IN_HOSTS,
    'contoso.ciamlogin.com',
    'a.b.ciamlogin.com',
    'LOGIN.MICROSOFTONLINE.COM',
    'login.live.com.',
  ])('accepts %s', (host) => expect(isSignInHost(host)).toBe(true));
  it.each([
    'login.microsoftonline.com.evil.example',
    'login-microsoftonline.com',
    'microsoftonline.com',
    'ciamlogin.com',
    '.ciamlogin.com',
    'evilciamlogin.com',
    'contoso.ciamlogin.com.evil.example',
    'xn--login-microsoftonline-8kc.com',
    '',
  ])('rejects %s', (host) => expect(isSignInHost(host)).toBe(false));
  it('survives non-strings', () => expect(isSignInHost(undefined as unknown as string)).toBe(false));
});

describe('isSignInPageUrl', () => {
  it('is true only for https on a sign-in host', () => {
    expect(isSignInPageUrl('https://login.microsoftonline.com/common/login')).toBe(true);
    expect(isSignInPageUrl('https://login.microsoftonline.com:8443/x')).toBe(true);
    expect(isSignInPageUrl('http://login.microsoftonline.com/')).toBe(false);
    expect(isSignInPageUrl('https://login.microsoftonline.com.evil.example/')).toBe(false);
    expect(isSignInPageUrl('https://user@login.microsoftonline.com.evil.example/')).toBe(false);
    expect(isSignInPageUrl('not a url')).toBe(false);
    expect(isSignInPageUrl(undefined)).toBe(false);
  });
});

describe('signInMatchPatterns', () => {
  it('is https only, one per host, and the CIAM wildcard', () => {
    const patterns = signInMatchPatterns();
    expect(patterns.every((p) => p.startsWith('https://') && p.endsWith('/*'))).toBe(true);
    expect(patterns).toContain('https://*.ciamlogin.com/*');
    expect(patterns).toHaveLength(SIGN_IN_HOSTS.length + 1);
  });
});

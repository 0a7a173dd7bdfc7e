import type { Rule } from './context';

/**
 * ConvergedSignIn views: passwordless phone sign-in (first factor), password, username.
 * Inactive views' inputs stay in the DOM with `moveOffScreen`, so visibility decides.
 */
export const passwordless: Rule = (c) => {
  const sign = c.shown('idRemoteNGC_DisplaySign');
  if (sign || c.shown('idDiv_RemoteNGC_PollingDescription') || c.shown('idDiv_RemoteNGC_PageDescription')) {
    return { state: 'passwordless-push', method: 'push', ...(sign ? { numberMatchShown: true } : {}) };
  }
  return null;
};

export const passwordOrUsername: Rule = (c) => {
  if (c.shown('i0118') || c.vis(c.named('passwd'))) return { state: 'not-mfa-password' };
  if (c.shown('i0116') || c.vis(c.named('loginfmt'))) return { state: 'not-mfa-username' };
  return null;
};

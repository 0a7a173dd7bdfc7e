import type { Detection } from './detection-types';
import { isSignInHost, PERSONAL_ACCOUNT_HOSTS } from './hosts';

// Placeholder until the rule set lands: host gating only.
export function detectSignInState(doc: Document, url: string): Detection {
  let host = '';
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    host = '';
  }
  const lang = doc?.documentElement?.getAttribute('lang') ?? '';
  if (!isSignInHost(host)) {
    return { state: 'not-microsoft', signInAnotherWay: false, lang, host, account: 'unknown' };
  }
  return {
    state: 'unknown',
    signInAnotherWay: false,
    lang,
    host,
    account: PERSONAL_ACCOUNT_HOSTS.includes(host) ? 'personal' : 'work',
  };
}

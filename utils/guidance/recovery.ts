import type { SignInState } from '../detection-types';
import type { GuidanceAction, GuidanceItem } from '../guidance-types';
import { MICROSOFT_SECURITY_INFO_URL } from '../config';
import { type GuidanceContext, helpdeskActions, httpsOr, item, securityInfoUrl } from './context';
import { isDeviceErrorCode, normalizeErrorCode } from './error-codes';

/**
 * Before and after the stuck moment (issue 17): the Temporary Access Pass, a new phone, error
 * pages whose fix is a browser setting, and the backup-method reminder. Keys and variables only.
 */

/** Where personal accounts add or change their verification methods. */
export const MSA_PROOFS_URL = 'https://account.live.com/proofs/manage';

/** The user's browser and operating system, from the user agent (for the device-sign-in fix). */
export interface ClientInfo {
  browser: 'chrome' | 'edge' | 'firefox' | 'other';
  os: 'windows' | 'mac' | 'linux' | 'other';
}

export function clientFromUserAgent(ua: unknown): ClientInfo {
  const s = typeof ua === 'string' ? ua.slice(0, 500) : '';
  const browser = /Edg(?:e|A|iOS)?\//.test(s)
    ? 'edge'
    : /Firefox\//.test(s)
      ? 'firefox'
      : /(?:Chrome|Chromium)\//.test(s)
        ? 'chrome'
        : 'other';
  const os = /Windows/.test(s)
    ? 'windows'
    : /Mac OS X|Macintosh/.test(s)
      ? 'mac'
      : /Linux|X11|CrOS/.test(s) && !/Android/.test(s)
        ? 'linux'
        : 'other';
  return { browser, os };
}

/** Screens where the phone is what signs in: "getting a new phone" belongs in their More help. */
export const NEW_PHONE_STATES: readonly SignInState[] = [
  'approve-push',
  'approve-push-number-match',
  'enter-code-sms',
  'enter-code-totp',
  'phone-call',
  'code-wrong',
];

/** "Getting a new phone": add the new phone while the old one still works. */
export function newPhone(personal: boolean, url: string): GuidanceItem {
  const body = personal ? ['beforePersonal', 'backupPersonal', 'gonePersonal'] : ['before', 'backup', 'gone'];
  return item('new-phone', 'new-phone', body, [
    { kind: 'open-link', url, labelKey: personal ? 'links.msaProofs' : 'links.securityInfo' },
  ]);
}

export function newPhoneFor(ctx: GuidanceContext): GuidanceItem {
  return newPhone(ctx.personal, ctx.personal ? MSA_PROOFS_URL : securityInfoUrl(ctx));
}

/** "Enter Temporary Access Pass": type it exactly; it expires; then add two methods right away. */
export function temporaryAccessPass(ctx: GuidanceContext): GuidanceItem {
  return item(
    'temporary-access-pass',
    'temporary-access-pass',
    ['exact', 'expires', 'after'],
    [{ kind: 'open-link', url: securityInfoUrl(ctx), labelKey: 'links.securityInfo' }, ...helpdeskActions(ctx)],
  );
}

export function tapRules(ctx: GuidanceContext): GuidanceItem[] {
  return [temporaryAccessPass(ctx), newPhoneFor(ctx)];
}

/** Which paragraph fits this browser and system (device-based Conditional Access). */
function deviceBody(ctx: GuidanceContext): string[] {
  const { browser, os } = ctx.client ?? { browser: 'other', os: 'other' };
  if (os === 'mac') return ['mac'];
  if (os === 'linux') return ['linux'];
  if (browser === 'edge') return ['edge'];
  if (os === 'windows' && browser === 'chrome') return ['chromeWindows', 'chromeIt'];
  if (os === 'windows' && browser === 'firefox') return ['firefoxWindows', 'firefoxIt'];
  return ['other'];
}

/** AADSTS53000 and relatives: the device identity did not reach Entra; often a browser setting. */
export function deviceSignIn(ctx: GuidanceContext): GuidanceItem[] {
  if (ctx.personal || !isDeviceErrorCode(normalizeErrorCode(ctx.detection.errorCode))) return [];
  return [
    item(
      'device-sign-in-browser',
      'device-sign-in',
      ['why', ...deviceBody(ctx), 'ask'],
      [{ kind: 'admin-request' }, { kind: 'copy-details' }],
    ),
  ];
}

/** "Didn't start this sign-in?": where the tenant has "report suspicious activity", say so. */
export function withSuspiciousReport(ctx: GuidanceContext, items: GuidanceItem[]): GuidanceItem[] {
  if (ctx.personal || ctx.config.reportSuspiciousActivity !== true) return items;
  for (const it of items) {
    if (it.id === 'denied-not-you' || it.id === 'push-number') it.bodyKeys.push('denied-not-you.report');
  }
  return items;
}

/** IT issues Temporary Access Passes: the helpdesk request asks for one instead of a reset. */
export function withAccessPassRequest(ctx: GuidanceContext, items: GuidanceItem[]): GuidanceItem[] {
  if (ctx.personal || ctx.config.offersTemporaryAccessPass !== true) return items;
  const swap: Record<string, string> = {
    'no-other-way.ask': 'no-other-way.askTap',
    'lost-phone.signIn': 'lost-phone.signInTap',
  };
  for (const it of items) {
    it.bodyKeys = it.bodyKeys.map((k) => swap[k] ?? k);
    it.actions = it.actions.map(
      (a): GuidanceAction => (a.kind === 'admin-request' ? { kind: 'admin-request', tap: true } : a),
    );
  }
  return items;
}

/** The backup-method reminder (shown by the popup and the in-page chip, never as part of a screen's help). */
export function backupMethodNudge(personal: boolean, configuredUrl: string): GuidanceItem {
  const url = personal ? MSA_PROOFS_URL : httpsOr(configuredUrl, MICROSOFT_SECURITY_INFO_URL);
  return item(
    'backup-method-nudge',
    'backup-method',
    ['hint', 'why', 'policy'],
    [{ kind: 'open-link', url, labelKey: 'backup-method-nudge.add' }],
  );
}

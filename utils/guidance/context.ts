import type { Detection } from '../detection-types';
import type { SecondStepConfig, TopicId } from '../config-types';
import type { GuidanceAction, GuidanceItem, TabStats } from '../guidance-types';
import { MICROSOFT_SECURITY_INFO_URL, VALIDATORS } from '../config';
import { present } from '../validators';

/** Microsoft's Authenticator FAQ (support.microsoft.com picks the reader's language itself). */
export const AUTHENTICATOR_FAQ_URL =
  'https://support.microsoft.com/account-billing/common-questions-about-the-microsoft-authenticator-app-12d283d1-bcef-4875-9ae5-ac360e2945dd';
/** Microsoft account (personal) recovery form: the only "helpdesk" a personal account has. */
export const MSA_RECOVERY_URL = 'https://account.live.com/acsr';
/** Microsoft account (personal) security page: methods, app passwords. */
export const MSA_SECURITY_URL = 'https://account.microsoft.com/security';

/** Everything a rule may look at. Built once per buildGuidance call. */
export interface GuidanceContext {
  detection: Detection;
  stats: TabStats;
  config: SecondStepConfig;
  now: number;
  /** A personal Microsoft account: no company IT, recovery goes through Microsoft. */
  personal: boolean;
  /** "Sign in another way" (or "Other ways to sign in") is visible on this screen. */
  otherWay: boolean;
  /** The user's browser and system, when the surface knows it (device sign-in fixes). */
  client?: { browser: 'chrome' | 'edge' | 'firefox' | 'other'; os: 'windows' | 'mac' | 'linux' | 'other' };
}

export function item(
  id: string,
  topic: TopicId,
  body: string[],
  actions: GuidanceAction[] = [],
  vars: Record<string, string | number> = {},
  titleKey = `${id}.title`,
): GuidanceItem {
  return { id, topic, titleKey, bodyKeys: body.map((b) => `${id}.${b}`), vars, actions };
}

/** The configured URL when it passes the configuration's own check, else the fallback. */
export function httpsOr(url: string, fallback: string): string {
  return present(VALIDATORS.securityInfoUrl(url)) ?? fallback;
}

export function securityInfoUrl(ctx: GuidanceContext): string {
  return ctx.personal ? MSA_SECURITY_URL : httpsOr(ctx.config.securityInfoUrl, MICROSOFT_SECURITY_INFO_URL);
}

/** The way to a human: the organisation's helpdesk (work) or Microsoft's recovery form (personal). */
export function helpdeskActions(ctx: GuidanceContext): GuidanceAction[] {
  return ctx.personal
    ? [{ kind: 'open-link', url: MSA_RECOVERY_URL, labelKey: 'links.recovery' }]
    : [{ kind: 'admin-request' }];
}

export function otherWayActions(ctx: GuidanceContext): GuidanceAction[] {
  return ctx.otherWay ? [{ kind: 'highlight-other-way' }] : [];
}

/** Does this item lead the user to a human who can help (the helpdesk, or MSA recovery)? */
export function reachesHelpdesk(it: GuidanceItem): boolean {
  return it.actions.some((a) => a.kind === 'admin-request' || (a.kind === 'open-link' && a.url === MSA_RECOVERY_URL));
}

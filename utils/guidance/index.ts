import { needsHelp, type SignInState, type Detection } from '../detection-types';
import type { SecondStepConfig } from '../config-types';
import type { GuidanceItem, TabStats } from '../guidance-types';
import { EMPTY_STATS } from '../tab-stats';
import { type GuidanceContext, reachesHelpdesk } from './context';
import {
  addMethods,
  appPasswords,
  authenticatorFaq,
  backToPicker,
  cannotApprove,
  contactHelpdesk,
  forgotPhone,
  lostPhone,
  noOtherWay,
  otherWay,
  smsHelp,
} from './common-topics';
import { fidoRules, passwordlessRules, pushRules } from './push';
import { emailRules, phoneCallRules, smsCodeRules, totpRules } from './code-sms';
import { codeWrongRules } from './code-wrong';
import { pickerRules } from './picker';
import { deniedRules, timeoutRules } from './timeout-denied';
import { proofUpRules } from './proof-up';
import { errorPageRules } from './error-page';
import { pageNotRecognisedRules } from './page-not-recognised';

export interface GuidanceInput {
  detection: Detection;
  stats: TabStats;
  config: SecondStepConfig;
  now: number;
}

/**
 * Screens that normally show "Sign in another way". On these, a missing link means no other
 * method is registered (help scenario S6, "other method") — unless the screen was opened from the
 * picker, where Microsoft shows Cancel/Back instead of the link (../../docs/ms-signin-dom.md 3,
 * "code view opened from the picker"). Timeout/denied/FIDO/passwordless screens have their own escape links, so a
 * missing link there proves nothing.
 */
export const LINK_EXPECTED_STATES: readonly SignInState[] = [
  'approve-push',
  'approve-push-number-match',
  'enter-code-sms',
  'enter-code-totp',
  'enter-code-email',
  'phone-call',
  'code-wrong',
];

export const STATE_RULES: Partial<Record<SignInState, (ctx: GuidanceContext) => GuidanceItem[]>> = {
  'approve-push': pushRules,
  'approve-push-number-match': pushRules,
  'enter-code-sms': smsCodeRules,
  'enter-code-totp': totpRules,
  'enter-code-email': emailRules,
  'phone-call': phoneCallRules,
  'code-wrong': codeWrongRules,
  'verify-identity-method-picker': pickerRules,
  'push-timeout-no-response': timeoutRules,
  'push-denied': deniedRules,
  'proof-up-required': proofUpRules,
  'error-page': errorPageRules,
  'fido-passkey': fidoRules,
  'passwordless-push': passwordlessRules,
};

/**
 * Ordered help for the screen the user is on (top item first). Returns keys and variables only:
 * the UI translates them. Non-two-step screens get an empty list.
 *
 * Order: (1) when a screen that should have "Sign in another way" does not, "no other method is
 * set up" with the helpdesk request goes first; (2) the state's own rules, most specific first;
 * (3) the remaining scenarios S1-S7, so every one is reachable from every two-step screen:
 * S1 forgot phone, S2 lost phone, S3 texts/calls, S5 cannot approve, S6 other way (when the
 * link is visible), S4 app passwords, S6.3 add methods, Authenticator FAQ, S7 helpdesk last.
 *
 * Hidden topics (config.hiddenTopics) are removed, with one rule: the user must always keep a
 * way to a human. If hiding would leave no item that opens the helpdesk request (work account)
 * or Microsoft's account recovery (personal account), the S7 item stays, last.
 */
export function buildGuidance(input: GuidanceInput): GuidanceItem[] {
  const { detection, config, now } = input;
  if (!detection || !needsHelp(detection)) return [];
  // unknown on a two-step page: generic two-step help only (never a specific screen's advice).
  const rules = detection.state === 'unknown' ? pageNotRecognisedRules : STATE_RULES[detection.state];
  if (!rules) return [];
  const stats = input.stats ?? EMPTY_STATS;
  const ctx: GuidanceContext = {
    detection,
    stats: { ...EMPTY_STATS, ...stats, history: Array.isArray(stats.history) ? stats.history : [] },
    config,
    now,
    personal: detection.account === 'personal',
    otherWay: detection.signInAnotherWay === true,
  };

  const items: GuidanceItem[] = [];
  if (!ctx.otherWay && LINK_EXPECTED_STATES.includes(detection.state)) {
    const fromPicker = ctx.stats.history.slice(0, -1).includes('verify-identity-method-picker');
    items.push(fromPicker ? backToPicker(ctx) : noOtherWay(ctx));
  }
  items.push(...rules(ctx));

  const fillers: Array<() => GuidanceItem> = [
    () => forgotPhone(ctx),
    () => lostPhone(ctx),
    () => smsHelp(ctx),
    () => cannotApprove(ctx),
  ];
  if (ctx.otherWay) fillers.push(() => otherWay(ctx));
  fillers.push(
    () => appPasswords(ctx),
    () => addMethods(ctx),
    () => authenticatorFaq(),
    () => contactHelpdesk(ctx),
  );
  for (const make of fillers) {
    const next = make();
    if (!items.some((it) => it.id === next.id)) items.push(next);
  }

  const deduped = items.filter((it, i) => items.findIndex((o) => o.id === it.id) === i);
  const hidden = new Set(Array.isArray(config?.hiddenTopics) ? config.hiddenTopics : []);
  const visible = deduped.filter((it) => !hidden.has(it.topic));
  if (!visible.some(reachesHelpdesk)) visible.push(contactHelpdesk(ctx));
  // Lines that tell the user to select the other-way control quote the page's own words.
  const words = ctx.otherWay ? detection.signInAnotherWayText : undefined;
  if (words) for (const it of visible) it.vars = { otherWay: words, ...it.vars };
  return visible;
}

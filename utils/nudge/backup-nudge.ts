/**
 * The backup-method nudge (seed article S6.3, made to happen): pure rules, no browser APIs.
 *
 * Per tab and sign-in the background keeps `MethodEvidence` (counts and booleans only). At "Stay
 * signed in?" it decides: a sign-in that showed only one usable method arms the reminder
 * (`NudgeRecord` in storage.local: flags and dates only); one that showed two or more clears it.
 * "Only one" is a strong hint, not proof: the list Microsoft shows may be limited by policy.
 */
import type { Detection, SignInState } from '../detection-types';

export interface MethodEvidence {
  /** How many one-method signals this sign-in showed. */
  one: number;
  /** This sign-in showed two or more methods (several picker tiles or proofs, a visible other-way link). */
  several: boolean;
}

export interface NudgeRecord {
  /** A one-method sign-in was seen and the user has not acted yet. */
  due: boolean;
  /** That sign-in was a personal Microsoft account (decides where "Add a method now" goes). */
  personal: boolean;
  /** When it was armed (ms since epoch). */
  since: number;
  /** "Remind me later": not shown before this time (ms), 0 = not snoozed. */
  snoozedUntil: number;
  /** After "Add a method now" or "Dismiss": not armed again before this time (ms). */
  quietUntil: number;
}

export const DAY_MS = 86_400_000;
/** After "Dismiss", a later one-method sign-in may remind again only after this many days. */
export const DISMISS_QUIET_DAYS = 90;
export const NUDGE_ACTIONS = ['add', 'snooze', 'dismiss'] as const;
export type NudgeAction = (typeof NUDGE_ACTIONS)[number];

/** Screens that normally show "Sign in another way" when a second method exists (guidance.ts LINK_EXPECTED_STATES). */
const LINK_SCREENS: readonly SignInState[] = [
  'approve-push',
  'approve-push-number-match',
  'enter-code-sms',
  'enter-code-totp',
  'enter-code-email',
  'phone-call',
  'code-wrong',
];
/** First-factor screens: a new sign-in starts, earlier evidence no longer applies. */
const START_SCREENS: readonly SignInState[] = ['not-mfa-username', 'not-mfa-password'];

export const EMPTY_EVIDENCE: Readonly<MethodEvidence> = Object.freeze({ one: 0, several: false });

/**
 * Evidence after one more detection. `history` is the tab's states before this one (a code
 * screen opened from the picker has no link by design, so its missing link proves nothing).
 */
export function nextEvidence(
  prev: MethodEvidence | undefined,
  d: Detection,
  history: readonly SignInState[],
): MethodEvidence {
  if (START_SCREENS.includes(d.state)) return { ...EMPTY_EVIDENCE };
  const e: MethodEvidence = {
    one: prev && Number.isInteger(prev.one) && prev.one >= 0 ? Math.min(prev.one, 1000) : 0,
    several: prev?.several === true,
  };
  const fromPicker = history.includes('verify-identity-method-picker');
  const linkScreen = LINK_SCREENS.includes(d.state);
  if ((d.pickerTiles ?? 0) >= 2 || (d.proofCount ?? 0) >= 2 || (linkScreen && d.signInAnotherWay)) e.several = true;
  let one = 0;
  if (linkScreen && !d.signInAnotherWay && !fromPicker) one++;
  if (d.state === 'verify-identity-method-picker' && d.pickerTiles === 1) one++;
  if (d.proofCount === 1) one++;
  if (d.proofUpDeadline) one++;
  e.one += one;
  return e;
}

export type KmsiOutcome = 'arm' | 'clear' | 'none';

/** What "Stay signed in?" (the sign-in has succeeded) does with this sign-in's evidence. */
export function outcomeAtKmsi(e: MethodEvidence | undefined): KmsiOutcome {
  if (!e) return 'none';
  if (e.several) return 'clear';
  return e.one > 0 ? 'arm' : 'none';
}

/** A stored record, validated (storage can hold anything an older version or another hand wrote). */
export function parseNudgeRecord(raw: unknown): NudgeRecord | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  if (typeof r.due !== 'boolean') return null;
  return {
    due: r.due,
    personal: r.personal === true,
    since: time(r.since),
    snoozedUntil: time(r.snoozedUntil),
    quietUntil: time(r.quietUntil),
  };
}

/** Arms the reminder after a one-method sign-in (unless the user acted or dismissed it recently). */
export function armNudge(prev: NudgeRecord | null, personal: boolean, now: number): NudgeRecord {
  if (prev && prev.quietUntil > now) return prev;
  if (prev?.due) return { ...prev, personal };
  return { due: true, personal, since: now, snoozedUntil: 0, quietUntil: 0 };
}

/** The user's answer. `snoozeDays` comes from the validated configuration. */
export function applyNudgeAction(
  prev: NudgeRecord | null,
  action: NudgeAction,
  now: number,
  snoozeDays: number,
): NudgeRecord | null {
  if (!prev) return null;
  const days = Number.isFinite(snoozeDays) && snoozeDays >= 1 ? Math.min(snoozeDays, 365) : 7;
  if (action === 'snooze') return { ...prev, snoozedUntil: now + days * DAY_MS };
  const quiet = action === 'dismiss' ? DISMISS_QUIET_DAYS : days;
  return { ...prev, due: false, snoozedUntil: 0, quietUntil: now + quiet * DAY_MS };
}

/** Show the nudge now? */
export function nudgeVisible(rec: NudgeRecord | null, enabled: boolean, now: number): boolean {
  return Boolean(enabled && rec?.due && rec.snoozedUntil <= now);
}

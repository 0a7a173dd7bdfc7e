import { describe, expect, it } from 'vitest';
import type { Detection, SignInState } from '../detection-types';
import {
  DAY_MS,
  applyNudgeAction,
  armNudge,
  nextEvidence,
  nudgeVisible,
  outcomeAtKmsi,
  parseNudgeRecord,
  type MethodEvidence,
} from './backup-nudge';

const d = (state: SignInState, extra: Partial<Detection> = {}): Detection => ({
  state,
  signInAnotherWay: false,
  lang: 'en',
  host: 'login.microsoftonline.com',
  account: 'work',
  ...extra,
});

function run(steps: Detection[]): MethodEvidence | undefined {
  let e: MethodEvidence | undefined;
  const history: SignInState[] = [];
  for (const step of steps) {
    e = nextEvidence(e, step, history);
    history.push(step.state);
  }
  return e;
}

describe('backup-method evidence', () => {
  it('a code screen without "Sign in another way" is one method; with it, several', () => {
    expect(outcomeAtKmsi(run([d('not-mfa-password'), d('enter-code-sms')]))).toBe('arm');
    expect(outcomeAtKmsi(run([d('not-mfa-password'), d('enter-code-sms', { signInAnotherWay: true })]))).toBe('clear');
  });

  it('several wins over one: a link seen late (or a proof list of two) clears the hint', () => {
    expect(outcomeAtKmsi(run([d('approve-push'), d('approve-push', { signInAnotherWay: true })]))).toBe('clear');
    expect(outcomeAtKmsi(run([d('approve-push', { proofCount: 2 })]))).toBe('clear');
  });

  it('a code screen opened from the picker proves nothing by its missing link', () => {
    expect(outcomeAtKmsi(run([d('verify-identity-method-picker'), d('enter-code-sms')]))).toBe('none');
  });

  it('picker tiles, the proof count and a proof-up deadline are signals', () => {
    expect(outcomeAtKmsi(run([d('verify-identity-method-picker', { pickerTiles: 1 })]))).toBe('arm');
    expect(outcomeAtKmsi(run([d('verify-identity-method-picker', { pickerTiles: 3 })]))).toBe('clear');
    expect(outcomeAtKmsi(run([d('push-timeout-no-response', { proofCount: 1 })]))).toBe('arm');
    expect(outcomeAtKmsi(run([d('proof-up-required', { proofUpDeadline: true })]))).toBe('arm');
    // Screens whose missing link means nothing add nothing.
    expect(outcomeAtKmsi(run([d('push-denied'), d('fido-passkey'), d('error-page')]))).toBe('none');
  });

  it('a new sign-in (username or password screen) starts from scratch', () => {
    expect(
      outcomeAtKmsi(run([d('enter-code-sms'), d('not-mfa-username'), d('approve-push', { signInAnotherWay: true })])),
    ).toBe('clear');
    expect(
      outcomeAtKmsi(run([d('enter-code-sms', { signInAnotherWay: true }), d('not-mfa-password'), d('enter-code-sms')])),
    ).toBe('arm');
    expect(outcomeAtKmsi(undefined)).toBe('none');
  });

  it('keeps counts and booleans only, and survives garbage', () => {
    const e = nextEvidence({ one: -5, several: 'yes' } as unknown as MethodEvidence, d('enter-code-totp'), []);
    expect(e).toEqual({ one: 1, several: false });
  });
});

describe('backup-method reminder record', () => {
  const now = 1_700_000_000_000;
  it('arms once, snoozes for the configured days, and stays quiet after an answer', () => {
    const armed = armNudge(null, false, now);
    expect(armed).toEqual({ due: true, personal: false, since: now, snoozedUntil: 0, quietUntil: 0 });
    expect(nudgeVisible(armed, true, now)).toBe(true);
    expect(nudgeVisible(armed, false, now)).toBe(false);
    const snoozed = applyNudgeAction(armed, 'snooze', now, 3)!;
    expect(nudgeVisible(snoozed, true, now + 2 * DAY_MS)).toBe(false);
    expect(nudgeVisible(snoozed, true, now + 3 * DAY_MS)).toBe(true);
    const dismissed = applyNudgeAction(armed, 'dismiss', now, 3)!;
    expect(nudgeVisible(dismissed, true, now)).toBe(false);
    expect(armNudge(dismissed, false, now + DAY_MS)).toBe(dismissed); // quiet: not re-armed
    expect(armNudge(dismissed, true, now + 91 * DAY_MS)).toMatchObject({ due: true, personal: true });
    const added = applyNudgeAction(armed, 'add', now, 7)!;
    expect(added.due).toBe(false);
    expect(added.quietUntil).toBe(now + 7 * DAY_MS);
  });

  it('bad snooze lengths fall back to 7 days; no record, no action', () => {
    const armed = armNudge(null, false, now);
    expect(applyNudgeAction(armed, 'snooze', now, Number.NaN)!.snoozedUntil).toBe(now + 7 * DAY_MS);
    expect(applyNudgeAction(armed, 'snooze', now, 10_000)!.snoozedUntil).toBe(now + 365 * DAY_MS);
    expect(applyNudgeAction(null, 'dismiss', now, 7)).toBeNull();
  });

  it('parses what storage holds, dropping anything but the flag and dates', () => {
    expect(
      parseNudgeRecord({ due: true, personal: true, since: 5, snoozedUntil: -1, quietUntil: 'x', extra: 'secret' }),
    ).toEqual({
      due: true,
      personal: true,
      since: 5,
      snoozedUntil: 0,
      quietUntil: 0,
    });
    for (const bad of [null, 'due', [], { due: 'true' }]) expect(parseNudgeRecord(bad)).toBeNull();
  });
});

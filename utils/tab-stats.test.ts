import { describe, expect, it } from 'vitest';
import { HISTORY_CAP, nextTabStats } from './tab-stats';
import type { SignInState } from './detection-types';
import type { TabStats } from './guidance-types';
import { detection } from '@/tests/support/guidance-fixtures';

function walk(states: SignInState[], start = 1000): TabStats {
  let stats: TabStats | undefined;
  states.forEach((s, i) => (stats = nextTabStats(stats, detection(s), start + i * 1000)));
  return stats!;
}

describe('nextTabStats', () => {
  it('starts fresh', () => {
    expect(nextTabStats(undefined, detection('approve-push'), 5)).toEqual({
      stateSince: 5,
      codeScreens: 0,
      lastCodeScreenAt: 0,
      history: ['approve-push'],
    });
  });

  it('counts entering the SMS code screen', () => {
    expect(nextTabStats(undefined, detection('enter-code-sms'), 7)).toMatchObject({
      codeScreens: 1,
      lastCodeScreenAt: 7,
    });
    const s = walk([
      'verify-identity-method-picker',
      'enter-code-sms',
      'verify-identity-method-picker',
      'enter-code-sms',
    ]);
    expect(s.codeScreens).toBe(2);
    expect(s.lastCodeScreenAt).toBe(4000);
  });

  it('staying on the screen or going to code-wrong and back does not count', () => {
    const s = walk(['enter-code-sms', 'enter-code-sms', 'code-wrong', 'enter-code-sms', 'unknown', 'enter-code-sms']);
    expect(s.codeScreens).toBe(1);
    expect(s.lastCodeScreenAt).toBe(1000);
  });

  it('other code screens do not count', () => {
    expect(walk(['enter-code-totp', 'enter-code-email', 'phone-call', 'approve-push']).codeScreens).toBe(0);
  });

  it('stateSince resets on a change only', () => {
    const a = nextTabStats(undefined, detection('approve-push'), 100);
    const b = nextTabStats(a, detection('approve-push'), 200);
    expect(b.stateSince).toBe(100);
    expect(b.history).toEqual(['approve-push']);
    const c = nextTabStats(b, detection('push-timeout-no-response'), 300);
    expect(c.stateSince).toBe(300);
    expect(c.history).toEqual(['approve-push', 'push-timeout-no-response']);
  });

  it('is pure', () => {
    const prev: TabStats = { stateSince: 1, codeScreens: 0, lastCodeScreenAt: 0, history: ['approve-push'] };
    const frozen = structuredClone(prev);
    nextTabStats(prev, detection('enter-code-sms'), 9);
    expect(prev).toEqual(frozen);
  });

  it('caps the history', () => {
    const states: SignInState[] = Array.from({ length: 50 }, (_, i) =>
      i % 2 ? 'approve-push' : 'push-timeout-no-response',
    );
    const s = walk(states);
    expect(s.history).toHaveLength(HISTORY_CAP);
    expect(s.history.at(-1)).toBe('approve-push');
  });

  it('tolerates broken previous stats', () => {
    const s = nextTabStats(
      { stateSince: 1, codeScreens: NaN, lastCodeScreenAt: NaN, history: null } as unknown as TabStats,
      detection('enter-code-sms'),
      5,
    );
    expect(s).toEqual({ stateSince: 5, codeScreens: 1, lastCodeScreenAt: 5, history: ['enter-code-sms'] });
  });
});

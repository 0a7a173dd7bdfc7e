import type { Detection, SignInState } from './detection-types';
import type { TabStats } from './guidance-types';

export const HISTORY_CAP = 20;

/** A tab with nothing counted yet (no record, or a surface that renders without one). */
export const EMPTY_STATS: TabStats = { stateSince: 0, codeScreens: 0, lastCodeScreenAt: 0, history: [] };

/** Screens whose appearance means a new code was sent (text message or a call that reads out a code). */
const CODE_SCREENS: readonly SignInState[] = ['enter-code-sms'];

/**
 * States that do not end a code screen: the wrong-code message shows on the same view, and
 * `unknown` shows up briefly while Microsoft swaps views. Returning from them to the code screen
 * is the same code screen, not a new code.
 */
const TRANSPARENT: readonly SignInState[] = ['code-wrong', 'unknown'];

function lastMeaningful(history: readonly SignInState[]): SignInState | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (!TRANSPARENT.includes(s)) return s;
  }
  return undefined;
}

/**
 * The next per-tab statistics after a detection (pure). A state change resets `stateSince` and
 * appends to `history` (capped at HISTORY_CAP, oldest dropped). Entering the SMS/voice code screen
 * from another screen counts one more code and stamps `lastCodeScreenAt`; staying on it, or going
 * to code-wrong (or a transient unknown) and back, does not.
 */
export function nextTabStats(prev: TabStats | undefined, detection: Detection, now: number): TabStats {
  const state = detection.state;
  const history = Array.isArray(prev?.history) ? prev.history : [];
  const current = history[history.length - 1];
  if (prev && current === state) return { ...prev, history: [...history] };

  let codeScreens = prev && Number.isFinite(prev.codeScreens) ? prev.codeScreens : 0;
  let lastCodeScreenAt = prev && Number.isFinite(prev.lastCodeScreenAt) ? prev.lastCodeScreenAt : 0;
  if (CODE_SCREENS.includes(state) && !(lastMeaningful(history) && CODE_SCREENS.includes(lastMeaningful(history)!))) {
    codeScreens += 1;
    lastCodeScreenAt = now;
  }
  const nextHistory = [...history, state].slice(-HISTORY_CAP);
  return { stateSince: now, codeScreens, lastCodeScreenAt, history: nextHistory };
}

/**
 * Browser edge of the configuration: reads user options (storage.local) and managed policy
 * (storage.managed), resolves them with the pure utils/config.ts, and follows changes at run time.
 *
 * Managed storage differs per browser:
 * - Chrome/Edge: `{}` when nothing is set; only schema-valid, mandatory-level values arrive; changes fire
 *   storage.onChanged (area 'managed') without a restart; on first install the values may arrive a few
 *   seconds late (so we render with defaults and re-read).
 * - Firefox: no schema check at all; `get()` REJECTS ("Managed storage manifest not found") when no policy
 *   exists, which means "not managed"; policy is read at browser start only.
 */
import { browser } from 'wxt/browser';
import type { ResolvedConfig, RejectedValue, SecondStepConfig } from './config-types';
import { resolveConfig, sanitizeUserOptions } from './config';

export const USER_OPTIONS_KEY = 'userOptions';
/** Chromium can publish policy a few seconds after the extension starts (first install). */
export const LATE_POLICY_RECHECK_MS = 5000;

async function readManaged(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return undefined;
    return await area.get();
  } catch {
    return undefined; // Firefox without policy, or an API that does not exist here: unmanaged
  }
}

async function readUser(): Promise<unknown> {
  try {
    const stored = await browser.storage.local.get(USER_OPTIONS_KEY);
    return stored?.[USER_OPTIONS_KEY];
  } catch {
    return undefined;
  }
}

export async function loadConfig(): Promise<ResolvedConfig> {
  const [user, managed] = await Promise.all([readUser(), readManaged()]);
  return resolveConfig({ user, managed });
}

/**
 * Merges `partial` into the stored user options. Only known, valid keys that policy does not lock are
 * written; the rest come back as rejections (nothing is written for them). An empty string clears a text
 * field back to its default (stored as '' so "cleared on purpose" survives).
 */
export async function saveUserOptions(partial: Partial<Record<keyof SecondStepConfig, unknown>>): Promise<RejectedValue[]> {
  const current = await loadConfig();
  const { values, rejected } = sanitizeUserOptions(partial, current.locked);
  const stored = sanitizeUserOptions(await readUser()).values; // drop junk an older version may have left
  await browser.storage.local.set({ [USER_OPTIONS_KEY]: { ...stored, ...values } });
  return rejected;
}

/**
 * Calls `cb` with a fresh ResolvedConfig whenever policy or user options change. Also re-reads once after
 * LATE_POLICY_RECHECK_MS, calling `cb` only if something differs (Chromium's late first-run policy).
 * Returns an unsubscribe function.
 */
export function watchConfig(cb: (resolved: ResolvedConfig) => void, options: { recheckMs?: number } = {}): () => void {
  let active = true;
  let last = '';
  const emit = async (force: boolean) => {
    const resolved = await loadConfig();
    const key = JSON.stringify(resolved);
    if (!active || (!force && key === last)) return;
    last = key;
    cb(resolved);
  };
  // Seed `last` so the late re-check only reports real differences.
  void loadConfig().then((r) => {
    if (!last) last = JSON.stringify(r);
  });
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_OPTIONS_KEY in changes)) void emit(true);
  };
  browser.storage.onChanged.addListener(listener);
  const recheckMs = options.recheckMs ?? LATE_POLICY_RECHECK_MS;
  const timer = recheckMs > 0 ? setTimeout(() => void emit(false), recheckMs) : undefined;
  return () => {
    active = false;
    if (timer !== undefined) clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}

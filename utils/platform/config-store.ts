/**
 * Browser edge of the configuration: reads user options (storage.local) and managed policy
 * (storage.managed), resolves them with the pure utils/config.ts, and follows changes at run time.
 *
 * Managed storage differs per browser:
 * - Chrome/Edge: `{}` when nothing is set; only schema-valid, mandatory-level values arrive; changes fire
 *   storage.onChanged (area 'managed') without a restart; on first install the values may arrive a few
 *   seconds late (so we render with defaults and re-read); and the first get() after the browser starts
 *   can take seconds (2.9 s measured here), so readers use the policy seen last time (storage.local)
 *   after MANAGED_WAIT_MS, and the late answer updates it.
 * - Firefox: no schema check at all; `get()` REJECTS ("Managed storage manifest not found") when no policy
 *   exists, which means "not managed"; policy is read at browser start only.
 */
import { browser } from 'wxt/browser';
import type { ResolvedConfig, RejectedValue, SecondStepConfig } from '../config-types';
import { resolveConfig, sanitizeUserOptions } from '../config';
import { MANAGED_CACHE_KEY, USER_OPTIONS_KEY } from '../storage';

export { MANAGED_CACHE_KEY, USER_OPTIONS_KEY };
/** Chromium can publish policy a few seconds after the extension starts (first install). */
export const LATE_POLICY_RECHECK_MS = 5000;

/**
 * How long a reader waits for storage.managed before using the policy seen last time. Chromium can
 * take seconds to answer the first storage.managed.get() after the browser starts (measured here:
 * 1.6 s, and longer while the first sign-in of the day is already on screen); the help must not
 * wait for it.
 */
export const MANAGED_WAIT_MS = 250;

async function readManagedLive(): Promise<unknown> {
  try {
    const area = browser.storage?.managed;
    if (!area) return undefined;
    return await area.get();
  } catch {
    return undefined; // Firefox without policy, or an API that does not exist here: unmanaged
  }
}

/**
 * Without a policy seen before (first run), how long to wait before going on with the defaults. A
 * slow first answer would otherwise hold every detection of the tab (badge, panel) behind it.
 */
export const MANAGED_FIRST_RUN_WAIT_MS = 1500;
const MANAGED_GIVE_UP_MS = 10_000;

let managedInFlight: Promise<unknown> | null = null;
let managedAskedAt = 0;

/**
 * A live read, shared while it is pending: a slow browser is asked once, not once per detection,
 * and every reader's wait is measured from that one question (a read that has not answered in
 * MANAGED_GIVE_UP_MS is asked again). Its answer refreshes the cache, which tells watchers.
 */
function managedLive(): Promise<unknown> {
  if (!managedInFlight || Date.now() - managedAskedAt > MANAGED_GIVE_UP_MS) {
    managedAskedAt = Date.now();
    const read = readManagedLive().then(async (policy) => {
      await rememberManaged(policy);
      return policy;
    });
    managedInFlight = read;
    void read.finally(() => {
      if (managedInFlight === read) managedInFlight = null;
    });
  }
  return managedInFlight;
}

/** Policy changed: a read still pending may carry the old values. (Also for tests.) */
export function forgetPendingManagedRead(): void {
  managedInFlight = null;
  rememberedKey = undefined;
}

const after = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(() => r(value), ms));

async function cachedManaged(): Promise<{ policy: unknown } | undefined> {
  try {
    const stored = (await browser.storage.local.get(MANAGED_CACHE_KEY))?.[MANAGED_CACHE_KEY];
    return stored && typeof stored === 'object' && 'policy' in stored ? (stored as { policy: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

let rememberedKey: string | undefined; // what this context last found in or wrote to the cache

async function rememberManaged(policy: unknown): Promise<void> {
  const key = JSON.stringify(policy ?? null);
  if (key === rememberedKey) return; // the usual case: policy unchanged, no storage round trip
  try {
    const cached = await cachedManaged();
    if (!cached || JSON.stringify(cached.policy ?? null) !== key) {
      await browser.storage.local.set({ [MANAGED_CACHE_KEY]: { policy: policy ?? null } });
    }
    rememberedKey = key;
  } catch {
    /* no cache: the next read asks the browser again */
  }
}

async function readManaged(): Promise<unknown> {
  const live = managedLive();
  // Waits are measured from when the browser was asked, so while one slow question is pending
  // nobody waits twice. The cache is read only when the live answer is late.
  const late = Symbol('late');
  const until = (ms: number) => Promise.race([live, after(Math.max(0, managedAskedAt + ms - Date.now()), late)]);
  const answer = await until(MANAGED_WAIT_MS);
  if (answer !== late) return answer;
  const cached = await cachedManaged();
  if (cached) return cached.policy ?? undefined;
  // First run (no policy seen before): a little longer, then the defaults.
  const firstRun = await until(MANAGED_FIRST_RUN_WAIT_MS);
  return firstRun === late ? undefined : firstRun;
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
export async function saveUserOptions(
  partial: Partial<Record<keyof SecondStepConfig, unknown>>,
): Promise<RejectedValue[]> {
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
    if (!active) return;
    if (!force && (key === last || !last)) {
      last ||= key; // an unforced read before the seed only seeds
      return;
    }
    last = key;
    cb(resolved);
  };
  // Seed `last` so the late re-check only reports real differences.
  void loadConfig().then((r) => {
    if (!last) last = JSON.stringify(r);
  });
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') forgetPendingManagedRead();
    if (area === 'managed' || (area === 'local' && USER_OPTIONS_KEY in changes)) void emit(true);
    // The live policy read answered late and differed from the policy seen last time.
    else if (area === 'local' && MANAGED_CACHE_KEY in changes) void emit(false);
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

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MICROSOFT_SECURITY_INFO_URL } from '../config';
import {
  forgetPendingManagedRead,
  MANAGED_CACHE_KEY,
  MANAGED_FIRST_RUN_WAIT_MS,
  MANAGED_WAIT_MS,
  USER_OPTIONS_KEY,
  loadConfig,
  saveUserOptions,
  watchConfig,
} from './config-store';

beforeEach(() => {
  forgetPendingManagedRead();
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  vi.useRealTimers();
});

const firefoxWithoutPolicy = () =>
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));

describe('loadConfig', () => {
  it('nothing stored: defaults, unmanaged', async () => {
    const r = await loadConfig();
    expect(r.managed).toBe(false);
    expect(r.config.securityInfoUrl).toBe(MICROSOFT_SECURITY_INFO_URL);
  });

  it('Firefox rejection of storage.managed.get() means unmanaged, not an error', async () => {
    firefoxWithoutPolicy();
    await fakeBrowser.storage.local.set({ [USER_OPTIONS_KEY]: { helpdeskEmail: 'me@example.org' } });
    const r = await loadConfig();
    expect(r.managed).toBe(false);
    expect(r.rejected).toEqual([]);
    expect(r.config.helpdeskEmail).toBe('me@example.org');
  });

  it('policy wins over user options and locks', async () => {
    await fakeBrowser.storage.local.set({
      [USER_OPTIONS_KEY]: { helpdeskEmail: 'me@example.org', organizationName: 'Me' },
    });
    await fakeBrowser.storage.managed.set({ helpdeskEmail: 'it@contoso.example', helpdeskUrl: 'http://bad.example' });
    const r = await loadConfig();
    expect(r.managed).toBe(true);
    expect(r.config.helpdeskEmail).toBe('it@contoso.example');
    expect(r.config.organizationName).toBe('Me');
    expect(r.locked).toEqual(['helpdeskEmail']);
    expect(r.rejected).toEqual([{ key: 'helpdeskUrl', source: 'policy', reason: 'not-https' }]);
  });

  it('junk in storage.local does not break loading', async () => {
    await fakeBrowser.storage.local.set({ [USER_OPTIONS_KEY]: 'garbage' });
    const r = await loadConfig();
    expect(r.config.showInPagePanel).toBe(true);
    expect(r.rejected).toEqual([{ key: '*', source: 'user', reason: 'not-an-object' }]);
  });
});

describe('saveUserOptions', () => {
  it('writes valid unlocked keys, merges with what is stored, returns rejections', async () => {
    await fakeBrowser.storage.local.set({ [USER_OPTIONS_KEY]: { organizationName: 'Me', bogus: 1 } });
    await fakeBrowser.storage.managed.set({ helpdeskPhone: '+31 20 123 4567' });
    const rejected = await saveUserOptions({
      helpdeskEmail: 'me@example.org',
      helpdeskUrl: 'javascript:alert(1)',
      helpdeskPhone: '+1 555 0100',
    });
    expect(rejected).toEqual([{ key: 'helpdeskUrl', source: 'user', reason: 'not-https' }]);
    const stored = (await fakeBrowser.storage.local.get(USER_OPTIONS_KEY))[USER_OPTIONS_KEY];
    expect(stored).toEqual({ organizationName: 'Me', helpdeskEmail: 'me@example.org' });
    expect((await loadConfig()).config.helpdeskPhone).toBe('+31 20 123 4567');
  });

  it('works when Firefox rejects managed reads', async () => {
    firefoxWithoutPolicy();
    expect(await saveUserOptions({ language: 'nl' })).toEqual([]);
    expect((await loadConfig()).config.language).toBe('nl');
  });
});

describe('watchConfig', () => {
  it('re-resolves on managed policy changes at run time and on user option changes', async () => {
    const seen: string[] = [];
    const stop = watchConfig((r) => seen.push(`${r.config.helpdeskEmail}|${r.locked.join(',')}`), { recheckMs: 0 });
    await fakeBrowser.storage.managed.set({ helpdeskEmail: 'it@contoso.example' });
    await vi.waitFor(() => expect(seen).toEqual(['it@contoso.example|helpdeskEmail']));
    await fakeBrowser.storage.local.set({ [USER_OPTIONS_KEY]: { organizationName: 'Me' } });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await fakeBrowser.storage.managed.set({ helpdeskEmail: 'other@contoso.example' });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(2);
  });

  it('picks up policy that arrives late without an onChanged event (Chromium first run)', async () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    const stop = watchConfig((r) => seen.push(r.managed), { recheckMs: 5000 });
    await vi.advanceTimersByTimeAsync(10);
    // Write behind the listener's back, as the late first-run publication does.
    const spy = vi
      .spyOn(fakeBrowser.storage.managed, 'get')
      .mockResolvedValue({ helpdeskEmail: 'it@contoso.example' } as never);
    await vi.advanceTimersByTimeAsync(5000);
    expect(spy).toHaveBeenCalled();
    expect(seen).toEqual([true]);
    stop();
  });

  it('the late re-check stays quiet when nothing changed', async () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    const stop = watchConfig(cb, { recheckMs: 5000 });
    await vi.advanceTimersByTimeAsync(6000);
    expect(cb).not.toHaveBeenCalled();
    stop();
  });
});

describe('slow storage.managed (Chromium right after the browser starts)', () => {
  /** managed.get() answers only when `answer` is called. */
  const slowManaged = (value: Record<string, unknown>) => {
    let answer!: () => void;
    const gate = new Promise<void>((r) => (answer = r));
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation((async () => {
      await gate;
      return value;
    }) as never);
    return () => answer();
  };

  it('uses the policy seen last time instead of waiting', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { policy: { helpdeskEmail: 'seen@contoso.example' } } });
    const answer = slowManaged({ helpdeskEmail: 'it@contoso.example' });
    const t0 = Date.now();
    const r = await loadConfig();
    expect(Date.now() - t0).toBeLessThan(MANAGED_WAIT_MS + 200);
    expect(r.config.helpdeskEmail).toBe('seen@contoso.example');
    expect(r.managed).toBe(true);
    answer();
    // The late answer refreshes the cache, so the next read (and watchers) get the live policy.
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY]).toEqual({
        policy: { helpdeskEmail: 'it@contoso.example' },
      }),
    );
  });

  it('with nothing seen before (first run), waits a little longer for the browser', async () => {
    const answer = slowManaged({ helpdeskEmail: 'it@contoso.example' });
    setTimeout(answer, MANAGED_WAIT_MS + 100);
    const r = await loadConfig();
    expect(r.config.helpdeskEmail).toBe('it@contoso.example');
  });

  it('with nothing seen before and no answer at all, goes on with the defaults (never hangs)', async () => {
    slowManaged({ helpdeskEmail: 'it@contoso.example' });
    const t0 = Date.now();
    const r = await loadConfig();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(MANAGED_FIRST_RUN_WAIT_MS - 50);
    expect(Date.now() - t0).toBeLessThan(MANAGED_FIRST_RUN_WAIT_MS + 500);
    expect(r.managed).toBe(false);
    expect(r.config.helpdeskEmail).toBe('');
  });

  it('a watcher hears about the late answer when it differs from the policy seen last time', async () => {
    await fakeBrowser.storage.local.set({ [MANAGED_CACHE_KEY]: { policy: {} } });
    const answer = slowManaged({ helpdeskEmail: 'it@contoso.example' });
    const seen: string[] = [];
    const stop = watchConfig((r) => seen.push(r.config.helpdeskEmail), { recheckMs: 0 });
    await new Promise((r) => setTimeout(r, MANAGED_WAIT_MS + 50));
    expect(seen).toEqual([]);
    answer();
    await vi.waitFor(() => expect(seen).toEqual(['it@contoso.example']));
    stop();
  });
});

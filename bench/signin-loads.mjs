// The sign-in page's own cost, measured as the peer was (the team's performance anchor):
// CDP Performance.getMetrics over page load + 2 s, Navigation Timing, JS heap after a forced GC,
// extension isolated worlds, in two tab modes:
//   fresh  — a new tab per load (what a user's browser does when a sign-in link opens a tab);
//   reused — one tab per page kind, parked on a same-site neutral page between loads.
// Browsers (see run.mjs): none, floor (our build with signin.js replaced by one message to the
// background, injected the same way), ours, optionally "dismissed" (ours with the help closed: the
// detector without the chip), "before" (BENCH_BEFORE) and "peer" (BENCH_PEER).
//
// Interleaving: every (page, mode) is measured in rounds; in a round each browser does one load,
// the starts staggered by `gapMs` (rotating order) so one browser's busy part (navigation, load,
// injection, detection: well under the gap) falls into the others' 2 s idle window. BENCH_SIGNIN_SERIAL=1
// runs the browsers of a round one after the other instead.
import { marked } from './browser.mjs';
import { medianDiffCI, summary } from './stats.mjs';
import { ENTRA, metricsObject, sleep } from './common.mjs';

export const WINDOW_MS = 2000;
/** Load of the push page, then an in-place switch to the SMS view at this time after load. */
const SWITCH_AT_MS = 1000;

export const SIGNIN_PAGES = {
  username: { url: `${ENTRA}/?scenario=username`, neutral: `${ENTRA}/__sim/health` },
  password: { url: `${ENTRA}/?scenario=password`, neutral: `${ENTRA}/__sim/health` },
  push: { url: `${ENTRA}/common/login?scenario=push`, neutral: `${ENTRA}/__sim/health` },
  sms: { url: `${ENTRA}/common/SAS/ProcessAuth?scenario=sms`, neutral: `${ENTRA}/__sim/health` },
  'push→sms': { url: `${ENTRA}/common/login?scenario=push`, neutral: `${ENTRA}/__sim/health`, switchTo: 'sms' },
  article: { url: 'https://other.example.org/', neutral: 'https://other.example.org/__bench-neutral' },
};
export const SIGNIN_PAGE_DESCRIPTION = {
  username: 'username (detector)',
  password: 'password (detector)',
  push: 'push approval (detector + chip)',
  sms: 'SMS code (detector + chip)',
  'push→sms': `push, switched in place to SMS at load + ${SWITCH_AT_MS / 1000} s (chip follows)`,
  article: 'unrelated 2,000-element article (nothing may run)',
};

export const FIELDS = ['dcl', 'load', 'scriptMs', 'taskMs', 'compileMs', 'styleMs', 'layoutMs', 'threadMs', 'heapAfterGcMB', 'worlds'];

async function watchExtensionWorlds(cdp) {
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated' && String(context.origin).startsWith('chrome-extension://')) worlds.push(context.name);
  });
  await cdp.send('Runtime.enable');
  return worlds;
}

async function readout(page, cdp, worlds, worldsBefore) {
  const m = metricsObject(await cdp.send('Performance.getMetrics'));
  const nav = await page.evaluate(() => {
    const e = performance.getEntriesByType('navigation')[0];
    return { dcl: e.domContentLoadedEventEnd - e.startTime, load: e.loadEventEnd - e.startTime };
  });
  // Heap after GC (page + isolated worlds share the isolate); read after the timing counters.
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const h = metricsObject(await cdp.send('Performance.getMetrics'));
  return {
    dcl: nav.dcl,
    load: nav.load,
    scriptMs: m.ScriptDuration * 1000,
    taskMs: m.TaskDuration * 1000,
    compileMs: (m.V8CompileDuration ?? 0) * 1000,
    styleMs: m.RecalcStyleDuration * 1000,
    layoutMs: m.LayoutDuration * 1000,
    threadMs: (m.ThreadTime ?? NaN) * 1000,
    heapAfterGcMB: h.JSHeapUsedSize / 1048576,
    worlds: worlds.length - worldsBefore,
  };
}

/** Navigates, waits for load, does the page's in-place switch (if any), waits out the window. */
async function visit(page, spec) {
  await page.goto(marked(spec.url), { waitUntil: 'load' });
  if (spec.switchTo) {
    await sleep(SWITCH_AT_MS);
    await page.evaluate((v) => window.__simulator.go(v), spec.switchTo);
    await sleep(WINDOW_MS - SWITCH_AT_MS);
  } else await sleep(WINDOW_MS);
}

async function freshLoad(session, spec) {
  const page = await session.browser.newPage();
  try {
    const cdp = await page.createCDPSession();
    const worlds = await watchExtensionWorlds(cdp);
    await cdp.send('Performance.enable');
    await visit(page, spec);
    return await readout(page, cdp, worlds, 0);
  } finally {
    await page.close();
  }
}

/** One tab per browser and page kind for the reused mode (kept between rounds). */
async function reusedTab(session, kind) {
  session.reused ??= {};
  if (!session.reused[kind]) {
    const page = await session.browser.newPage();
    const cdp = await page.createCDPSession();
    session.reused[kind] = { page, cdp, worlds: await watchExtensionWorlds(cdp) };
  }
  return session.reused[kind];
}

async function reusedLoad(session, kind, spec) {
  const { page, cdp, worlds } = await reusedTab(session, kind);
  await cdp.send('Performance.disable');
  // The neutral page is on the same site: the same renderer process serves the next load. Whatever
  // the extension does for it (our detector goes in after its load and stops) settles first.
  await page.goto(spec.neutral, { waitUntil: 'load' });
  await sleep(200);
  const before = worlds.length;
  await cdp.send('Performance.enable');
  await visit(page, spec);
  return readout(page, cdp, worlds, before);
}

const loadIn = (mode, session, kind) => (mode === 'fresh' ? freshLoad(session, SIGNIN_PAGES[kind]) : reusedLoad(session, kind, SIGNIN_PAGES[kind]));

/** One round: every browser loads the page once, starts staggered, order rotated by `r`. */
async function round(browsers, mode, kind, r, gapMs, serial) {
  const keys = Object.keys(browsers);
  const order = keys.map((_, j) => keys[(r + j) % keys.length]);
  const out = {};
  if (serial) {
    for (const k of order) out[k] = await loadIn(mode, browsers[k], kind);
    return out;
  }
  await Promise.all(
    order.map(async (k, j) => {
      await sleep(j * gapMs);
      out[k] = await loadIn(mode, browsers[k], kind);
    }),
  );
  return out;
}

/**
 * @param {Record<string, {browser: import('puppeteer-core').Browser}>} browsers keyed none/floor/ours/…
 * @param {{ loads?: number, kinds?: string[], modes?: string[], gapMs?: number, serial?: boolean, log?: (s: string) => void }} opts
 */
export async function signinLoads(browsers, opts = {}) {
  const { loads = 10, serial = false, log = () => {} } = opts;
  const kinds = opts.kinds ?? Object.keys(SIGNIN_PAGES);
  const modes = opts.modes ?? ['fresh', 'reused'];
  const gapMs = opts.gapMs ?? Math.max(400, Math.round(2200 / Object.keys(browsers).length));
  const raw = {};
  for (const mode of modes) for (const kind of kinds) raw[`${mode}:${kind}`] = Object.fromEntries(Object.keys(browsers).map((k) => [k, []]));
  // Unmeasured warm-up: one round per page and mode (cold caches, the reused tabs' first loads).
  for (const mode of modes) for (const kind of kinds) await round(browsers, mode, kind, 0, gapMs, serial);
  let r = 0;
  const t0 = Date.now();
  for (let i = 0; i < loads; i++) {
    for (const kind of kinds) {
      // Modes alternate first/second load by load, so drift hits both.
      const ms = i % 2 ? [...modes].reverse() : modes;
      for (const mode of ms) {
        const res = await round(browsers, mode, kind, r++, gapMs, serial);
        for (const [k, v] of Object.entries(res)) raw[`${mode}:${kind}`][k].push(v);
      }
    }
    log(`  sign-in page loads: ${i + 1}/${loads} rounds per page and mode (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  for (const s of Object.values(browsers)) for (const t of Object.values(s.reused ?? {})) await t.page.close().catch(() => {});
  return { windowMs: WINDOW_MS, switchAtMs: SWITCH_AT_MS, loads, gapMs, serial, modes, kinds, browsers: Object.keys(browsers), pages: SIGNIN_PAGE_DESCRIPTION, cells: summarize(raw, Object.keys(browsers)), raw };
}

/** Per cell (mode:page): each browser's summary per field, and every browser's difference to none and to floor. */
export function summarize(raw, keys) {
  const cells = {};
  for (const [cell, byBrowser] of Object.entries(raw)) {
    const c = {};
    for (const f of FIELDS) {
      const col = (k) => byBrowser[k].map((x) => x[f]).filter(Number.isFinite);
      const entry = { median: {}, vsNone: {}, vsFloor: {} };
      for (const k of keys) {
        entry.median[k] = summary(col(k));
        if (k !== 'none') entry.vsNone[k] = medianDiffCI(col(k), col('none'));
        if (k !== 'none' && k !== 'floor' && keys.includes('floor')) entry.vsFloor[k] = medianDiffCI(col(k), col('floor'));
        if (k !== 'none' && k !== 'floor' && k !== 'rules' && keys.includes('rules')) (entry.vsRules ??= {})[k] = medianDiffCI(col(k), col('rules'));
      }
      if (keys.includes('dismissed') && keys.includes('ours')) entry.chip = medianDiffCI(col('ours'), col('dismissed'));
      c[f] = entry;
    }
    cells[cell] = c;
  }
  return cells;
}

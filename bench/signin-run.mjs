// The sign-in page section of `npm run bench`: launches the floor control, "help dismissed" (the
// detector without the chip), and the optional before/peer browsers beside run.mjs's two, runs
// signin-loads.mjs over them, and traces one fresh-tab load per in-page case to see whether our
// scripts force the page's style or layout.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXTENSION_DIR, launch, marked, serviceWorker } from './browser.mjs';
import { attribute } from './measure-flow.mjs';
import { sleep } from './common.mjs';
import { SIGNIN_PAGES, WINDOW_MS, signinLoads } from './signin-loads.mjs';
import { bundleDetector } from './detector-bundle.mjs';

/**
 * The floor: our build with signin.js replaced by the least any detector must do — send one
 * message to the background — injected the same way (by the background, after load).
 */
export const FLOOR_SCRIPT = "chrome.runtime.sendMessage({ type: 'bench-floor' }).catch(() => {});\n";

/**
 * The rules floor: the floor plus the detector's rules run once — the bundled pure
 * detectSignInState (bench/detector-bundle.mjs) called on the document after the next frame and
 * its result sent in the one message. What any runtime of these rules pays; ours above it is our runtime and chip.
 */
export async function rulesFloorScript() {
  const code = await bundleDetector();
  // After the next frame, as our detector runs (the page's layout is clean then).
  const send = "chrome.runtime.sendMessage({ type: 'bench-floor', detection: SecondStepDetect.detectSignInState(document, location.href) }).catch(() => {})";
  return `${code}\nrequestAnimationFrame(() => setTimeout(() => ${send}, 0));\n`;
}

function peerInfo(dir) {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return { dir, name: m.name, version: m.version, commit: process.env.BENCH_PEER_COMMIT ?? null };
}

/**
 * Style/layout run inside microtasks of the sign-in page's main thread: the chip mounts in a
 * promise callback, whose trace events carry no script URL (attribute() cannot see them).
 */
function inMicrotasks(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const pids = new Set(events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes('login.microsoftonline.com')).map((e) => e.pid));
  const main = events.filter((e) => e.ph === 'X' && pids.has(e.pid) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const micro = main.filter((e) => e.name === 'RunMicrotasks');
  return main
    .filter((c) => (c.name === 'UpdateLayoutTree' || c.name === 'Layout') && micro.some((e) => c.pid === e.pid && c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur))
    .reduce((t, c) => t + (c.tdur ?? c.dur) / 1000, 0);
}

/** One traced fresh-tab load: our files' main-thread time and any style/layout forced inside them. */
async function tracedLoad(session, extensionId, kind) {
  const page = await session.browser.newPage();
  try {
    await page.goto('about:blank');
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel'] });
    await page.goto(marked(SIGNIN_PAGES[kind].url), { waitUntil: 'load' });
    if (SIGNIN_PAGES[kind].switchTo) {
      await sleep(1000);
      await page.evaluate((v) => window.__simulator.go(v), SIGNIN_PAGES[kind].switchTo);
      await sleep(WINDOW_MS - 1000);
    } else await sleep(WINDOW_MS);
    const buf = await page.tracing.stop();
    const events = JSON.parse(Buffer.from(buf).toString('utf8')).traceEvents;
    const a = attribute(events, extensionId);
    return {
      kind,
      extensionThreadMs: a.extensionThreadMs,
      selfThreadMsByFile: a.extensionSelfThreadMsByFile,
      threadMsByEvent: a.extensionThreadMsByEvent,
      forcedStyleLayoutMs: a.ofWhichForcedStyleLayoutMs + inMicrotasks(events),
      forcedInsideScriptsMs: a.ofWhichForcedStyleLayoutMs,
      eventCounts: a.eventCounts,
    };
  } finally {
    await page.close();
  }
}

export async function signinSection({ sim, ext, base, id, loads, log, sessions }) {
  const dirs = [];
  const extra = {};
  const started = async (key, opts) => {
    const s = await launch({ sim, extension: true, ...opts });
    sessions.push(s);
    extra[key] = s;
    return s;
  };
  const floorDir = mkdtempSync(join(tmpdir(), 'second-step-bench-floor-'));
  dirs.push(floorDir);
  cpSync(EXTENSION_DIR, floorDir, { recursive: true });
  writeFileSync(join(floorDir, 'signin.js'), FLOOR_SCRIPT);
  await serviceWorker((await started('floor', { extensionDir: floorDir })).browser, id);
  const rulesDir = mkdtempSync(join(tmpdir(), 'second-step-bench-rules-floor-'));
  dirs.push(rulesDir);
  cpSync(EXTENSION_DIR, rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'signin.js'), await rulesFloorScript());
  await serviceWorker((await started('rules', { extensionDir: rulesDir })).browser, id);
  const dismissed = await started('dismissed', {});
  await (await serviceWorker(dismissed.browser, id)).evaluate(() => chrome.storage.session.set({ panelDismissed: true }));
  let before = null;
  if (process.env.BENCH_BEFORE) {
    before = resolve(process.env.BENCH_BEFORE);
    if (!existsSync(join(before, 'manifest.json'))) throw new Error(`BENCH_BEFORE: no manifest.json in ${before}`);
    await serviceWorker((await started('before', { extensionDir: before })).browser, id);
  }
  let peer = null;
  if (process.env.BENCH_PEER) {
    peer = peerInfo(resolve(process.env.BENCH_PEER));
    await started('peer', { extensionDir: peer.dir });
    await sleep(2000); // its service worker and first-run work, outside the measurement
  }
  const browsers = { none: base, floor: extra.floor, rules: extra.rules, ours: ext, dismissed, ...(before ? { before: extra.before } : {}), ...(peer ? { peer: extra.peer } : {}) };
  const load = [];
  const timer = setInterval(() => load.push(loadavg()[0]), 10_000);
  const loadAtStart = loadavg();
  let out;
  try {
    const list = (v) => (v ? v.split(',').map((x) => x.trim()) : undefined);
    out = await signinLoads(browsers, { loads, serial: process.env.BENCH_SIGNIN_SERIAL === '1', log, kinds: list(process.env.BENCH_SIGNIN_PAGES), modes: list(process.env.BENCH_SIGNIN_MODES) });
    log('traced fresh-tab loads (forced style/layout inside our scripts)');
    out.traces = {};
    for (const kind of ['password', 'push', 'push→sms']) out.traces[kind] = await tracedLoad(ext, id, kind);
  } finally {
    clearInterval(timer);
    for (const k of Object.keys(extra)) await extra[k].close().catch(() => {});
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  return { ...out, floorScript: FLOOR_SCRIPT, before, peer, machineLoad: { atStart: loadAtStart, every10s: load, atEnd: loadavg() } };
}

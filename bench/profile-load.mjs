// `node bench/profile-load.mjs`: where the milliseconds of ONE fresh-tab sign-in page load go.
// Builds an unminified copy (.output-profile) and a floor copy of it (signin.js = one message),
// and a rules-floor copy (bench/signin-run.mjs), then, for each, loads the page in a new tab PROFILE_LOADS times under a trace with the V8
// sampling profiler, and prints per load (medians): the renderer main thread's events that carry
// one of our script URLs (compile, evaluate, function calls), the style/layout inside them, the
// main-thread events of the whole window by name, and self time by function in our files.
// Env: PROFILE_REUSED=1 (reused tab), PROFILE_PAGE (password | push | sms | username; default push), PROFILE_LOADS (5), PROFILE_SKIP_BUILD=1.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, buildExtension, launch, marked, serviceWorker } from './browser.mjs';
import { mergeProfiles } from './cpu-profile.mjs';
import { median } from './stats.mjs';
import { sleep } from './common.mjs';
import { SIGNIN_PAGES, WINDOW_MS } from './signin-loads.mjs';
import { FLOOR_SCRIPT, rulesFloorScript } from './signin-run.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID as id } from '../utils/extension-ids.ts';

const PAGE = process.env.PROFILE_PAGE ?? 'push';
const LOADS = Number(process.env.PROFILE_LOADS ?? 5);
const OUT = resolve(ROOT, '.output-profile', 'chrome-mv3');
if (process.env.PROFILE_SKIP_BUILD !== '1') buildExtension('.output-profile', { SECOND_STEP_NO_MINIFY: '1' });
const floorDir = mkdtempSync(join(tmpdir(), 'second-step-profile-floor-'));
cpSync(OUT, floorDir, { recursive: true });
writeFileSync(join(floorDir, 'signin.js'), FLOOR_SCRIPT);
const rulesDir = mkdtempSync(join(tmpdir(), 'second-step-profile-rules-'));
cpSync(OUT, rulesDir, { recursive: true });
writeFileSync(join(rulesDir, 'signin.js'), await rulesFloorScript());

// PROFILE_CPU=0: no sampling profiler (its overhead inflates every figure); PROFILE_HINT=1: a third
// browser whose signin.js starts with V8's explicit compile-hint comment (all functions compiled eagerly).
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'toplevel', ...(process.env.PROFILE_CPU === '0' ? [] : ['disabled-by-default-v8.cpu_profiler'])];
const hintDir = process.env.PROFILE_HINT === '1' ? mkdtempSync(join(tmpdir(), 'second-step-profile-hint-')) : null;
if (hintDir) {
  cpSync(OUT, hintDir, { recursive: true });
  writeFileSync(join(hintDir, 'signin.js'), `//# allFunctionsCalledOnLoad\n${readFileSync(join(OUT, 'signin.js'), 'utf8')}`);
}
const prefix = `chrome-extension://${id}/`;

function analyse(events) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const pids = new Set(events.filter((e) => e.name === 'ParseHTML').map((e) => e.pid));
  const main = events.filter((e) => e.ph === 'X' && pids.has(e.pid) && names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain');
  const urlOf = (e) => String(e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.scriptName ?? e.args?.data?.fileName ?? '');
  const ours = main.filter((e) => urlOf(e).startsWith(prefix));
  const ms = (e) => (e.tdur ?? e.dur) / 1000;
  const sum = (list, key) => {
    const o = {};
    for (const e of list) o[key(e)] = (o[key(e)] ?? 0) + ms(e);
    return o;
  };
  // Outermost of ours only, for the total; all of ours by name+file, for the split (nested overlap).
  const sorted = [...ours].sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of sorted) {
    const p = outer[outer.length - 1];
    if (p && e.ts >= p.ts && e.ts + e.dur <= p.ts + p.dur) continue;
    outer.push(e);
  }
  const inside = (c) => outer.some((e) => c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur);
  const styleLayout = main.filter((c) => (c.name === 'UpdateLayoutTree' || c.name === 'Layout') && inside(c));
  // Promise callbacks (the chip's mount, answers to messages) run as microtasks, whose trace
  // events carry no script URL: style/layout inside them is listed apart.
  const micro = main.filter((e) => e.name === 'RunMicrotasks');
  const inMicro = main.filter((c) => (c.name === 'UpdateLayoutTree' || c.name === 'Layout') && micro.some((e) => c.ts >= e.ts && c.ts + c.dur <= e.ts + e.dur));
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
  const prof = mergeProfiles(events);
  const fn = {};
  for (const [nid, us] of prof.self) {
    let n = prof.byId.get(nid);
    const leaf = n;
    while (n && !n.callFrame.url.startsWith(prefix)) n = prof.byId.get(prof.parent.get(n.id));
    if (!n) continue;
    const f = n.callFrame;
    const k = `${f.url.slice(prefix.length)}:${f.lineNumber + 1} ${f.functionName || '(anonymous)'}${leaf === n ? '' : ` → ${leaf.callFrame.functionName || '(native)'}`}`;
    fn[k] = (fn[k] ?? 0) + us / 1000;
  }
  return {
    oursTotal: outer.reduce((a, e) => a + ms(e), 0),
    oursByEvent: sum(ours, (e) => `${e.name} ${urlOf(e).slice(prefix.length)}`),
    forcedStyleLayout: { ...sum(styleLayout, (e) => e.name), ...sum(inMicro, (e) => `${e.name} in RunMicrotasks`) },
    microtasks: sum(micro, () => 'RunMicrotasks'),
    mainByEvent: sum(main.filter((e) => !e.name.includes('RunTask')), (e) => e.name),
    taskTotal: tasks.reduce((a, e) => a + ms(e), 0),
    fnSelf: fn,
  };
}

const REUSED = process.env.PROFILE_REUSED === '1'; // one tab per browser, parked on the same-site neutral page
const reusedTabs = new Map();

async function profileLoad(session) {
  const page = REUSED ? (reusedTabs.get(session) ?? (await session.browser.newPage())) : await session.browser.newPage();
  if (REUSED) reusedTabs.set(session, page);
  try {
    if (REUSED) {
      await page.goto(SIGNIN_PAGES[PAGE].neutral, { waitUntil: 'load' });
      await sleep(200);
    } else await page.goto('about:blank');
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(marked(SIGNIN_PAGES[PAGE].url), { waitUntil: 'load' });
    await sleep(WINDOW_MS);
    return analyse(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')).traceEvents);
  } finally {
    if (!REUSED) await page.close();
  }
}

const medianOf = (runs, key) => {
  const keys = new Set(runs.flatMap((r) => Object.keys(r[key])));
  return Object.fromEntries([...keys].map((k) => [k, median(runs.map((r) => r[key][k] ?? 0))]).sort((a, b) => b[1] - a[1]));
};
const show = (o, min = 0.05, limit = 25) =>
  Object.entries(o)
    .filter(([, v]) => v >= min)
    .slice(0, limit)
    .map(([k, v]) => `   ${v.toFixed(2).padStart(7)} ms  ${k}`)
    .join('\n');

const sim = await startSimulator({ port: 0 });
const sessions = {};
try {
  sessions.floor = await launch({ sim, extension: true, extensionDir: floorDir });
  sessions.rules = await launch({ sim, extension: true, extensionDir: rulesDir });
  sessions.ours = await launch({ sim, extension: true, extensionDir: OUT });
  if (hintDir) sessions.hint = await launch({ sim, extension: true, extensionDir: hintDir });
  for (const s of Object.values(sessions)) await serviceWorker(s.browser, id);
  const runs = Object.fromEntries(Object.keys(sessions).map((k) => [k, []]));
  const keys = Object.keys(sessions);
  for (let i = 0; i <= LOADS; i++) {
    for (const k of i % 2 ? [...keys].reverse() : keys) {
      const r = await profileLoad(sessions[k]);
      if (i > 0) runs[k].push(r); // the first load of each is a warm-up
    }
  }
  for (const [k, rs] of Object.entries(runs)) {
    console.log(`\n== ${k}: ${PAGE} page, ${REUSED ? 'reused' : 'fresh'} tab, load + ${WINDOW_MS} ms, medians of ${rs.length} traced loads`);
    console.log(` our scripts' outermost events: ${median(rs.map((r) => r.oursTotal)).toFixed(2)} ms thread time; all main-thread tasks ${median(rs.map((r) => r.taskTotal)).toFixed(1)} ms`);
    console.log(' events with our script URL (nested ones overlap their parents):');
    console.log(show(medianOf(rs, 'oursByEvent'), 0.01));
    console.log(` microtasks (promise callbacks: the chip's mount, message answers): ${(medianOf(rs, 'microtasks').RunMicrotasks ?? 0).toFixed(2)} ms`);
    console.log(' style/layout forced inside our scripts:');
    console.log(show(medianOf(rs, 'forcedStyleLayout'), 0) || '    none');
    console.log(' main thread, whole window, by event:');
    console.log(show(medianOf(rs, 'mainByEvent'), 0.3, 18));
    console.log(' self time in our files (sampling profiler):');
    console.log(show(medianOf(rs, 'fnSelf'), 0.02, 30));
  }
} finally {
  for (const s of Object.values(sessions)) await s.close();
  await sim.close();
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(rulesDir, { recursive: true, force: true });
  if (hintDir) rmSync(hintDir, { recursive: true, force: true });
}

// The shared part of the panel-prototype experiments (bench/iframe-prototype.mjs,
// bench/chip-prototype.mjs): build or reuse the real extension, make the prototype from a copy of
// it, verify it in a browser, then run the bench's whole-flow measurement (measure.mjs signInFlow)
// with four browsers in rotation — the real extension, none, the prototype ("control") and the real
// extension with the panel dismissed ("detectorOnly") — and print medians and differences.
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { ROOT, buildExtension, launch, marked, serviceWorker } from './browser.mjs';
import * as M from './measure.mjs';
import { medianDiffCI, summary } from './stats.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

export const id = CHROMIUM_EXTENSION_ID;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const FIELDS = [
  ['threadMs', 'main-thread CPU (ThreadTime)'],
  ['taskMs', 'TaskDuration'],
  ['scriptMs', 'ScriptDuration'],
  ['layoutMs', 'LayoutDuration'],
  ['styleMs', 'RecalcStyleDuration'],
  ['cpuAllProcessesMs', 'CPU all processes'],
];
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

function comparisons(raw, label) {
  const pairs = [
    ['real vs base', 'ext', 'base'],
    [`${label} vs base`, 'control', 'base'],
    ['detectorOnly vs base', 'detectorOnly', 'base'],
    [`real vs ${label}`, 'ext', 'control'],
    [`${label} vs detectorOnly`, 'control', 'detectorOnly'],
    ['real vs detectorOnly', 'ext', 'detectorOnly'],
  ];
  const out = {};
  for (const [name, a, b] of pairs) {
    out[name] = {};
    for (const [f] of FIELDS) out[name][f] = medianDiffCI(raw[a].map((r) => r[f]), raw[b].map((r) => r[f]));
  }
  return out;
}

/**
 * @param {{ label: string, envPrefix: string, makePrototype: (realDir: string) => string,
 *   verify: (session: any) => Promise<any>, verified: (v: any) => boolean,
 *   whileFlowRuns?: (proto: any) => Promise<() => Promise<Record<string, unknown>>> }} p
 *   whileFlowRuns: optional watcher started before the flow; its stop() adds fields to the result.
 */
export async function runPrototypeFlow({ label, envPrefix, makePrototype, verify, verified, whileFlowRuns }) {
  const env = (k) => process.env[`${envPrefix}_${k}`];
  const runs = Number(env('RUNS') ?? 10);
  const out = `.output-${label}`;
  const t0 = Date.now();
  const log = (msg) => console.log(`[${label} ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
  const load0 = loadavg();
  const realDir = env('REAL_DIR') ? resolve(env('REAL_DIR')) : resolve(ROOT, out, 'chrome-mv3');
  if (!env('REAL_DIR') && env('SKIP_BUILD') !== '1') {
    log(`npx wxt build into ${out}/`);
    buildExtension(out, {});
  }
  const protoDir = makePrototype(realDir);
  log(`real extension: ${realDir}; prototype: ${protoDir}`);
  const sim = await startSimulator({ port: 0 });
  const sessions = [];
  const result = { date: new Date().toISOString(), runs, realDir, loadavgAtStart: load0 };
  try {
    const ext = await launch({ sim, extension: true, extensionDir: realDir });
    sessions.push(ext);
    const base = await launch({ sim, extension: false });
    sessions.push(base);
    const proto = await launch({ sim, extension: true, extensionDir: protoDir });
    sessions.push(proto);
    result.browser = await ext.browser.version();

    // Warm-up as run.mjs does: service workers, and one two-step page per browser.
    await serviceWorker(ext.browser, id);
    await serviceWorker(proto.browser, id);
    for (const s of [ext, base]) {
      const p = await s.browser.newPage();
      await p.goto(marked(M.PAGES.push), { waitUntil: 'load' });
      await sleep(s.extension ? 3000 : 300);
      await p.close();
    }

    log(`verifying the ${label} prototype`);
    result.verify = await verify(proto);
    console.log(JSON.stringify(result.verify, null, 1));
    if (!verified(result.verify)) throw new Error(`the ${label} prototype did not work`);
    const stopWatch = whileFlowRuns ? await whileFlowRuns(proto) : null;

    // Fourth browser as in run.mjs: the real extension with the panel dismissed for the session.
    const detectorOnly = await launch({ sim, extension: true, extensionDir: realDir });
    sessions.push(detectorOnly);
    const dsw = await serviceWorker(detectorOnly.browser, id);
    await dsw.evaluate(() => chrome.storage.session.set({ panelDismissed: true }));

    log(`whole sign-in flow, ${runs} runs per browser (real, none, ${label} prototype, panel dismissed; rotated)`);
    const flow = await M.signInFlow({ ext, base, control: proto, detectorOnly }, id, { runs });
    result.flow = flow;
    if (stopWatch) Object.assign(result, await stopWatch());
    result.realPanelLoaded = flow.raw.ext.map((r) => r.panelLoaded);
    result.comparisons = comparisons(flow.raw, label);
  } finally {
    for (const s of sessions) await s.close().catch(() => {});
    await sim.close();
    rmSync(protoDir, { recursive: true, force: true });
  }
  result.loadavgAtEnd = loadavg();

  const raw = result.flow.raw;
  console.log(`\nmedians over ${runs} runs (ms): ext = real, base = none, ${label} = prototype, det = panel dismissed`);
  console.log(['metric', 'real', 'base', label, 'det'].join('\t'));
  for (const [f, name] of FIELDS) {
    console.log([name, ...['ext', 'base', 'control', 'detectorOnly'].map((k) => fmt(summary(raw[k].map((r) => r[f])).median))].join('\t'));
  }
  console.log('\ndifference of medians [95% bootstrap CI] (ms)');
  for (const [name, byField] of Object.entries(result.comparisons)) {
    console.log(`${name}: ${FIELDS.map(([f]) => `${f} ${fmt(byField[f].diff)} [${fmt(byField[f].lo)}, ${fmt(byField[f].hi)}]`).join('; ')}`);
  }
  console.log(`\nreal panel loaded in each run: ${JSON.stringify(result.realPanelLoaded)}`);
  console.log(`load average start ${load0.map((x) => x.toFixed(2)).join(' ')}, end ${result.loadavgAtEnd.map((x) => x.toFixed(2)).join(' ')}`);
  if (env('JSON')) writeFileSync(env('JSON'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

// Bench-only experiment: what would the sign-in page's main thread save if the in-page panel's UI
// were an extension iframe (popup.html, out of process) instead of Preact + i18next rendered into
// a shadow root in the page? Not part of npm run bench; no product code is changed.
//
// 1. builds the extension into .output-iframe/ (IFRAME_SKIP_BUILD=1 reuses it; IFRAME_REAL_DIR
//    points at another built chrome-mv3 folder),
// 2. copies it to a temp dir and turns the copy into the prototype: popup.html, chunks/* and
//    assets/* web-accessible on the sign-in hosts, and content-scripts/panel.js replaced by a
//    plain script that appends a closed shadow host holding <iframe src=popup.html>,
// 3. checks that the iframe is out of process, renders the tab's state and follows in-place switches,
// 4. runs the bench's signInFlow (measure.mjs) with four browsers in rotation: the real extension,
//    none, the iframe prototype (as "control") and the real extension with the panel dismissed.
//
// Env: IFRAME_RUNS (default 10), IFRAME_SKIP_BUILD=1, IFRAME_REAL_DIR, IFRAME_JSON=<file> (raw out).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, buildExtension, launch, marked, serviceWorker } from './browser.mjs';
import * as M from './measure.mjs';
import { medianDiffCI, summary } from './stats.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

const RUNS = Number(process.env.IFRAME_RUNS ?? 10);
const OUT = '.output-iframe';
const id = CHROMIUM_EXTENSION_ID;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const log = (msg) => console.log(`[iframe ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/** The prototype's panel script: no framework, one shadow host with one extension iframe. */
const PANEL_JS = `(() => {
  if (globalThis.__secondStepPanel) return;
  globalThis.__secondStepPanel = true;
  const host = document.createElement('div');
  host.setAttribute('data-second-step', 'panel');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('popup.html');
  frame.style.cssText = 'position:fixed;top:16px;right:16px;width:320px;height:420px;border:0;z-index:2147483000';
  shadow.appendChild(frame);
  document.body.appendChild(host);
})();
`;

function makePrototype(realDir) {
  const dir = mkdtempSync(join(tmpdir(), 'second-step-iframe-proto-'));
  cpSync(realDir, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  manifest.web_accessible_resources = [
    { resources: ['popup.html', 'chunks/*', 'assets/*'], matches: manifest.host_permissions },
  ];
  writeFileSync(manifestFile, JSON.stringify(manifest));
  writeFileSync(join(dir, 'content-scripts', 'panel.js'), PANEL_JS);
  return dir;
}

/** Opens the push page in the prototype browser and follows the iframe through in-place switches. */
async function verify(session) {
  const tab = await M.openTab(session, id);
  const { page } = tab;
  const popupUrl = `chrome-extension://${id}/popup.html`;
  const out = { steps: [] };
  try {
    await page.goto(marked(M.PAGES.push), { waitUntil: 'load' });
    await sleep(1500);
    const frame = page.frames().find((f) => f.url() === popupUrl);
    out.iframeFound = Boolean(frame);
    out.frameUrls = page.frames().map((f) => f.url());
    // Out of process: CDP lists an OOPIF as its own target of type "iframe".
    const bcdp = await session.browser.target().createCDPSession();
    const { targetInfos } = await bcdp.send('Target.getTargets');
    out.iframeTargets = targetInfos.filter((t) => t.type === 'iframe').map((t) => t.url);
    const { processInfo } = await bcdp.send('SystemInfo.getProcessInfo').catch(() => ({ processInfo: [] }));
    out.rendererProcesses = processInfo.filter((p) => p.type === 'renderer').length;
    await bcdp.detach();
    out.hostInPage = await page.evaluate(() => document.querySelectorAll('[data-second-step="panel"]').length);
    if (!frame) return out;
    const readStates = async () => ({
      iframe: await frame.evaluate(() => document.documentElement.dataset.state ?? null),
      iframeMain: await frame.evaluate(() => document.querySelector('main[data-state]')?.getAttribute('data-state') ?? null),
      detector: await M.waitForWorldValue(
        tab.watch,
        'globalThis.__secondStep && globalThis.__secondStep.current && globalThis.__secondStep.current.state',
        2000,
      ),
    });
    out.steps.push({ view: 'push (load)', ...(await readStates()) });
    for (const view of ['timeout', 'picker', 'sms', 'wrong-code', 'push']) {
      await page.evaluate((v) => window.__simulator.go(v), view);
      await sleep(600);
      out.steps.push({ view, ...(await readStates()) });
    }
    out.allFollowed = out.steps.every((s) => s.iframe && s.iframe === s.detector && s.iframeMain === s.detector);
    out.iframeBox = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    return out;
  } finally {
    await tab.watch.session.detach().catch(() => {});
    await page.close();
  }
}

const FIELDS = [
  ['threadMs', 'main-thread CPU (ThreadTime)'],
  ['taskMs', 'TaskDuration'],
  ['scriptMs', 'ScriptDuration'],
  ['layoutMs', 'LayoutDuration'],
  ['styleMs', 'RecalcStyleDuration'],
  ['cpuAllProcessesMs', 'CPU all processes'],
];

function comparisons(raw) {
  const pairs = [
    ['real vs base', 'ext', 'base'],
    ['iframe vs base', 'control', 'base'],
    ['detectorOnly vs base', 'detectorOnly', 'base'],
    ['real vs iframe', 'ext', 'control'],
    ['iframe vs detectorOnly', 'control', 'detectorOnly'],
    ['real vs detectorOnly', 'ext', 'detectorOnly'],
  ];
  const out = {};
  for (const [name, a, b] of pairs) {
    out[name] = {};
    for (const [f] of FIELDS) out[name][f] = medianDiffCI(raw[a].map((r) => r[f]), raw[b].map((r) => r[f]));
  }
  return out;
}

const fmt = (x) => (Number.isFinite(x) ? x.toFixed(1) : String(x));

async function main() {
  const load0 = loadavg();
  let realDir = process.env.IFRAME_REAL_DIR ? resolve(process.env.IFRAME_REAL_DIR) : resolve(ROOT, OUT, 'chrome-mv3');
  if (!process.env.IFRAME_REAL_DIR && process.env.IFRAME_SKIP_BUILD !== '1') {
    log(`npx wxt build into ${OUT}/`);
    buildExtension(OUT, {});
  }
  const protoDir = makePrototype(realDir);
  log(`real extension: ${realDir}; prototype: ${protoDir}`);
  const sim = await startSimulator({ port: 0 });
  const sessions = [];
  const result = { date: new Date().toISOString(), runs: RUNS, realDir, loadavgAtStart: load0 };
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

    log('verifying the iframe panel (prototype browser)');
    result.verify = await verify(proto);
    console.log(JSON.stringify(result.verify, null, 1));
    if (!result.verify.iframeFound) throw new Error('the prototype iframe did not load');

    // Count the iframe documents the prototype creates during the measured flow (browser-level
    // target events: nothing runs in the page for this).
    const protoIframes = new Set();
    const discover = await proto.browser.target().createCDPSession();
    const seen = ({ targetInfo: t }) => {
      if (t.type === 'iframe' && t.url.startsWith(`chrome-extension://${id}/popup.html`)) protoIframes.add(t.targetId);
    };
    discover.on('Target.targetCreated', seen);
    discover.on('Target.targetInfoChanged', seen);
    await discover.send('Target.setDiscoverTargets', { discover: true });

    // Fourth browser as in run.mjs: the real extension with the panel dismissed for the session.
    const detectorOnly = await launch({ sim, extension: true, extensionDir: realDir });
    sessions.push(detectorOnly);
    const dsw = await serviceWorker(detectorOnly.browser, id);
    await dsw.evaluate(() => chrome.storage.session.set({ panelDismissed: true }));

    log(`whole sign-in flow, ${RUNS} runs per browser (real, none, iframe prototype, panel dismissed; rotated)`);
    const flow = await M.signInFlow({ ext, base, control: proto, detectorOnly }, id, { runs: RUNS });
    result.flow = flow;
    result.protoIframeTargetsDuringFlow = protoIframes.size;
    await discover.detach().catch(() => {});
    result.realPanelLoaded = flow.raw.ext.map((r) => r.panelLoaded);
    result.comparisons = comparisons(flow.raw);
  } finally {
    for (const s of sessions) await s.close().catch(() => {});
    await sim.close();
    rmSync(protoDir, { recursive: true, force: true });
  }
  result.loadavgAtEnd = loadavg();

  const raw = result.flow.raw;
  console.log(`\nmedians over ${RUNS} runs (ms): ext = real, base = none, iframe = prototype, det = panel dismissed`);
  console.log(['metric', 'real', 'base', 'iframe', 'det'].join('\t'));
  for (const [f, label] of FIELDS) {
    console.log([label, ...['ext', 'base', 'control', 'detectorOnly'].map((k) => fmt(summary(raw[k].map((r) => r[f])).median))].join('\t'));
  }
  console.log('\ndifference of medians [95% bootstrap CI] (ms)');
  for (const [name, byField] of Object.entries(result.comparisons)) {
    console.log(`${name}: ${FIELDS.map(([f]) => `${f} ${fmt(byField[f].diff)} [${fmt(byField[f].lo)}, ${fmt(byField[f].hi)}]`).join('; ')}`);
  }
  console.log(`\nreal panel loaded in each run: ${JSON.stringify(result.realPanelLoaded)}`);
  console.log(`prototype iframe documents created during the flow (warm-up + runs): ${result.protoIframeTargetsDuringFlow}`);
  console.log(`load average start ${load0.map((x) => x.toFixed(2)).join(' ')}, end ${result.loadavgAtEnd.map((x) => x.toFixed(2)).join(' ')}`);
  if (process.env.IFRAME_JSON) writeFileSync(process.env.IFRAME_JSON, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

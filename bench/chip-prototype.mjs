// Bench-only experiment: what would the sign-in page's main thread pay over the sign-in flow if the
// extension showed on a two-step screen only a small framework-free "chip" (one line of text, a
// "Show help" and a close button, following in-place switches) instead of the full in-page panel
// (Preact + i18next in a shadow root)? The full panel would load only on "Show help", which the
// flow never clicks. Not part of npm run bench; no product code is changed.
//
// 1. builds the extension into .output-chip/ (CHIP_SKIP_BUILD=1 reuses it; CHIP_REAL_DIR points
//    at another built chrome-mv3 folder),
// 2. copies it to a temp dir and turns the copy into the prototype: content-scripts/panel.js
//    replaced by a plain script (no framework, no i18n library) that appends an open shadow host
//    <second-step-chip> next to #lightbox and follows globalThis.__secondStep.subscribe,
// 3. checks that the chip appears on the push page and that its headline follows in-place switches,
// 4. runs the bench's signInFlow (measure.mjs) with four browsers in rotation: the real extension,
//    none, the chip prototype (as "control") and the real extension with the panel dismissed.
//
// Env: CHIP_RUNS (default 10), CHIP_SKIP_BUILD=1, CHIP_REAL_DIR, CHIP_JSON=<file> (raw out).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, buildExtension, launch, marked, serviceWorker } from './browser.mjs';
import * as M from './measure.mjs';
import { medianDiffCI, summary } from './stats.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

const RUNS = Number(process.env.CHIP_RUNS ?? 10);
const OUT = '.output-chip';
const id = CHROMIUM_EXTENSION_ID;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const log = (msg) => console.log(`[chip ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

/**
 * The prototype's panel script: no framework, no i18n library. One open shadow host placed to the
 * right of #lightbox (one rectangle read, before the host is inserted), a headline chosen by the
 * detected state, "Show help" (would load the full panel: not wired in the prototype) and close.
 */
const PANEL_JS = `(() => {
  if (globalThis.__secondStepPanel) return;
  globalThis.__secondStepPanel = true;
  const live = globalThis.__secondStep;
  if (!live) return;
  const HEADLINES = {
    'approve-push': 'Approve the request in Microsoft Authenticator',
    'push-timeout-no-response': 'The request timed out: send a new one',
    'verify-identity-method-picker': 'Pick a way to verify it is you',
    'enter-code-sms': 'Type the code from the text message',
    'code-wrong': 'That code did not work: check it and retry',
  };
  const FALLBACK = 'Stuck at this step? Second Step can help';
  const TWO_STEP = /^(approve-|enter-code|push-|verify-identity|code-|error)/;
  const box = document.getElementById('lightbox');
  const r = box ? box.getBoundingClientRect() : null;
  const left = r ? Math.max(8, Math.min(r.right + 16, innerWidth - 288)) : innerWidth - 288;
  const top = r ? Math.max(8, r.top) : 16;
  const host = document.createElement('second-step-chip');
  host.setAttribute('data-second-step', 'panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = \`
:host { all: initial; position: fixed; top: \${top}px; left: \${left}px; z-index: 2147483000; display: block; }
:host([hidden]) { display: none; }
aside { display: flex; align-items: center; gap: 8px; max-width: 280px; box-sizing: border-box; }
aside { padding: 8px 10px; border: 1px solid #8a8886; border-radius: 8px; background: #fff; color: #1b1b1b; }
aside { font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
span { flex: 1 1 auto; min-width: 0; }
button { font: inherit; cursor: pointer; border-radius: 4px; }
button.help { border: 1px solid #0067b8; background: #0067b8; color: #fff; padding: 3px 8px; white-space: nowrap; }
button.help:hover { background: #005da6; }
button.close { border: 0; background: transparent; color: #605e5c; padding: 0 4px; font-size: 16px; line-height: 1; }
button.close:hover { color: #1b1b1b; }
button:focus-visible { outline: 2px solid #1b1b1b; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { aside { background: #2b2b2b; color: #f3f2f1; border-color: #605e5c; } }
@media (max-width: 600px) { :host { left: auto; right: 8px; top: auto; bottom: 8px; } }
\`;
  const aside = document.createElement('aside');
  aside.setAttribute('aria-label', 'Second Step');
  const headline = document.createElement('span');
  const help = document.createElement('button');
  help.type = 'button';
  help.className = 'help';
  help.textContent = 'Show help';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '\\u00d7';
  aside.append(headline, help, close);
  shadow.append(style, aside);
  let last = '';
  const render = (d) => {
    const state = d ? d.state : '';
    if (state === last) return;
    last = state;
    const show = TWO_STEP.test(state);
    if (host.hidden === show) host.hidden = !show;
    if (show) headline.textContent = HEADLINES[state] || FALLBACK;
  };
  render(live.current);
  document.body.appendChild(host);
  const off = live.subscribe(render);
  // Prototype: "Show help" would ask the background to inject the full panel; not wired here.
  help.addEventListener('click', () => { globalThis.__secondStepChipHelp = true; });
  close.addEventListener('click', () => { off(); host.remove(); });
})();
`;

function makePrototype(realDir) {
  const dir = mkdtempSync(join(tmpdir(), 'second-step-chip-proto-'));
  cpSync(realDir, dir, { recursive: true });
  writeFileSync(join(dir, 'content-scripts', 'panel.js'), PANEL_JS);
  return dir;
}

/** Opens the push page in the prototype browser and follows the chip through in-place switches. */
async function verify(session) {
  const tab = await M.openTab(session, id);
  const { page } = tab;
  const out = { steps: [] };
  try {
    await page.goto(marked(M.PAGES.push), { waitUntil: 'load' });
    await sleep(1500);
    // The shadow root is open: the page world can read it (as any page script could).
    const readChip = () =>
      page.evaluate(() => {
        const hosts = document.querySelectorAll('second-step-chip[data-second-step="panel"]');
        const h = hosts[0];
        if (!h) return { hosts: 0 };
        const r = h.getBoundingClientRect();
        const lb = document.getElementById('lightbox')?.getBoundingClientRect();
        return {
          hosts: hosts.length,
          hidden: h.hidden,
          headline: h.shadowRoot?.querySelector('aside span')?.textContent ?? null,
          buttons: [...(h.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent),
          ariaLabel: h.shadowRoot?.querySelector('aside')?.getAttribute('aria-label') ?? null,
          box: { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) },
          rightOfLightbox: lb ? r.left >= lb.right : null,
        };
      });
    const detector = () =>
      M.waitForWorldValue(tab.watch, 'globalThis.__secondStep && globalThis.__secondStep.current && globalThis.__secondStep.current.state', 2000);
    out.steps.push({ view: 'push (load)', detector: await detector(), ...(await readChip()) });
    for (const view of ['sms', 'timeout', 'picker', 'wrong-code', 'push']) {
      await page.evaluate((v) => window.__simulator.go(v), view);
      await sleep(600);
      out.steps.push({ view, detector: await detector(), ...(await readChip()) });
    }
    out.chipShown = out.steps[0].hosts === 1 && out.steps[0].hidden === false;
    out.headlineChangedOnSms = Boolean(out.steps[1].headline) && out.steps[1].headline !== out.steps[0].headline;
    out.allFollowed = out.steps.every((s) => s.hosts === 1 && !s.hidden && s.headline);
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
    ['chip vs base', 'control', 'base'],
    ['detectorOnly vs base', 'detectorOnly', 'base'],
    ['chip vs detectorOnly', 'control', 'detectorOnly'],
    ['real vs chip', 'ext', 'control'],
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
  const realDir = process.env.CHIP_REAL_DIR ? resolve(process.env.CHIP_REAL_DIR) : resolve(ROOT, OUT, 'chrome-mv3');
  if (!process.env.CHIP_REAL_DIR && process.env.CHIP_SKIP_BUILD !== '1') {
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

    log('verifying the chip (prototype browser)');
    result.verify = await verify(proto);
    console.log(JSON.stringify(result.verify, null, 1));
    if (!result.verify.chipShown) throw new Error('the prototype chip did not appear');

    // Fourth browser as in run.mjs: the real extension with the panel dismissed for the session.
    const detectorOnly = await launch({ sim, extension: true, extensionDir: realDir });
    sessions.push(detectorOnly);
    const dsw = await serviceWorker(detectorOnly.browser, id);
    await dsw.evaluate(() => chrome.storage.session.set({ panelDismissed: true }));

    log(`whole sign-in flow, ${RUNS} runs per browser (real, none, chip prototype, panel dismissed; rotated)`);
    const flow = await M.signInFlow({ ext, base, control: proto, detectorOnly }, id, { runs: RUNS });
    result.flow = flow;
    result.realPanelLoaded = flow.raw.ext.map((r) => r.panelLoaded);
    result.comparisons = comparisons(flow.raw);
  } finally {
    for (const s of sessions) await s.close().catch(() => {});
    await sim.close();
    rmSync(protoDir, { recursive: true, force: true });
  }
  result.loadavgAtEnd = loadavg();

  const raw = result.flow.raw;
  console.log(`\nmedians over ${RUNS} runs (ms): ext = real, base = none, chip = prototype, det = panel dismissed`);
  console.log(['metric', 'real', 'base', 'chip', 'det'].join('\t'));
  for (const [f, label] of FIELDS) {
    console.log([label, ...['ext', 'base', 'control', 'detectorOnly'].map((k) => fmt(summary(raw[k].map((r) => r[f])).median))].join('\t'));
  }
  console.log('\ndifference of medians [95% bootstrap CI] (ms)');
  for (const [name, byField] of Object.entries(result.comparisons)) {
    console.log(`${name}: ${FIELDS.map(([f]) => `${f} ${fmt(byField[f].diff)} [${fmt(byField[f].lo)}, ${fmt(byField[f].hi)}]`).join('; ')}`);
  }
  console.log(`\nreal panel loaded in each run: ${JSON.stringify(result.realPanelLoaded)}`);
  console.log(`load average start ${load0.map((x) => x.toFixed(2)).join(' ')}, end ${result.loadavgAtEnd.map((x) => x.toFixed(2)).join(' ')}`);
  if (process.env.CHIP_JSON) writeFileSync(process.env.CHIP_JSON, `${JSON.stringify(result, null, 2)}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

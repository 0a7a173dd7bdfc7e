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
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from './browser.mjs';
import * as M from './measure.mjs';
import { id, runPrototypeFlow, sleep } from './prototype-flow.mjs';

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

/** Counts the iframe documents the prototype creates during the measured flow (browser-level
 * target events: nothing runs in the page for this). */
async function countIframes(proto) {
  const targets = new Set();
  const discover = await proto.browser.target().createCDPSession();
  const seen = ({ targetInfo: t }) => {
    if (t.type === 'iframe' && t.url.startsWith(`chrome-extension://${id}/popup.html`)) targets.add(t.targetId);
  };
  discover.on('Target.targetCreated', seen);
  discover.on('Target.targetInfoChanged', seen);
  await discover.send('Target.setDiscoverTargets', { discover: true });
  return async () => {
    await discover.detach().catch(() => {});
    console.log(`prototype iframe documents created during the flow (warm-up + runs): ${targets.size}`);
    return { protoIframeTargetsDuringFlow: targets.size };
  };
}

runPrototypeFlow({
  label: 'iframe',
  envPrefix: 'IFRAME',
  makePrototype,
  verify,
  verified: (v) => Boolean(v.iframeFound),
  whileFlowRuns: countIframes,
}).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

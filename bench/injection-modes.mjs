// `node bench/injection-modes.mjs`: why the detector is injected by the background after load
// instead of being declared as a content script. Same extension build (.output-bench, from
// `npm run bench` or BENCH_SKIP_BUILD), signin.js replaced by an empty function, four ways:
//   declared-idle   manifest content script at document_idle (the usual way)
//   declared-end    manifest content script at document_end
//   none            no content script at all (background and host access only)
//   after-load      no content script; the background injects signin.js at tabs.onUpdated
//                   `complete` (what Second Step does)
// each against a browser without the extension, username page, interleaved loads (N=20).
// Not part of npm test or the bench's table; the figures back the design note in bench/results.md.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { EXTENSION_DIR, launch, serviceWorker } from './browser.mjs';
import { pageLoads } from './measure.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID as id } from '../utils/extension-ids.ts';
import { signInMatchPatterns } from '../utils/hosts.ts';

const loads = Number(process.env.N ?? 20);
const declared = (runAt) => (m) => {
  m.content_scripts = [{ matches: signInMatchPatterns(), js: ['signin.js'], run_at: runAt }];
};
const MODES = {
  'declared-idle': declared('document_idle'),
  'declared-end': declared('document_end'),
  none: (m) => {
    m.content_scripts = [];
    m.background = { service_worker: 'probe-background.js' };
  },
  'after-load': (m) => {
    m.content_scripts = [];
    m.background = { service_worker: 'probe-background.js' };
  },
};
const PROBE_BACKGROUND = (inject) => `chrome.tabs.onUpdated.addListener((tabId, info, tab) => {
  if (${inject} && info.status === 'complete' && /^https:\\/\\/login\\.microsoftonline\\.com\\//.test(tab.url || ''))
    chrome.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['signin.js'], injectImmediately: true }).catch(() => {});
});\n`;

const sim = await startSimulator({ port: 0 });
const base = await launch({ sim, extension: false });
const fmt = (d) => `${d.diff >= 0 ? '+' : ''}${d.diff.toFixed(1)} (95% CI ${d.lo.toFixed(1)}…${d.hi.toFixed(1)})`;
console.log(`username page, ${loads} loads each, Δ vs no extension, ms`);
console.log('mode            | Δ DOMContentLoaded           | Δ load event                 | Δ main-thread CPU');
try {
  for (const [name, edit] of Object.entries(MODES)) {
    const dir = mkdtempSync(join(tmpdir(), `second-step-mode-${name}-`));
    try {
      cpSync(EXTENSION_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'signin.js'), '(function(){})();\n');
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      edit(manifest);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
      writeFileSync(join(dir, 'probe-background.js'), PROBE_BACKGROUND(name === 'after-load'));
      const ext = await launch({ sim, extension: true, extensionDir: dir });
      try {
        await serviceWorker(ext.browser, id);
        const s = (await pageLoads({ ext, base }, id, { loads, settleMs: 300, kinds: ['username'] })).username.summary;
        console.log(`${name.padEnd(15)} | ${fmt(s.dcl.diff).padEnd(28)} | ${fmt(s.load.diff).padEnd(28)} | ${fmt(s.threadMs.diff)}`);
      } finally {
        await ext.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await base.close();
  await sim.close();
}

// npm run bench: builds the extension, starts the simulator, measures Second Step in real
// Chromium side by side with the same browser without the extension, prints a table and writes
// bench/results.md + bench/results.json. Not part of npm test.
//
// Options (env): BENCH_QUICK=1 (fewer samples, for trying the harness), BENCH_SKIP_BUILD=1,
// BENCH_ONLY=signin (sizes + the sign-in page section only; written to bench/.tmp/), BENCH_SIGNIN_LOADS=<n>,
// BENCH_PEER=<unpacked extension dir>, BENCH_BEFORE=<an older build's chrome-mv3 dir>, BENCH_SIGNIN_SERIAL=1.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, ROOT, buildExtension, launch, serviceWorker, marked } from './browser.mjs';
import { bundleDetector } from './detector-bundle.mjs';
import * as M from './measure.mjs';
import { report } from './report.mjs';
import { signinSection } from './signin-run.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID } from '../utils/extension-ids.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const ONLY_SIGNIN = process.env.BENCH_ONLY === 'signin';
const N = QUICK
  ? { switches: 40, loads: 4, flowRuns: 2, memSwitches: 200, memWarmup: 200, popupOpens: 6, signinLoads: 3 }
  : { switches: 200, loads: 12, flowRuns: 10, memSwitches: 1000, memWarmup: 4000, popupOpens: 20, signinLoads: 10 };
if (process.env.BENCH_SIGNIN_LOADS) N.signinLoads = Number(process.env.BENCH_SIGNIN_LOADS);
const SCRATCH = QUICK || ONLY_SIGNIN; // not the committed results

const t0 = Date.now();
const log = (msg) => console.log(`[bench ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

function build() {
  if (process.env.BENCH_SKIP_BUILD === '1') return log('build skipped (BENCH_SKIP_BUILD=1)');
  log('npx wxt build (into .output-bench, so no other build can swap files mid-measurement)');
  buildExtension('.output-bench');
}

async function main() {
  const loadBefore = loadavg();
  build();
  const results = {
    date: new Date().toISOString(),
    quick: QUICK,
    only: ONLY_SIGNIN ? 'signin' : undefined,
    samples: N,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadavgAtStart: loadBefore },
  };
  log('bundle sizes');
  results.sizes = M.sizes();
  const detectorCode = await bundleDetector();

  const sim = await startSimulator({ port: 0 });
  const sessions = [];
  try {
    const ext = await launch({ sim, extension: true });
    sessions.push(ext);
    const base = await launch({ sim, extension: false });
    sessions.push(base);
    results.browser = await ext.browser.version();
    const both = { ext, base };
    const id = CHROMIUM_EXTENSION_ID;

    // Warm-up: start the service worker and let the first two-step page pull the panel once.
    log('warm-up');
    await serviceWorker(ext.browser, id);
    for (const s of [ext, base]) {
      const p = await s.browser.newPage();
      await p.goto(marked(M.PAGES.push), { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, s.extension ? 3000 : 300));
      await p.close();
    }

    log(`sign-in page loads, fresh and reused tab, load + 2 s (${N.signinLoads} rounds per page and mode)`);
    results.signin = await signinSection({ sim, ext, base, id, loads: N.signinLoads, log, sessions });
    if (!ONLY_SIGNIN) {

      log('isolated worlds and scripts per page');
      results.worlds = { ext: await M.worldsAndScripts(ext, id), base: await M.worldsAndScripts(base, id) };

      log(`switch -> published latency (${N.switches} switches)`);
      results.latency = await M.switchLatency(both, id, { switches: N.switches });

      log(`page loads (${N.loads} per page and browser, interleaved)`);
      results.loads = await M.pageLoads(both, id, { loads: N.loads, settleMs: 300 });

      // Control: the same extension with an EMPTY content script. If the load event moves as much
      // with it as with the real detector, the cost is Chromium creating the content script's
      // isolated world, not our code. The whole flow runs with it as a third browser too.
      const emptyDir = mkdtempSync(join(tmpdir(), 'second-step-bench-empty-cs-'));
      try {
        cpSync(EXTENSION_DIR, emptyDir, { recursive: true });
        writeFileSync(join(emptyDir, 'signin.js'), '(function(){})();\n');
        const empty = await launch({ sim, extension: true, extensionDir: emptyDir });
        sessions.push(empty);
        await serviceWorker(empty.browser, id);
        log(`load-event control: empty content script (${N.loads} loads, interleaved)`);
        results.loadControl = {
          emptyVsNone: (await M.pageLoads({ ext: empty, base }, id, { loads: N.loads, settleMs: 300, kinds: ['username'] })).username,
          realVsEmpty: (await M.pageLoads({ ext, base: empty }, id, { loads: N.loads, settleMs: 300, kinds: ['username'] })).username,
        };
        // And a fourth: the real extension with the in-page panel dismissed (detector only).
        const detectorOnly = await launch({ sim, extension: true });
        sessions.push(detectorOnly);
        const dsw = await serviceWorker(detectorOnly.browser, id);
        await dsw.evaluate(() => chrome.storage.session.set({ panelDismissed: true }));
        log(`whole sign-in flow (${N.flowRuns} runs per browser: with, without, empty content script, panel dismissed; interleaved)`);
        results.flow = await M.signInFlow({ ext, base, control: empty, detectorOnly }, id, { runs: N.flowRuns });
        await detectorOnly.close();
        await empty.close();
      } finally {
        rmSync(emptyDir, { recursive: true, force: true });
      }

      log('traced flow (attribution)');
      results.flowTrace = await M.tracedFlow(both, id);

      log(`memory over ${N.memSwitches} switches after ${N.memWarmup} warm-up switches`);
      results.memory = await M.memory(both, id, { switches: N.memSwitches, warmupSwitches: N.memWarmup });

      log(`popup first render (${N.popupOpens} opens)`);
      results.popup = await M.popup(both, id, { opens: N.popupOpens });

      log('detector cost vs DOM size (bundled detector in the page)');
      results.scaling = await M.scaling(both, detectorCode);
    }
  } finally {
    for (const s of sessions) await s.close().catch(() => {});
    await sim.close();
  }
  results.machine.loadavgAtEnd = loadavg();
  results.durationS = (Date.now() - t0) / 1000;

  const { table, markdown, verdicts } = report(results, { onlySignin: ONLY_SIGNIN });
  results.verdicts = verdicts;
  console.log(`\n${table}\n`);
  // Quick runs go to bench/.tmp/ (git-ignored): only full runs are the committed results.
  const outDir = join(ROOT, 'bench', SCRATCH ? '.tmp' : '');
  mkdirSync(outDir, { recursive: true });
  const suffix = QUICK ? '.quick' : ONLY_SIGNIN ? '.signin' : '';
  writeFileSync(join(outDir, `results${suffix}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, `results${suffix}.md`), markdown);
  log(`wrote ${join(outDir, `results${suffix}.md`)} and results${suffix}.json`);
}

/** `node bench/run.mjs --report`: rewrite results.md from results.json without measuring. */
function reportOnly() {
  const file = join(ROOT, 'bench', 'results.json');
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const { table, markdown } = report(results);
  console.log(table);
  writeFileSync(join(ROOT, 'bench', 'results.md'), markdown);
}

(process.argv.includes('--report') ? Promise.resolve().then(reportOnly) : main()).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

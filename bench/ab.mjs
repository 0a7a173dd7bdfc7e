// `AB_OLD=<built chrome-mv3 dir> node bench/ab.mjs`: the bench's whole-flow measurement for two
// builds of the extension in one run (with this build = .output-bench, an older one, and none;
// interleaved), so a change is judged within one machine state. Build the older commit with e.g.
// `git worktree add /tmp/old <commit>` and `SECOND_STEP_OUT_DIR=/tmp/old-out npx wxt build` there.
// Env: AB_OLD (required), RUNS (10). Not part of npm run bench.
import { resolve } from 'node:path';
import { ROOT, launch, serviceWorker, marked } from './browser.mjs';
import * as M from './measure.mjs';
// @ts-ignore plain ESM module
import { startSimulator } from '../simulator/index.mjs';
import { CHROMIUM_EXTENSION_ID as id } from '../utils/extension-ids.ts';
const sim = await startSimulator({ port: 0 });
const neu = await launch({ sim, extension: true, extensionDir: resolve(ROOT, '.output-bench/chrome-mv3') });
if (!process.env.AB_OLD) throw new Error('AB_OLD=<path to the older build\'s chrome-mv3> is required');
const old = await launch({ sim, extension: true, extensionDir: resolve(process.env.AB_OLD) });
const base = await launch({ sim, extension: false });
for (const s of [neu, old]) await serviceWorker(s.browser, id);
for (const s of [neu, old, base]) { const p = await s.browser.newPage(); await p.goto(marked(M.PAGES.push), { waitUntil: 'load' }); await new Promise((r) => setTimeout(r, s.extension ? 3000 : 300)); await p.close(); }
const r = await M.signInFlow({ ext: neu, base, control: old }, id, { runs: Number(process.env.RUNS ?? 10) });
const f = (d) => `${d.diff >= 0 ? '+' : ''}${d.diff.toFixed(1)} (95% CI ${d.lo.toFixed(1)}…${d.hi.toFixed(1)})`;
for (const k of ['threadMs', 'taskMs', 'scriptMs', 'layoutMs']) {
  console.log(k, 'new vs none', f(r.summary[k].diff), '| old vs none', f(r.control.emptyVsNone[k].diff), '| new vs old', f(r.control.realVsEmpty[k].diff), '| medians new/old/none', r.summary[k].ext.median.toFixed(1), r.control.emptyVsNone[k].ext.median.toFixed(1), r.summary[k].base.median.toFixed(1));
}
for (const s of [neu, old, base]) await s.close();
await sim.close(); process.exit(0);

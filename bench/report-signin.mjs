// Report of the sign-in page section (signin-loads.mjs): per mode and page, every figure for no
// extension, the floor above it and our cost above the floor (medians, 95% bootstrap CIs), the
// peer and "before" beside it, and the issue-21 targets' verdicts.
const sg = (x, d = 1) => (Number.isFinite(x) ? `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(d)}` : 'n/a');
const ci = (c, d = 1) => (c ? `${sg(c.diff, d)} [${sg(c.lo, d)}, ${sg(c.hi, d)}]` : 'n/a');
const med = (s, d = 1) => (s && Number.isFinite(s.median) ? s.median.toFixed(d) : 'n/a');

const COLUMNS = [
  ['scriptMs', 'script ms', 1],
  ['taskMs', 'task ms', 1],
  ['compileMs', 'V8 compile ms', 2],
  ['styleMs', 'style ms', 2],
  ['layoutMs', 'layout ms', 2],
  ['threadMs', 'main-thread CPU ms', 1],
  ['heapAfterGcMB', 'heap after GC MB', 3],
  ['load', 'load event ms', 1],
];
const SIGNIN_KINDS = ['username', 'password', 'push', 'sms', 'push→sms'];
const CHIP_KINDS = ['push', 'sms', 'push→sms'];

/** The targets of issue 21, judged on medians (the CI is printed beside each). */
export function signinVerdicts(s) {
  const v = [];
  const add = (key, mode, page, figure, value, target, pass) => v.push({ key, mode, page, figure, value, target, verdict: pass ? 'pass' : 'MISS' });
  for (const mode of s.modes) {
    for (const page of s.kinds) {
      const c = s.cells[`${mode}:${page}`];
      if (!c) continue;
      if (page === 'article') {
        const worlds = c.worlds.median.ours.max;
        add('articleWorlds', mode, page, 'extension worlds per load (max)', String(worlds), '0', worlds === 0);
        add('articleScript', mode, page, 'script vs none', ci(c.scriptMs.vsNone.ours, 2), '≈ 0 (CI includes 0 or ≤ 0.1 ms)', c.scriptMs.vsNone.ours.lo <= 0 || c.scriptMs.vsNone.ours.diff <= 0.1);
        continue;
      }
      const fl = (f) => c[f].vsFloor.ours;
      add('script', mode, page, 'script above floor', ci(fl('scriptMs'), 2), '≤ 1 ms', fl('scriptMs').diff <= 1);
      add('task', mode, page, 'task above floor', ci(fl('taskMs'), 1), '≤ 3 ms', fl('taskMs').diff <= 3);
      add('compile', mode, page, 'V8 compile above floor', ci(fl('compileMs'), 2), '≤ 0.5 ms', fl('compileMs').diff <= 0.5);
      add('heap', mode, page, 'heap after GC above floor', ci(fl('heapAfterGcMB'), 3), '≤ 0.1 MB', fl('heapAfterGcMB').diff <= 0.1);
      const ld = c.load.vsNone.ours;
      const dcl = c.dcl.vsNone.ours;
      add('loadUntouched', mode, page, 'load / DCL vs none', `${ci(ld)} / ${ci(dcl)}`, 'CI includes 0 or ≤ 2 ms', (ld.lo <= 0 || ld.diff <= 2) && (dcl.lo <= 0 || dcl.diff <= 2));
      if (CHIP_KINDS.includes(page) && c.taskMs.chip) add('chipTask', mode, page, "chip's own task (ours − help dismissed)", ci(c.taskMs.chip, 1), '≤ 1 ms', c.taskMs.chip.diff <= 1);
    }
  }
  for (const [kind, t] of Object.entries(s.traces ?? {})) {
    add('chipForcedLayout', 'fresh (trace)', kind, 'style/layout forced inside our scripts or microtasks', `${t.forcedStyleLayoutMs.toFixed(2)} ms`, '0', t.forcedStyleLayoutMs === 0);
  }
  return v;
}

function cellTable(s, mode) {
  const md = [];
  md.push(`| page | ${COLUMNS.map(([, n]) => n).join(' | ')} |`);
  md.push(`|---|${COLUMNS.map(() => '---').join('|')}|`);
  for (const page of s.kinds) {
    const c = s.cells[`${mode}:${page}`];
    const parts = COLUMNS.map(([f, , d]) => {
      const e = c[f];
      const floor = e.vsNone.floor ? ci(e.vsNone.floor, d) : 'n/a';
      const rules = e.vsFloor.rules ? `; rules − floor ${ci(e.vsFloor.rules, d)}; ours − rules ${ci(e.vsRules?.ours, d)}` : '';
      return `none ${med(e.median.none, d)}; floor ${floor}; **ours − floor ${ci(e.vsFloor.ours, d)}**${rules}`;
    });
    md.push(`| ${s.pages[page] ?? page} | ${parts.join(' | ')} |`);
  }
  return md;
}

function sideBySide(s, mode) {
  const others = s.browsers.filter((k) => k !== 'none');
  const md = [];
  md.push(`| page | figure | ${others.map((k) => `${k} − none`).join(' | ')} |`);
  md.push(`|---|---|${others.map(() => '---').join('|')}|`);
  for (const page of s.kinds) {
    const c = s.cells[`${mode}:${page}`];
    for (const [f, name, d] of COLUMNS) md.push(`| ${page} | ${name} | ${others.map((k) => ci(c[f].vsNone[k], d)).join(' | ')} |`);
    md.push(`| ${page} | extension worlds per load (median) | ${others.map((k) => med(c.worlds.median[k], 0)).join(' | ')} |`);
  }
  return md;
}

export function signinMarkdown(s) {
  const md = [];
  const load = s.machineLoad;
  const busy = load.every10s.length ? `${Math.min(...load.every10s).toFixed(1)}–${Math.max(...load.every10s).toFixed(1)}` : 'n/a';
  md.push('## The sign-in page itself: fresh and reused tab, load + 2 s, floor control (issue 21)');
  md.push('');
  md.push(
    `Browsers, identical flags, interleaved load by load in rounds (each browser one load per round, starts staggered by ${s.gapMs} ms${s.serial ? ', serial' : ''}, order rotating): ` +
      `**none** (no extension), **floor** (this build with signin.js replaced by \`${s.floorScript.trim()}\`, injected by the background after load as the detector is), ` +
      `**rules** (the floor plus the detector's rules run once: the bundled pure \`detectSignInState\` on the document, its result in the one message — what any runtime of these rules pays), **ours**, **dismissed** (ours with the help closed: detector, no chip)` +
      `${s.before ? `, **before** (${s.before})` : ''}${s.peer ? `, **peer** (${s.peer.name} ${s.peer.version}${s.peer.commit ? `, commit ${s.peer.commit}` : ''}, unpacked, not committed)` : ''}. ` +
      `${s.loads} measured loads per page, mode and browser (after one unmeasured round each). Window: load event + ${s.windowMs / 1000} s; CDP Performance.getMetrics, Navigation Timing, JSHeapUsedSize after HeapProfiler.collectGarbage ×2. ` +
      `Machine: 1-min load average ${load.atStart[0].toFixed(1)} at start, ${busy} while measuring, ${load.atEnd[0].toFixed(1)} at end, on 2 cores shared with four other engineers.`,
  );
  md.push('');
  md.push('Each cell: median of no extension; the floor above none; **our cost above the floor** (ours − floor); the rules above the floor and ours above the rules (our runtime and chip beyond one run of the rules); 95% bootstrap CI of the difference of medians in brackets.');
  for (const mode of s.modes) {
    md.push('');
    md.push(`### ${mode === 'fresh' ? 'Fresh tab (a new tab per load, as the peer was measured)' : 'Reused tab (one tab per page, parked on a same-site page between loads)'}`);
    md.push('');
    md.push(...cellTable(s, mode));
  }
  for (const mode of s.modes) {
    md.push('');
    md.push(`### Everything against no extension, ${mode} tab`);
    md.push('');
    md.push(...sideBySide(s, mode));
  }
  md.push('');
  md.push('### Verdicts (issue 21 targets, on medians)');
  md.push('');
  md.push('| target | mode | page | figure | value [95% CI] | verdict |');
  md.push('|---|---|---|---|---|---|');
  for (const x of signinVerdicts(s)) md.push(`| ${x.target} | ${x.mode} | ${x.page} | ${x.figure} | ${x.value} | ${x.verdict} |`);
  if (s.traces) {
    md.push('');
    md.push('### One traced fresh-tab load each (ours): main-thread time of our files');
    md.push('');
    md.push('| page | our scripts, thread ms | by file (self) | by event | style/layout forced inside them or inside microtasks (the chip mounts in one) |');
    md.push('|---|---|---|---|---|');
    const kv = (o) => Object.entries(o).map(([k, x]) => `${k} ${x.toFixed(2)}`).join(', ');
    for (const [k, t] of Object.entries(s.traces)) md.push(`| ${k} | ${t.extensionThreadMs.toFixed(2)} | ${kv(t.selfThreadMsByFile)} | ${kv(t.threadMsByEvent)} | ${t.forcedStyleLayoutMs.toFixed(2)} ms |`);
  }
  md.push('');
  return md;
}

/** Console lines: per mode and page, ours above the floor for the main figures. */
export function signinConsole(s) {
  const lines = [];
  for (const mode of s.modes) {
    for (const page of s.kinds) {
      const c = s.cells[`${mode}:${page}`];
      const parts = ['scriptMs', 'taskMs', 'compileMs', 'heapAfterGcMB'].map((f) => `${f} ${ci(c[f].vsFloor.ours, f === 'heapAfterGcMB' ? 3 : 2)}`);
      if (c.scriptMs.vsRules) parts.push(`| ours−rules script ${ci(c.scriptMs.vsRules.ours, 2)} task ${ci(c.taskMs.vsRules.ours, 1)} compile ${ci(c.compileMs.vsRules.ours, 2)} heap ${ci(c.heapAfterGcMB.vsRules.ours, 3)}`);
      const peer = c.scriptMs.vsNone.peer ? ` | peer−none script ${ci(c.scriptMs.vsNone.peer)} task ${ci(c.taskMs.vsNone.peer)}` : '';
      lines.push(`${mode.padEnd(6)} ${page.padEnd(9)} ours−floor: ${parts.join(', ')} | floor−none script ${ci(c.scriptMs.vsNone.floor, 2)}${peer}`);
    }
  }
  const misses = signinVerdicts(s).filter((x) => x.verdict === 'MISS');
  lines.push(`issue-21 targets: ${misses.length ? `${misses.length} missed: ${misses.map((x) => `${x.key}@${x.mode}/${x.page}`).join(', ')}` : 'all met'}`);
  return lines.join('\n');
}

// Memory over many in-place switches, popup first render, detector cost vs DOM size.
import { marked, tabIdOf } from './browser.mjs';
import { summary } from './stats.mjs';
import { PAGES, SWITCH_CYCLE, UI_LOADED, inWorld, metricsObject, openTab, sleep, waitForWorldValue } from './common.mjs';

// ------------------------------------------------------------------ 6. memory over 1000 switches
async function heapAfterGC(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const m = metricsObject(await cdp.send('Performance.getMetrics'));
  return { jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, listeners: m.JSEventListeners };
}

/** Heap snapshot aggregated by node type + name: Map(key -> [count, selfBytes]). */
async function heapSnapshotByClass(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join(''));
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const nf = fields.length;
  const [iT, iN, iS] = ['type', 'name', 'self_size'].map((x) => fields.indexOf(x));
  const agg = new Map();
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const key = `${types[snap.nodes[i + iT]]}: ${String(snap.strings[snap.nodes[i + iN]]).slice(0, 60)}`;
    const a = agg.get(key) ?? [0, 0];
    a[0]++;
    a[1] += snap.nodes[i + iS];
    agg.set(key, a);
  }
  return agg;
}

function snapshotDiff(a, b, top = 10) {
  const rows = [];
  for (const [k, v] of b) {
    const o = a.get(k) ?? [0, 0];
    if (v[1] !== o[1]) rows.push({ what: k, count: v[0] - o[0], bytes: v[1] - o[1] });
  }
  for (const [k, o] of a) if (!b.has(k)) rows.push({ what: k, count: -o[0], bytes: -o[1] });
  rows.sort((x, y) => y.bytes - x.bytes);
  return { totalBytes: rows.reduce((s, r) => s + r.bytes, 0), top: rows.slice(0, top) };
}

async function memoryOne(session, extensionId, switches, warmupSwitches, checkpoints) {
  const tab = await openTab(session, extensionId);
  const { page, cdp, watch } = tab;
  await cdp.send('Performance.enable');
  await page.goto(marked(PAGES.push), { waitUntil: 'load' });
  if (session.extension) await waitForWorldValue(watch, UI_LOADED, 8000);
  await sleep(500);
  const publishCount = () => (session.extension ? inWorld(watch, 'globalThis.__secondStep.publishCount') : null);
  // One switch per animation frame: the content script (rAF-batched) detects and publishes each one.
  const run = (n) =>
    page.evaluate(
      (n, cycle) =>
        new Promise((resolve) => {
          let i = 0;
          const step = () => {
            if (i >= n) return resolve();
            window.__simulator.go(cycle[i % cycle.length]);
            i++;
            requestAnimationFrame(step);
          };
          step();
        }),
      n,
      SWITCH_CYCLE,
    );
  const points = [{ switches: 0, label: 'after load', ...(await heapAfterGC(cdp)) }];
  await run(warmupSwitches);
  await sleep(300);
  const pc0 = await publishCount();
  points.push({ switches: warmupSwitches, label: 'after warm-up', ...(await heapAfterGC(cdp)) });
  const snapBefore = session.extension ? await heapSnapshotByClass(cdp) : null;
  const step = switches / checkpoints;
  for (let k = 1; k <= checkpoints; k++) {
    await run(step);
    await sleep(300);
    points.push({ switches: warmupSwitches + k * step, label: `after ${k * step} measured`, ...(await heapAfterGC(cdp)) });
  }
  const pc1 = await publishCount();
  const snapDiff = snapBefore ? snapshotDiff(snapBefore, await heapSnapshotByClass(cdp)) : null;
  await page.close();
  const warm = points[1];
  const last = points[points.length - 1];
  // Least-squares slope over the measured checkpoints (bytes per switch).
  const xs = points.slice(1).map((p) => p.switches);
  const ys = points.slice(1).map((p) => p.jsHeapUsed);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return {
    points,
    coldGrowth: last.jsHeapUsed - points[0].jsHeapUsed,
    warmupGrowth: warm.jsHeapUsed - points[0].jsHeapUsed,
    growth: last.jsHeapUsed - warm.jsHeapUsed,
    slopeBytesPerSwitch: slope,
    lastIntervalGrowth: last.jsHeapUsed - points[points.length - 2].jsHeapUsed,
    snapshotDiff: snapDiff,
    publishes: pc1 === null ? null : pc1 - pc0,
    before: warm,
    after: last,
  };
}

export async function memory({ ext, base }, extensionId, { switches = 1000, warmupSwitches = 50, checkpoints = 4 } = {}) {
  // Both browsers at once (heap is not a timing figure; halves the wall time).
  const [e, b] = await Promise.all([
    memoryOne(ext, extensionId, switches, warmupSwitches, checkpoints),
    memoryOne(base, extensionId, switches, warmupSwitches, checkpoints),
  ]);
  return {
    switches,
    warmupSwitches,
    ext: e,
    base: b,
    heapAddedAtStartBytes: e.points[0].jsHeapUsed - b.points[0].jsHeapUsed,
    growthDifferenceBytes: e.growth - b.growth,
    coldGrowthDifferenceBytes: e.coldGrowth - b.coldGrowth,
    slopeDifferenceBytesPerSwitch: e.slopeBytesPerSwitch - b.slopeBytesPerSwitch,
  };
}

// ------------------------------------------------------------------ 7. popup first render
const POPUP_RECORDER = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const rec = (window.__benchPopup = {});
  const check = () => {
    const h = document.documentElement;
    if (rec.htmlState === undefined && h && h.dataset && h.dataset.state) { rec.htmlState = performance.now(); rec.state = h.dataset.state; }
    if (rec.content === undefined && document.querySelector('main[data-state]')) {
      rec.content = performance.now();
      requestAnimationFrame(() => { rec.frame = performance.now(); });
    }
    if (rec.htmlState !== undefined && rec.content !== undefined) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

export async function popup({ ext }, extensionId, { opens = 20, warmup = 3 } = {}) {
  const tab = await ext.browser.newPage();
  await tab.goto(marked(PAGES.push), { waitUntil: 'load' });
  const tabId = await tabIdOf(ext.browser, extensionId, tab);
  const rows = [];
  for (let i = 0; i < opens + warmup; i++) {
    const p = await ext.browser.newPage();
    await p.evaluateOnNewDocument(POPUP_RECORDER);
    await p.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__benchPopup && window.__benchPopup.frame !== undefined, { timeout: 10_000 });
    const r = await p.evaluate(() => {
      const e = performance.getEntriesByType('navigation')[0];
      return { ...window.__benchPopup, dcl: e.domContentLoadedEventEnd - e.startTime };
    });
    await p.close();
    if (i >= warmup) rows.push(r);
  }
  await tab.close();
  return {
    opens,
    tabId,
    statesSeen: [...new Set(rows.map((r) => r.state))],
    htmlStateMs: summary(rows.map((r) => r.htmlState)),
    contentMs: summary(rows.map((r) => r.content)),
    nextFrameMs: summary(rows.map((r) => r.frame)),
    dclMs: summary(rows.map((r) => r.dcl)),
    raw: rows,
  };
}

// ------------------------------------------------------------------ 8. detector cost vs DOM size
/**
 * Injects the bundled pure detector into a simulator page (main world, browser without the
 * extension), pads the page with unrelated elements to 10× and 100× its element count, and
 * times detectSignInState: on a settled DOM ("clean") and right after an in-place switch
 * ("after switch": go + detect + forced layout, minus go + forced layout alone).
 */
export async function scaling({ base }, detectorCode, { factors = [1, 10, 100] } = {}) {
  const cases = [
    { url: PAGES.push, views: ['push', 'sms', 'picker', 'wrong-code'] },
    { url: PAGES.username, views: ['username', 'password'] },
  ];
  const out = [];
  for (const c of cases) {
    const page = await base.browser.newPage();
    await page.goto(marked(c.url), { waitUntil: 'load' });
    await page.addScriptTag({ content: detectorCode });
    const normal = await page.evaluate(() => document.getElementsByTagName('*').length);
    for (const factor of factors) {
      const r = await page.evaluate(
        (factor, normal, views) => {
          const detect = () => window.SecondStepDetect.detectSignInState(document, location.href);
          document.querySelectorAll('[data-bench-pad]').forEach((n) => n.remove());
          const want = normal * factor - document.getElementsByTagName('*').length;
          // Unrelated DOM: nested blocks of text, links, list items, images, form-less inputs,
          // split before and after the sign-in markup.
          const tags = ['div', 'span', 'p', 'a', 'li', 'span', 'div', 'img', 'input', 'span'];
          const mk = (count) => {
            const root = document.createElement('div');
            root.setAttribute('data-bench-pad', '');
            let made = 1;
            let parent = root;
            while (made < count) {
              const tag = tags[made % tags.length];
              const el = document.createElement(tag);
              if (tag === 'a') el.setAttribute('href', '#x' + made);
              else if (tag === 'img') el.setAttribute('alt', '');
              else if (tag === 'input') el.setAttribute('type', 'checkbox');
              else el.textContent = 'unrelated ' + made;
              el.className = 'pad pad-' + (made % 7);
              parent.appendChild(el);
              made++;
              if (made % 25 === 0) {
                const box = document.createElement('section');
                root.appendChild(box);
                parent = box;
                made++;
              }
            }
            return root;
          };
          if (want > 0) {
            document.body.insertBefore(mk(Math.floor(want / 2)), document.body.firstChild);
            document.body.appendChild(mk(want - Math.floor(want / 2)));
          }
          const elements = document.getElementsByTagName('*').length;
          const rows = [];
          for (const v of views) {
            window.__simulator.go(v);
            void document.body.offsetHeight;
            const result = detect();
            const t0 = performance.now();
            let k = 0;
            // Clean: as many calls as fit in ~40 ms, at least 5.
            while (k < 5 || performance.now() - t0 < 40) {
              detect();
              k++;
            }
            const clean = (performance.now() - t0) / k;
            const reps = 15;
            let goOnly = 0;
            let goDetect = 0;
            for (let i = 0; i < reps; i++) {
              const other = views[(views.indexOf(v) + 1) % views.length];
              window.__simulator.go(other);
              void document.body.offsetHeight;
              let t = performance.now();
              window.__simulator.go(v);
              void document.body.offsetHeight;
              goOnly += performance.now() - t;
              window.__simulator.go(other);
              void document.body.offsetHeight;
              t = performance.now();
              window.__simulator.go(v);
              detect();
              void document.body.offsetHeight;
              goDetect += performance.now() - t;
            }
            rows.push({ view: v, state: result.state, cleanMs: clean, calls: k, goOnlyMs: goOnly / reps, goDetectMs: goDetect / reps });
          }
          return { elements, rows };
        },
        factor,
        normal,
        c.views,
      );
      out.push({ url: c.url, factor, normalElements: normal, ...r });
    }
    await page.close();
  }
  return out;
}

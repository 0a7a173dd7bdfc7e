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
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from './browser.mjs';
import * as M from './measure.mjs';
import { id, runPrototypeFlow, sleep } from './prototype-flow.mjs';

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

runPrototypeFlow({
  label: 'chip',
  envPrefix: 'CHIP',
  makePrototype,
  verify,
  verified: (v) => Boolean(v.chipShown),
}).catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

#!/usr/bin/env node
// `npm start`: builds the extension, starts the local sign-in simulator and opens Chromium with
// the extension loaded on the simulator's sign-in page. Without a display (a server, CI) it runs
// headless instead: it walks through a few two-step screens, in English and Dutch, and writes
// screenshots of the page (with the in-page chip) and of the popup to screenshots-out/start/.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, simUrl } from '../tests/e2e/harness.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'screenshots-out', 'start');

function build() {
  const res = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

const WALK: Array<{ scenario: string; lang: string; host?: string }> = [
  { scenario: 'push', lang: 'en' },
  { scenario: 'sms', lang: 'en' },
  { scenario: 'sms-no-alternative', lang: 'en' },
  { scenario: 'picker', lang: 'nl' },
  { scenario: 'wrong-code', lang: 'nl' },
  { scenario: 'error', lang: 'nl' },
  { scenario: 'msa-code', lang: 'en', host: 'login.live.com' },
];

async function headed() {
  const session = await launchChromium({ headless: false, port: Number(process.env.SIM_PORT ?? 0) });
  const page = await session.open(simUrl('login.microsoftonline.com', { scenario: 'flow', lang: 'en' }));
  console.log('\nChromium is open on the simulator with Second Step loaded.');
  console.log('Sign in with any made-up name and password; the bar at the bottom plays the phone.');
  console.log(`Other screens: ${simUrl('login.microsoftonline.com', { scenario: 'sms-no-alternative', lang: 'nl' })}`);
  console.log('Close the browser window (or press Ctrl+C) to stop.\n');
  void page;
  await new Promise<void>((resolve) => {
    session.browser.on('disconnected', () => resolve());
    process.on('SIGINT', () => resolve());
  });
  await session.close().catch(() => {});
}

async function headless() {
  mkdirSync(outDir, { recursive: true });
  const session = await launchChromium();
  const rows: string[] = [];
  try {
    for (const { scenario, lang, host = 'login.microsoftonline.com' } of WALK) {
      const page = await session.open(simUrl(host, { scenario, lang }));
      let state = '(none)';
      // Give the detector and the lazily injected chip a moment to settle.
      await new Promise((r) => setTimeout(r, 800));
      state = (await session.published(page).catch(() => null))?.detection?.state ?? '(none)';
      const base = `${scenario}-${lang}`;
      await page.screenshot({ path: join(outDir, `${base}-page.png`) });
      const popup = await session.popupFor(page);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.waitForFunction(() => document.documentElement.dataset.state, { timeout: 5000 }).catch(() => {});
      await popup.screenshot({ path: join(outDir, `${base}-popup.png`), fullPage: true });
      await popup.close();
      await page.close();
      rows.push(`  ${host.padEnd(26)} ${scenario.padEnd(20)} ${lang}  → ${state}`);
    }
  } finally {
    await session.close();
  }
  console.log('\nSecond Step demo (headless): screens walked and the state the extension detected:');
  console.log(rows.join('\n'));
  console.log(`\nScreenshots (page with the in-page chip, and popup): ${outDir}\n`);
}

build();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
await (hasDisplay ? headed() : headless());

#!/usr/bin/env node
// `npm run screenshots`: regenerates the README screenshots in docs/screenshots/ from the local
// sign-in simulator, with the freshly built extension in headless Chromium.
//   - popup-<scenario>-<lang>.png: the toolbar popup (380 px wide, as tall as its content, max 600)
//   - panel-<scenario>-<lang>.png: the sign-in page at 1280×800, cropped around the sign-in box and
//     the in-page panel beside it
// and docs/screenshots/README.md listing them. Options:
//   --no-build   use the existing .output/chrome-mv3 (default: `npx wxt build` first)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium, simUrl } from '../tests/e2e/harness.ts';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'screenshots');

interface Shot {
  scenario: string;
  state: string;
  what: string;
}

const SHOTS: Shot[] = [
  {
    scenario: 'push',
    state: 'approve-push',
    what: 'Approve sign-in request (Authenticator push), a way around it exists',
  },
  { scenario: 'sms-no-alternative', state: 'enter-code-sms', what: 'SMS code with no other way offered on the page' },
  { scenario: 'error', state: 'error-page', what: 'Sign-in error page (AADSTS500121) with troubleshooting details' },
];
const LANGS = ['en', 'nl'] as const;
const POPUP_WIDTH = 380;
const POPUP_MAX_HEIGHT = 600; // Chromium's largest popup

function build() {
  const res = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

async function waitForPanel(page: Page) {
  await page.waitForFunction(
    () => document.querySelector('second-step-panel')?.shadowRoot?.querySelector('.ss-panel [data-item]'),
    { timeout: 10_000 },
  );
  // Let the layout settle (placement follows the sign-in box).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Union of the sign-in box and the panel, padded, clipped to the viewport. */
async function panelClip(page: Page) {
  return page.evaluate(() => {
    const pad = 16;
    const boxes = [document.getElementById('lightbox'), document.querySelector('second-step-panel')]
      .filter((el): el is Element => el !== null)
      .map((el) => el.getBoundingClientRect());
    const left = Math.max(0, Math.min(...boxes.map((b) => b.left)) - pad);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.top)) - pad);
    const right = Math.min(innerWidth, Math.max(...boxes.map((b) => b.right)) + pad);
    const bottom = Math.min(innerHeight, Math.max(...boxes.map((b) => b.bottom)) + pad);
    return { x: left, y: top, width: right - left, height: bottom - top };
  });
}

const T0 = Date.now();
const step = (m: string) => process.env.SHOTS_DEBUG && console.log(Date.now() - T0, m);

async function main() {
  if (!process.argv.includes('--no-build')) build();
  mkdirSync(outDir, { recursive: true });
  for (const f of readdirSync(outDir)) if (f.endsWith('.png')) rmSync(join(outDir, f));

  const session = await launchChromium({ lang: 'en-US', helpOpened: true }); // panel screenshots: "Show help" was pressed earlier
  const rows: string[] = [];
  try {
    const popup = await session.browser.newPage();
    for (const lang of LANGS) {
      for (const shot of SHOTS) {
        const page = await session.open(
          simUrl('login.microsoftonline.com', { scenario: shot.scenario, lang, controls: '0' }),
        );
        await page.setViewport({ width: 1280, height: 800 });
        await page.bringToFront();
        step(`opened ${shot.scenario} ${lang}`);
        await session.waitForState(page, shot.state);
        step('state');
        await waitForPanel(page);
        step(`panel ready ${shot.scenario} ${lang}`);
        const panelFile = `panel-${shot.scenario}-${lang}.png`;
        await page.screenshot({ path: join(outDir, panelFile), clip: await panelClip(page) });

        await popup.bringToFront();
        await popup.setViewport({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await session.tabIdOf(page)}`, {
          waitUntil: 'load',
        });
        await popup.waitForSelector(`[data-state="${shot.state}"] .ss-top[data-item]`, { timeout: 10_000 });
        const height = await popup.evaluate(() => document.documentElement.scrollHeight);
        await popup.setViewport({ width: POPUP_WIDTH, height: Math.min(height, POPUP_MAX_HEIGHT) });
        step('popup ready');
        const popupFile = `popup-${shot.scenario}-${lang}.png`;
        await popup.screenshot({ path: join(outDir, popupFile) });

        step('popup shot');
        rows.push(`| ${shot.what} | ${lang} | [${popupFile}](${popupFile}) | [${panelFile}](${panelFile}) |`);
        await page.close();
      }
    }

    // One dark-mode popup, to show the dark theme.
    const page = await session.open(
      simUrl('login.microsoftonline.com', { scenario: 'push', lang: 'en', controls: '0' }),
    );
    await session.waitForState(page, 'approve-push');
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await popup.setViewport({ width: POPUP_WIDTH, height: POPUP_MAX_HEIGHT });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${await session.tabIdOf(page)}`, {
      waitUntil: 'load',
    });
    await popup.waitForSelector('[data-state="approve-push"] .ss-top[data-item]', { timeout: 10_000 });
    const height = await popup.evaluate(() => document.documentElement.scrollHeight);
    await popup.setViewport({ width: POPUP_WIDTH, height: Math.min(height, POPUP_MAX_HEIGHT) });
    await popup.screenshot({ path: join(outDir, 'popup-push-en-dark.png') });
    rows.push('| The same push screen, dark colour scheme | en | [popup-push-en-dark.png](popup-push-en-dark.png) | |');
  } finally {
    await session.close();
  }

  const sizes = readdirSync(outDir)
    .filter((f) => f.endsWith('.png'))
    .map((f) => `${f} ${Math.round(statSync(join(outDir, f)).size / 1024)} KB`);
  writeFileSync(
    join(outDir, 'README.md'),
    [
      '# Screenshots',
      '',
      'Generated by `npm run screenshots` (scripts/screenshots.ts) from the local sign-in simulator',
      "(`simulator/`, not Microsoft's real pages) with the built extension in headless Chromium.",
      'Do not edit by hand: run the command again after UI changes.',
      '',
      '- `popup-*`: the toolbar popup, 380 px wide, as tall as its content (at most 600 px).',
      '- `panel-*`: the sign-in page at a 1280×800 window, cropped around the sign-in box and the',
      '  in-page panel beside it.',
      '',
      '| screen | language | popup | in-page panel |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  console.log(`docs/screenshots: ${sizes.join(', ')}`);
}

await main();

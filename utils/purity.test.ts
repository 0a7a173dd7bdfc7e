import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

// utils/ is the pure core: DOM in → typed state out, state + config + language → guidance,
// policy → validated config. Only utils/platform/ (config store, locale loader, tab records,
// session flags) may reach the browser. Tests and fixture folders (test data and harnesses,
// never shipped) are not product code and are skipped.
const UTILS = __dirname;
const EDGE = join(UTILS, 'platform');

function productFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path === EDGE || entry.name === 'fixtures') continue;
      out.push(...productFiles(path));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

const BROWSER_REACH: [string, RegExp][] = [
  ['an extension API (browser.* / chrome.*)', /\b(browser|chrome)\.\w/],
  ['a wxt or polyfill import', /from ['"](wxt|webextension-polyfill|@wxt-dev)/],
  ['a Node built-in', /from ['"]node:/],
  [
    'a page global (window, navigator, document, globalThis, localStorage)',
    /\b(window|navigator|document|globalThis|localStorage|sessionStorage)\.\w/,
  ],
  ['a network API', /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/],
];

it('utils/ outside utils/platform/ touches no browser, page or network API', () => {
  const files = productFiles(UTILS);
  expect(files.length).toBeGreaterThan(30);
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // comments may name the APIs they avoid
      for (const [what, pattern] of BROWSER_REACH)
        if (pattern.test(line))
          found.push(`${relative(UTILS, file)}:${i + 1} uses ${what}; move it to utils/platform/ or pass the value in`);
    });
  }
  expect(found).toEqual([]);
});

it('utils/platform/ holds exactly the browser edges', () => {
  const edges = readdirSync(EDGE)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  expect(edges).toEqual([
    'config-store.ts',
    'locale-loader.ts',
    'nudge-store.ts',
    'session-flags.ts',
    'tab-records.ts',
  ]);
});

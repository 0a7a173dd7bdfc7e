/**
 * Everything the code cites is in the repo: the DOM reference lives in docs/ms-signin-dom.md, every
 * file that cites it does so with a relative path that resolves from where it stands, and no
 * committed file names a path on someone's machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SKIP = new Set([
  'node_modules',
  '.git',
  '.output',
  '.wxt',
  'coverage',
  'screenshots-out',
  '.results',
  '.tmp',
  'pages',
]);
const TEXT = /\.(ts|tsx|js|mjs|cjs|css|md|json|jsonc|sh|yml|yaml|html)$/;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.startsWith('.output')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...files(path));
    else if (TEXT.test(entry.name) && entry.name !== 'package-lock.json') out.push(path);
  }
  return out;
}

const ALL = files(ROOT);
const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

it('the DOM reference is in the repo', () => {
  expect(existsSync(join(ROOT, 'docs', 'ms-signin-dom.md'))).toBe(true);
});

it('no committed file names an absolute path of a machine (its work or home folders, the shared reference)', () => {
  const self = rel(__filename);
  const found: string[] = [];
  for (const path of ALL) {
    if (rel(path) === self) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (/(^|[\s`'"(])\/(work|home|Users)\/|shared\/reference\//.test(line))
          found.push(`${rel(path)}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
  }
  expect(found).toEqual([]);
});

it('every citation of ms-signin-dom.md is a relative path that resolves from its file', () => {
  const bad: string[] = [];
  let citations = 0;
  for (const path of ALL) {
    if (rel(path) === 'docs/ms-signin-dom.md' || rel(path) === rel(__filename)) continue;
    const text = readFileSync(path, 'utf8');
    for (const match of text.matchAll(/([\w./-]*)ms-signin-dom\.md/g)) {
      citations++;
      const cited = match[0];
      // Markdown links give the path in the (…) part; the visible label may be the repo path.
      if (
        /^docs\/ms-signin-dom\.md$/.test(cited) &&
        text.includes(`(${relative(dirname(path), join(ROOT, 'docs', 'ms-signin-dom.md'))})`)
      )
        continue;
      if (resolve(dirname(path), cited) !== join(ROOT, 'docs', 'ms-signin-dom.md')) {
        bad.push(
          `${rel(path)}: cites "${cited}"; write it as ${relative(dirname(path), join(ROOT, 'docs', 'ms-signin-dom.md'))}`,
        );
      }
    }
  }
  expect(citations).toBeGreaterThan(5);
  expect(bad).toEqual([]);
});

/**
 * Small rooms: no product file (entrypoints, components, utils) over 300 lines, no tool or test
 * file (bench, simulator, deploy, scripts, tests, and the tests beside the product code) over 500.
 * The detector's fixture corpora (utils/detect/fixtures, blind*, and their generators) are test
 * data, not rooms anyone works in, and are not counted.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const PRODUCT_DIRS = ['entrypoints', 'components', 'utils'];
const TOOL_DIRS = ['bench', 'simulator', 'deploy', 'scripts', 'tests'];
const PRODUCT_LIMIT = 300;
const TOOL_LIMIT = 500;
const CODE = /\.(ts|tsx|js|mjs|cjs|css)$/;
const TEST = /\.test\.(ts|tsx|mjs)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'fixtures', '.tmp', '.results']);
/**
 * Known big rooms, being split on another branch (bench/, issue 21). A ratchet: each may only
 * shrink, and once it is within the limit its entry must go.
 */
const SPLIT_PENDING: Record<string, number> = {};

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) out.push(...sources(path));
    } else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out;
}

const lineCount = (path: string) => readFileSync(path, 'utf8').replace(/\n$/, '').split('\n').length;

function oversized(dirs: string[], limitOf: (rel: string) => number): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    for (const path of sources(join(ROOT, dir))) {
      const rel = relative(ROOT, path).split('\\').join('/');
      const limit = limitOf(rel);
      const lines = lineCount(path);
      const pending = SPLIT_PENDING[rel];
      if (pending !== undefined) {
        if (lines <= limit) found.push(`${rel}: ${lines} lines, within the limit now; remove it from SPLIT_PENDING`);
        else if (lines > pending) found.push(`${rel}: ${lines} lines, grew past its pending size ${pending}; split it`);
      } else if (lines > limit) {
        found.push(`${rel}: ${lines} lines, over the ${limit}-line limit by ${lines - limit}; split it`);
      }
    }
  }
  return found;
}

it(`no product file over ${PRODUCT_LIMIT} lines (tests beside the code: ${TOOL_LIMIT})`, () => {
  const files = sources(join(ROOT, 'utils'));
  expect(files.length).toBeGreaterThan(40);
  expect(oversized(PRODUCT_DIRS, (rel) => (TEST.test(rel) ? TOOL_LIMIT : PRODUCT_LIMIT))).toEqual([]);
});

it(`no tool or test file over ${TOOL_LIMIT} lines`, () => {
  const gone = Object.keys(SPLIT_PENDING)
    .filter((rel) => !existsSync(join(ROOT, rel)))
    .map((rel) => `${rel}: no longer exists; remove it from SPLIT_PENDING`);
  expect([...oversized(TOOL_DIRS, () => TOOL_LIMIT), ...gone]).toEqual([]);
});

it('the limits bite: a file one line over is reported with its size', () => {
  const found = oversized(['scripts'], () => 1);
  expect(found.length).toBeGreaterThan(0);
  expect(found[0]).toMatch(/^scripts\/.+: \d+ lines, over the 1-line limit by \d+; split it$/);
});

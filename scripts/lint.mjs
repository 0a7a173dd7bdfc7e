#!/usr/bin/env node
// `npm run lint`: Biome (lint rules + format check, biome.jsonc) and an import-cycle check (dpdm)
// over all source, `@/` resolved through tsconfig.json. `npm run format` applies Biome's
// formatting. Exits non-zero on any finding, so tests/run.mjs counts it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Every folder with source, and the globs dpdm walks (it follows imports from these). */
export const SOURCE_GLOBS = [
  'entrypoints/**/*.{ts,tsx}',
  'components/**/*.{ts,tsx}',
  'utils/**/*.{ts,tsx,mjs}',
  'simulator/**/*.{mjs,js}',
  'deploy/**/*.mjs',
  'scripts/**/*.{ts,mjs}',
  'tests/**/*.{ts,tsx,mjs}',
  'bench/**/*.mjs',
  'wxt.config.ts',
  'vitest.config.ts',
];

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  return { status: res.status ?? 1, out: `${res.stdout ?? ''}${res.stderr ?? ''}` };
}

let failures = 0;

const biome = run(bin('biome'), ['check', '.', '--max-diagnostics=50']);
process.stdout.write(biome.out);
if (biome.status !== 0) {
  failures++;
  console.error('lint: Biome found problems (formatting alone: `npm run format` fixes it).');
}

const dpdm = run(bin('dpdm'), [
  '--no-tree',
  '--warning',
  '--circular',
  '--no-progress',
  '--tsconfig',
  'tsconfig.json',
  '--ext',
  '.ts,.tsx,.mjs,.js',
  ...SOURCE_GLOBS,
]);
const cycles = /Circular Dependencies\s*\n([\s\S]*?)(?:\n\s*\n|\n•|$)/.exec(dpdm.out)?.[1] ?? '';
const cycleLines = cycles.split('\n').filter((line) => /^\s*\d+\)/.test(line));
// An import that dpdm cannot resolve would hide its edges: only stylesheets may be "missing".
const unresolved = dpdm.out
  .split('\n')
  .filter((line) => /\bmiss "/.test(line))
  .filter((line) => !/\.css(\?inline)?"/.test(line));
if (dpdm.status !== 0 || !/Analyze done/.test(dpdm.out)) {
  failures++;
  console.error(`lint: the import-cycle check did not run:\n${dpdm.out}`);
} else {
  if (cycleLines.length) {
    failures++;
    console.error(`lint: import cycles:\n${cycleLines.join('\n')}`);
  }
  if (unresolved.length) {
    failures++;
    console.error(`lint: imports the cycle check cannot resolve:\n${unresolved.join('\n')}`);
  }
  if (!cycleLines.length && !unresolved.length) console.log('import cycles: none');
}

process.exit(failures ? 1 : 0);

#!/usr/bin/env node
// `npm test`: lints (`npm run lint`: Biome rules, format check, import cycles), builds the
// extension for Chromium and Firefox, then runs every test (unit, component, static checks,
// real-browser e2e) through vitest, and ends with the plain total "N passed, N failed" that CI
// reads. A lint or build failure counts as one failure each; the tests run all the same.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'tests', '.results');
const report = join(resultsDir, 'vitest.json');
const extraArgs = process.argv.slice(2);

function run(cmd, args) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  return res.status ?? 1;
}

let buildFailures = 0;
const lintFailed = run('node', [join(root, 'scripts', 'lint.mjs')]) !== 0;
if (lintFailed) console.error('lint failed: npm run lint');
for (const args of [
  ['wxt', 'build'],
  ['wxt', 'build', '-b', 'firefox'],
]) {
  if (run('npx', args) !== 0) {
    console.error(`build failed: npx ${args.join(' ')}`);
    buildFailures++;
  }
}

mkdirSync(resultsDir, { recursive: true });
rmSync(report, { force: true });
const status = buildFailures
  ? 1
  : run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]);

let passed = 0;
let failed = buildFailures + (lintFailed ? 1 : 0);
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  // A file that fails to load counts as a failure even when it ran no test.
  for (const file of json.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
  }
} catch {
  if (!buildFailures) failed++;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);

/**
 * The conventions every two-step state must keep (checked here, as refined-github checks its
 * features): a guidance rule of its own, at least one fixture page in every detector corpus, and
 * its strings in every language. A state added anywhere (utils/detection-types.ts) fails this test
 * until all of them exist, and the failure lists exactly what is missing and where it goes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';
import { TWO_STEP_STATES } from '@/utils/detection-types';
import { STATE_RULES } from '@/utils/guidance';
import { SUPPORTED_LANGUAGES } from '@/utils/languages';

const ROOT = join(__dirname, '..', '..');
const DETECT = join(ROOT, 'utils', 'detect');

interface Corpus {
  name: string;
  states: Set<string>;
}

/**
 * Every fixture corpus under utils/detect/: a `manifest.json` (a list of `{ file, expect: { state } }`)
 * or an `expectations.json` (an object of file → `{ state }`). Found by name, so a renamed or new
 * corpus is covered without touching this test.
 */
function corpora(dir: string): Corpus[] {
  const out: Corpus[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pages' && entry.name !== 'node_modules') out.push(...corpora(path));
      continue;
    }
    if (entry.name !== 'manifest.json' && entry.name !== 'expectations.json') continue;
    const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
    const entries = Array.isArray(json) ? json.map((e) => e?.expect) : Object.values(json as Record<string, unknown>);
    const states = new Set(
      entries
        .map((e) => (e as { state?: unknown } | undefined)?.state)
        .filter((s): s is string => typeof s === 'string'),
    );
    out.push({ name: relative(ROOT, path).split('\\').join('/'), states });
  }
  return out;
}

function localeKeys(lang: string, namespace: string, prefix: string): Set<string> {
  const path = join(ROOT, 'locales', lang, `${namespace}.json`);
  if (!existsSync(path)) return new Set();
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const section = json[prefix];
  return new Set(section && typeof section === 'object' ? Object.keys(section) : []);
}

const CORPORA = corpora(DETECT);

it('finds the detector corpora (own fixtures and the blind sets)', () => {
  expect(CORPORA.length).toBeGreaterThanOrEqual(3);
  for (const corpus of CORPORA) expect(corpus.states.size, corpus.name).toBeGreaterThan(5);
});

/** What is missing for each state, one line per missing piece, saying where it goes. */
function missingFor(states: readonly string[]): string[] {
  const missing: string[] = [];
  for (const state of states) {
    if (!STATE_RULES[state as keyof typeof STATE_RULES])
      missing.push(`${state}: no guidance rule (add it to STATE_RULES in utils/guidance/index.ts)`);
    for (const corpus of CORPORA) {
      if (!corpus.states.has(state)) missing.push(`${state}: no fixture page in ${corpus.name}`);
    }
    for (const lang of SUPPORTED_LANGUAGES) {
      if (!localeKeys(lang, 'ui', 'state').has(state))
        missing.push(`${state}: no "state.${state}" in locales/${lang}/ui.json`);
      if (!localeKeys(lang, 'request', 'states').has(state))
        missing.push(`${state}: no "states.${state}" in locales/${lang}/request.json`);
    }
  }
  return missing;
}

it('every two-step state has a guidance rule, a fixture in every corpus and its strings in every language', () => {
  const missing = missingFor(TWO_STEP_STATES);
  expect(missing, `missing:\n${missing.join('\n')}`).toEqual([]);
});

it('a state nobody has written yet is reported piece by piece', () => {
  const missing = missingFor(['imaginary-new-screen']);
  expect(missing[0]).toBe('imaginary-new-screen: no guidance rule (add it to STATE_RULES in utils/guidance/index.ts)');
  for (const corpus of CORPORA) expect(missing).toContain(`imaginary-new-screen: no fixture page in ${corpus.name}`);
  expect(missing).toContain('imaginary-new-screen: no "state.imaginary-new-screen" in locales/pl/ui.json');
  expect(missing).toContain('imaginary-new-screen: no "states.imaginary-new-screen" in locales/zh-CN/request.json');
  expect(missing).toHaveLength(1 + CORPORA.length + 2 * SUPPORTED_LANGUAGES.length);
});

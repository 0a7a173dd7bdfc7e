import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SIGN_IN_STATES, TWO_STEP_STATES } from '../detection-types';

/**
 * One table, state × corpus: how many pages of each detector corpus expect each state. Printed
 * on every run so a gap (a state a corpus never shows) is visible at a glance.
 */
const FIX = join(__dirname, 'fixtures');
const CORPORA: Record<string, string[]> = {
  states: (
    JSON.parse(readFileSync(join(FIX, 'states', 'manifest.json'), 'utf8')) as { expect: { state: string } }[]
  ).map((e) => e.expect.state),
};
for (const name of ['edge-cases', 'world-languages']) {
  const exp = JSON.parse(readFileSync(join(FIX, name, 'expectations.json'), 'utf8')) as Record<
    string,
    { state: string }
  >;
  CORPORA[name] = Object.values(exp).map((e) => e.state);
}

function coverageTable(corpora: Record<string, string[]>): { text: string; gaps: string[] } {
  const names = Object.keys(corpora);
  const w = Math.max(...SIGN_IN_STATES.map((s) => s.length));
  const col = (s: string) =>
    s.padStart(
      Math.max(
        6,
        names.reduce((m, n) => Math.max(m, n.length), 0),
      ),
    );
  const rows = [`${'state'.padEnd(w)} | ${names.map(col).join(' | ')}`];
  const gaps: string[] = [];
  for (const s of SIGN_IN_STATES) {
    const counts = names.map((n) => corpora[n]!.filter((x) => x === s).length);
    names.forEach((n, i) => counts[i] === 0 && gaps.push(`${s} × ${n}`));
    rows.push(`${s.padEnd(w)} | ${counts.map((c) => col(c ? String(c) : '—')).join(' | ')}`);
  }
  rows.push(`${'total'.padEnd(w)} | ${names.map((n) => col(String(corpora[n]!.length))).join(' | ')}`);
  return { text: rows.join('\n'), gaps };
}

it('prints the state × corpus table; every state has a page, every two-step state one in the states corpus', () => {
  const { text, gaps } = coverageTable(CORPORA);
  console.log(`detector corpora, pages per state (— = gap):\n${text}\ngaps: ${gaps.length ? gaps.join(', ') : 'none'}`);
  for (const s of SIGN_IN_STATES)
    expect(
      Object.values(CORPORA).some((c) => c.includes(s)),
      s,
    ).toBe(true);
  for (const s of TWO_STEP_STATES) expect(CORPORA.states!.includes(s), `states corpus: ${s}`).toBe(true);
  // Every expectation names a real state (a typo would hide a page from the table).
  for (const [n, list] of Object.entries(CORPORA))
    for (const s of list) expect(SIGN_IN_STATES as readonly string[], `${n}: ${s}`).toContain(s);
});

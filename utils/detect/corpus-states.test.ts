// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectSignInState } from '../detect';
import { isSignInState } from '../detection-types';

interface Entry {
  file: string;
  url: string;
  expect: Record<string, unknown>;
  needsWindow?: boolean;
}
const dir = join(__dirname, 'fixtures', 'states');
const manifest: Entry[] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const html = (f: string) => readFileSync(join(dir, f), 'utf8');

const parsers: [string, (h: string, url: string) => Document][] = [
  ['DOMParser', (h) => new DOMParser().parseFromString(h, 'text/html')],
  ['JSDOM window', (h, url) => new JSDOM(h, { url: url.startsWith('http') ? url : undefined }).window.document],
];

describe.each(parsers)('fixtures via %s', (name, parse) => {
  // Without a window there is no getComputedStyle, so <style>-only hiding cannot be seen.
  const list = manifest.filter((e) => !(e.needsWindow && name === 'DOMParser'));
  it.each(list.map((e) => [e.file, e] as const))('%s', (_f, e) => {
    const doc = parse(html(e.file), e.url);
    const d = detectSignInState(doc, e.url);
    expect(isSignInState(d.state)).toBe(true);
    expect(d).toMatchObject(e.expect);
  });
});

describe('secrets never leave the detector', () => {
  it.each(manifest.map((e) => [e.file, e] as const))('%s', (_f, e) => {
    for (const [, parse] of parsers) {
      const out = JSON.stringify(detectSignInState(parse(html(e.file), e.url), e.url));
      expect(out).not.toMatch(/FAKE|jan@contoso|hunter2|PPFT|flowToken/i);
      // Number-match digits are never read.
      expect(out).not.toMatch(/"(42|17|63)"/);
    }
  });
});

it('covers every sign-in state with at least one fixture', () => {
  const seen = new Set(manifest.map((e) => e.expect.state));
  for (const s of SIGN_IN_STATES) expect(seen.has(s), s).toBe(true);
});

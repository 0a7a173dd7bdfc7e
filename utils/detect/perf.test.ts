// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { detectSignInState } from '../detect';

const URL_ = 'https://login.microsoftonline.com/common/SAS/ProcessAuth';

function padded(file: string, factor: number, window: boolean): Document {
  const html = readFileSync(join(__dirname, 'fixtures', 'states', file), 'utf8');
  const doc = window ? new JSDOM(html).window.document : new DOMParser().parseFromString(html, 'text/html');
  const n = doc.getElementsByTagName('*').length * factor;
  const box = doc.createElement('div');
  for (let i = 0; i < n; i++) {
    const d = doc.createElement(i % 3 ? 'span' : 'div');
    d.setAttribute('class', 'pad');
    d.textContent = 'x';
    box.appendChild(d);
  }
  doc.body.appendChild(box);
  return doc;
}

/**
 * Best of 7 batches of 5 calls: a regression guard for "cost grows with the page", not a speed
 * target (those are in `npm run bench`). The minimum keeps a busy machine's pauses (GC, other
 * processes on the 2 shared cores) out of the comparison.
 */
function timeOf(doc: Document, url = URL_): number {
  detectSignInState(doc, url);
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 7; batch++) {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) detectSignInState(doc, url);
    best = Math.min(best, (performance.now() - t0) / 5);
  }
  return best;
}

it.each([
  ['en-code-sms.html', URL_],
  ['en-push-number.html', URL_],
  ['en-picker.html', URL_],
  ['en-error.html', URL_],
  ['react-msa-code-totp.html', 'https://login.live.com/login.srf'],
])(
  'cost does not grow with unrelated DOM: %s',
  (file, url) => {
    for (const win of [false, true]) {
      const t1 = timeOf(padded(file, 0, win), url);
      const t100 = timeOf(padded(file, 100, win), url);
      console.log(`${file} window=${win}: 1x ${t1.toFixed(2)} ms, 100x ${t100.toFixed(2)} ms`);
      expect(t100).toBeLessThan(Math.max(5 * t1, 2));
    }
  },
  60_000,
);

// @vitest-environment jsdom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectSignInState } from '../detect';
import { isSignInState, type Detection } from '../detection-types';

const dir = join(__dirname, 'fixtures', 'states');
const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
const URL_ = 'https://login.microsoftonline.com/common/SAS/ProcessAuth';

function valid(d: Detection) {
  expect(isSignInState(d.state)).toBe(true);
  expect(typeof d.signInAnotherWay).toBe('boolean');
  expect(typeof d.lang).toBe('string');
  expect(['work', 'personal', 'unknown']).toContain(d.account);
}

// mulberry32: small seeded PRNG so failures reproduce.
function prng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IDS = [
  'signInAnotherWay',
  'idDiv_SAOTCAS_Title',
  'idDiv_SAOTCC_Title',
  'idTxtBx_SAOTCC_OTC',
  'idRichContext_DisplaySign',
  'lightbox',
  'idDiv_SAOTCS_Proofs',
  'i0118',
  'i0116',
  'KmsiCheckboxField',
];

function mutate(doc: Document, rnd: () => number) {
  const all = doc.getElementsByTagName('*');
  if (!all.length) return;
  const pick = () => all[Math.floor(rnd() * all.length)]!;
  const el = pick();
  switch (Math.floor(rnd() * 10)) {
    case 0:
      el.remove();
      break;
    case 1:
      pick().appendChild(el.cloneNode(true));
      break;
    case 2:
      el.setAttribute('style', rnd() < 0.5 ? 'display:none' : 'visibility: hidden; color: red');
      break;
    case 3:
      el.toggleAttribute('hidden');
      break;
    case 4:
      el.setAttribute('class', rnd() < 0.5 ? 'moveOffScreen' : '');
      break;
    case 5:
      el.setAttribute('id', IDS[Math.floor(rnd() * IDS.length)]!);
      break;
    case 6:
      el.textContent = 'AADSTS50076 '.repeat(Math.floor(rnd() * 5000)) + '+XX XXX X89 j***@x.example';
      break;
    case 7: {
      let n: Element = el;
      for (let i = 0; i < 300; i++) n = n.appendChild(doc.createElement(rnd() < 0.5 ? 'div' : 'template'));
      break;
    }
    case 8:
      el.setAttribute(
        'data-testid',
        ['displaySign', 'codeEntry', 'tile', 'viewFooter', 'kmsiVideo'][Math.floor(rnd() * 5)]!,
      );
      break;
    default:
      el.appendChild(doc.createComment('<!-- ko if: x -->'));
      el.appendChild(doc.createTextNode('\u0000\uFFFF' + String.fromCharCode(Math.floor(rnd() * 65535))));
  }
}

describe('robustness', () => {
  it('2000+ random DOM mutations over every fixture never throw and stay valid', () => {
    const rnd = prng(20260616);
    let runs = 0;
    let slowest = 0;
    for (const f of files) {
      const html = readFileSync(join(dir, f), 'utf8');
      const docs = [new DOMParser().parseFromString(html, 'text/html'), new JSDOM(html).window.document];
      for (const doc of docs) {
        for (let i = 0; i < 10; i++) {
          mutate(doc, rnd);
          const t0 = performance.now();
          valid(detectSignInState(doc, rnd() < 0.9 ? URL_ : 'https://login.live.com/login.srf'));
          slowest = Math.max(slowest, performance.now() - t0);
          runs++;
        }
      }
    }
    expect(runs).toBeGreaterThanOrEqual(2000);
    console.log(`robustness: ${runs} runs, slowest detection ${slowest.toFixed(1)} ms`);
  }, 120_000);

  it('odd inputs give a valid Detection', () => {
    const urls = [
      URL_,
      '',
      'not a url',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://[::1]/',
      'https://login.live.com.',
      'HTTPS://LOGIN.MICROSOFTONLINE.COM/x',
    ];
    const docs: unknown[] = [
      null,
      undefined,
      {},
      {
        getElementById: () => {
          throw new Error('boom');
        },
        documentElement: {},
      },
      document.implementation.createHTMLDocument(''),
      (() => {
        const d = document.implementation.createHTMLDocument('');
        d.removeChild(d.documentElement);
        return d;
      })(),
      new DOMParser().parseFromString(
        '<svg xmlns="http://www.w3.org/2000/svg"><a id="signInAnotherWay"/></svg>',
        'image/svg+xml',
      ),
      new DOMParser().parseFromString('<root><meta name="PageID" content="ConvergedTFA"/></root>', 'application/xml'),
    ];
    for (const doc of docs) for (const u of urls) valid(detectSignInState(doc as Document, u));
    valid(detectSignInState(document, 42 as unknown as string));
    expect(detectSignInState(null as unknown as Document, URL_).state).toBe('unknown');
    expect(detectSignInState(document, 'HTTPS://LOGIN.MICROSOFTONLINE.COM/x').host).toBe('login.microsoftonline.com');
  });
});

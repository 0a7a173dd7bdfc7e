/**
 * Helpers for contract.test.ts: the fixture pages of both detector sets, a tiny local server that
 * serves them byte for byte at (almost) their own URL, and the real-browser expectation of each.
 */
import { readFileSync } from 'node:fs';
import { createServer as createNetServer, type Socket } from 'node:net';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { join, resolve } from 'node:path';
// @ts-expect-error plain ESM module without types
import { ensureCerts } from '../../simulator/certs.mjs';
import { isSignInHost } from '../../utils/hosts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE_DIR = join(ROOT, 'utils/detect/fixtures/states');
const CORPUS_DIR = join(ROOT, 'utils/detect/fixtures');

export type FixtureSet = 'states' | 'edge-cases' | 'world-languages';
/** The corpora with an expectations.json and pages/ (the states corpus has a manifest). */
export const EXPECTATION_SETS = ['edge-cases', 'world-languages'] as const;

export interface ContractFixture {
  set: FixtureSet;
  file: string;
  /** The URL the page claims to live at (as written in the manifest / expectations). */
  url: string;
  state: string;
  signInAnotherWay?: boolean;
  /** Expected page language as the detector reports it; undefined = not stated. */
  lang?: string;
  html: Buffer;
}

/** Every corpus, in a fixed order (manifest order, then each expectations file's order). */
export function loadContractFixtures(): ContractFixture[] {
  const out: ContractFixture[] = [];
  const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8')) as Array<{
    file: string;
    url: string;
    expect: { state: string; signInAnotherWay?: boolean; lang?: string };
  }>;
  for (const e of manifest) {
    out.push({
      set: 'states',
      file: e.file,
      url: e.url,
      state: e.expect.state,
      signInAnotherWay: e.expect.signInAnotherWay,
      lang: e.expect.lang,
      html: readFileSync(join(FIXTURE_DIR, e.file)),
    });
  }
  for (const set of EXPECTATION_SETS) {
    const dir = join(CORPUS_DIR, set);
    const exp = JSON.parse(readFileSync(join(dir, 'expectations.json'), 'utf8')) as Record<
      string,
      { url: string; state: string; signInAnotherWay: boolean; lang?: string }
    >;
    for (const [file, e] of Object.entries(exp)) {
      out.push({
        set,
        file,
        url: e.url,
        state: e.state,
        signInAnotherWay: e.signInAnotherWay,
        lang: e.lang,
        html: readFileSync(join(dir, 'pages', file)),
      });
    }
  }
  return out;
}

export const fixtureKey = (f: Pick<ContractFixture, 'set' | 'file'>) => `${f.set}:${f.file}`;

/**
 * What a real Chromium with the built extension should show for a fixture.
 * - `skip`: the page cannot be served at its URL (no URL, about:, file:, ftp:).
 * - `contentScript`: whether a detection for the page must be published: the signin content script
 *   matches the URL the browser ends up on (manifest: `https://<exact host>/*` and
 *   `https://*.ciamlogin.com/*`; match patterns ignore the port, Chromium lower-cases the host)
 *   and the background accepts its sender (allowlisted host).
 * - `state`: the popup's expected data-state. Without a content script there is no detection for
 *   the page, so the popup must say `not-microsoft`, whatever the detector would say on a DOM copy.
 */
export interface BrowserExpectation {
  skip?: string;
  navigateTo?: string;
  contentScript: boolean;
  state: string;
  note?: string;
}

/** Hosts a `https://*.ciamlogin.com/*` match pattern covers: the domain itself and its subdomains. */
function ciamPatternMatches(host: string): boolean {
  return host === 'ciamlogin.com' || host.endsWith('.ciamlogin.com');
}

export function browserExpectation(f: ContractFixture): BrowserExpectation {
  let u: URL;
  try {
    u = new URL(f.url);
  } catch {
    return { skip: 'not a URL: nothing to navigate to', contentScript: false, state: 'not-microsoft' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') {
    return {
      skip: `${u.protocol} URL cannot be served by a local web server`,
      contentScript: false,
      state: 'not-microsoft',
    };
  }
  // The WHATWG parser is what Chromium's address bar uses too: it lower-cases the host, turns
  // Unicode into punycode, decodes %2e into '.', and strips userinfo (user@host → host).
  const host = u.hostname;
  const nav = new URL(u.href);
  nav.searchParams.set('fixture', fixtureKey(f));
  const navigateTo = nav.href;
  if (u.protocol === 'http:') {
    // Content scripts match https only: an http:// page gets no detector and no record. (The
    // browser runs with HTTPS-Upgrades off for this, so the page really stays on http.)
    return { navigateTo, contentScript: false, state: 'not-microsoft', note: 'http: no content script' };
  }
  const trailingDot = host.endsWith('.');
  const exact = (
    [
      'login.microsoftonline.com',
      'login.microsoft.com',
      'login.windows.net',
      'login.microsoftonline.us',
      'login-us.microsoftonline.com',
      'login.partner.microsoftonline.cn',
      'login.usgovcloudapi.net',
      'login.chinacloudapi.cn',
      'login.live.com',
      'account.live.com',
    ] as string[]
  ).includes(host);
  if (trailingDot) {
    // Chromium's extension URL patterns canonicalise a trailing dot away when matching hosts, so
    // the content script runs; the detector treats `host.` as `host` too.
    return {
      navigateTo,
      contentScript: true,
      state: f.state,
      note: 'trailing-dot host: same host for Chromium match patterns',
    };
  }
  if (exact || ciamPatternMatches(host)) {
    if (!isSignInHost(host)) {
      // https://ciamlogin.com/ (bare): the `*.ciamlogin.com` pattern covers it, but the background
      // records detections only from senders on allowlisted hosts, so nothing is published.
      return {
        navigateTo,
        contentScript: false,
        state: 'not-microsoft',
        note: 'bare ciamlogin.com: sender not allowlisted',
      };
    }
    return { navigateTo, contentScript: true, state: f.state };
  }
  return {
    navigateTo,
    contentScript: false,
    state: 'not-microsoft',
    note: 'host outside the allowlist: no content script',
  };
}

/**
 * The guidance language the popup must show, computed here independently of the product:
 * the page language when supported (exact, else its base language; every pt* → pt-BR;
 * zh / zh-CN / zh-SG / zh-Hans → zh-CN; Traditional Chinese → none), else the browser's (en).
 */
const SUPPORTED = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt-BR', 'pl', 'ja', 'zh-CN'];
export function expectedGuidanceLanguage(pageLang: string | undefined | null, browserLang = 'en'): string {
  const pick = (tag: string | undefined | null): string | undefined => {
    const v = (tag ?? '').trim().replace(/_/g, '-').toLowerCase();
    if (!/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(v)) return undefined;
    const exact = SUPPORTED.find((s) => s.toLowerCase() === v);
    if (exact) return exact;
    const [base, ...rest] = v.split('-');
    if (base === 'zh') {
      if (rest.some((p) => ['tw', 'hk', 'mo', 'hant'].includes(p))) return undefined;
      return 'zh-CN';
    }
    if (base === 'pt') return 'pt-BR';
    return SUPPORTED.find((s) => s === base);
  };
  return pick(pageLang) ?? pick(browserLang) ?? 'en';
}

export interface FixtureServer {
  port: number;
  spki: string;
  /** Requests seen, for the "no request left the machine" sanity check. */
  requests: Array<{ host: string; url: string; tls: boolean }>;
  close(): Promise<void>;
}

/**
 * One port, both schemes: the first byte of a connection tells TLS (0x16, a handshake record)
 * from plain HTTP, so `MAP * 127.0.0.1:<port>` serves https:// and http:// fixture URLs alike.
 * A request carrying `?fixture=<set>:<file>` gets that page's bytes as written; anything else
 * (favicons, sub-resources the pages name) gets an empty 404.
 */
export async function startFixtureServer(fixtures: ContractFixture[]): Promise<FixtureServer> {
  const tls = ensureCerts();
  const byKey = new Map(fixtures.map((f) => [fixtureKey(f), f.html]));
  const requests: FixtureServer['requests'] = [];
  const handler = (tlsConn: boolean) => (req: IncomingMessage, res: ServerResponse) => {
    requests.push({ host: String(req.headers.host ?? ''), url: req.url ?? '', tls: tlsConn });
    const key = new URL(req.url ?? '/', 'https://x').searchParams.get('fixture');
    const body = key ? byKey.get(key) : undefined;
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const httpsServer = createHttpsServer({ key: tls.key, cert: `${tls.cert}\n${tls.ca}` }, handler(true));
  const httpServer = createHttpServer(handler(false));
  const sockets = new Set<Socket>();
  const front = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((ok, fail) => {
    front.once('error', fail);
    front.listen(0, '127.0.0.1', () => ok());
  });
  const port = (front.address() as { port: number }).port;
  return {
    port,
    spki: tls.spki,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        httpsServer.close();
        httpServer.close();
        front.close(() => ok());
      }),
  };
}

export interface Mismatch {
  fixture: string;
  url: string;
  field: string;
  expected: string;
  actual: string;
}

export function mismatchTable(rows: Mismatch[]): string {
  const head: Mismatch = { fixture: 'fixture', url: 'url', field: 'field', expected: 'expected', actual: 'actual' };
  const cols = ['fixture', 'field', 'expected', 'actual', 'url'] as const;
  const widths = cols.map((c) => Math.min(70, Math.max(...[head, ...rows].map((r) => r[c].length))));
  const line = (r: Mismatch) => cols.map((c, i) => r[c].slice(0, 70).padEnd(widths[i]!)).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}

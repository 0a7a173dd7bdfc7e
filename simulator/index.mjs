// Local HTTPS sign-in simulator for Second Step's demo, e2e tests and benchmark.
// Routes by Host header; tests map the real sign-in hostnames to 127.0.0.1:<port>.
// No external requests, no request logging, nothing typed into a page is stored.
import https from 'node:https';
import { ensureCerts } from './certs.mjs';
import { FAVICON, IMAGES } from './assets.mjs';
import { otherArticlePage, PAGES, renderPage, SCENARIOS, signedInPage, SITE_HOSTS } from './pages.mjs';
import { pickLang } from './strings.mjs';
import { ACCOUNT_HOST, CIAM_HOST, ENTRA_HOSTS, LOOKALIKE_HOST, MSA_HOST, OTHER_HOST, SIM_HOSTS } from './hosts.mjs';

export { ACCOUNT_HOST, CIAM_HOST, ENTRA_HOSTS, LOOKALIKE_HOST, MSA_HOST, OTHER_HOST, SIM_HOSTS };

/** Which site a Host serves: 'entra' | 'msa' | 'account' | 'ciam' | 'other' | 'lookalike' | null. */
export function siteForHost(hostname) {
  const h = String(hostname || '')
    .toLowerCase()
    .replace(/\.$/, '');
  if (ENTRA_HOSTS.includes(h)) return 'entra';
  if (h === MSA_HOST) return 'msa';
  if (h === ACCOUNT_HOST) return 'account';
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.ciamlogin\.com$/.test(h)) return 'ciam';
  if (h === OTHER_HOST) return 'other';
  if (h === LOOKALIKE_HOST) return 'lookalike';
  return null;
}

function hostnameOf(hostHeader) {
  const v = String(hostHeader || '');
  if (v.startsWith('[')) return v.slice(1, v.indexOf(']'));
  return v.replace(/:\d+$/, '');
}

function defaultScenario(site, path) {
  if (site === 'msa') return 'msa-username';
  if (site === 'account') return 'msa-confirm';
  if (site === 'ciam') return 'ciam-picker';
  if (site === 'lookalike') return 'push';
  const p = path.toLowerCase();
  if (p.startsWith('/kmsi')) return 'kmsi';
  if (p.includes('/fido/')) return 'fido';
  if (p.includes('/sas/') || p.endsWith('/login')) return 'push';
  return 'flow';
}

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

/** List of scenarios for GET /__sim/scenarios. */
export function scenarioList() {
  return Object.entries(SCENARIOS).map(([id, sc]) => {
    const page = PAGES[sc.page];
    return { id, host: SITE_HOSTS[page.site], path: page.path, page: sc.page, pageId: page.pgid, description: sc.desc };
  });
}

function handle(req, res) {
  // Bodies are never read: drain and drop whatever a client sends.
  req.resume();
  let url;
  try {
    url = new URL(req.url || '/', 'https://sim.invalid');
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'bad request');
  }
  const hostHeader = hostnameOf(req.headers.host);
  const direct = hostHeader === '127.0.0.1' || hostHeader === 'localhost' || hostHeader === '::1';
  // Direct access (no host mapping): ?host=<simulated host> picks the site; default Entra.
  const hostParam = direct ? url.searchParams.get('host') || 'login.microsoftonline.com' : null;
  const host = direct ? hostParam : hostHeader;
  const site = siteForHost(host);
  const path = url.pathname;

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(
      res,
      405,
      'text/plain; charset=utf-8',
      'The simulator accepts no submissions (nothing is sent or stored).',
      { allow: 'GET, HEAD' },
    );
  }
  if (path === '/__sim/scenarios') {
    return send(
      res,
      200,
      'application/json; charset=utf-8',
      JSON.stringify({ scenarios: scenarioList(), hosts: SIM_HOSTS }, null, 2),
    );
  }
  if (path === '/__sim/health') return send(res, 200, 'text/plain; charset=utf-8', 'ok');
  if (path === '/favicon.ico') return send(res, 200, 'image/svg+xml', FAVICON);
  if (path === '/__sim/slow.svg') {
    const ms = Math.max(0, Math.min(20_000, Number.parseInt(url.searchParams.get('ms') ?? '', 10) || 0));
    const timer = setTimeout(() => send(res, 200, 'image/svg+xml', FAVICON), ms);
    res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  if (path.startsWith('/shared/1.0/content/images/')) {
    const name = path.slice('/shared/1.0/content/images/'.length);
    if (Object.hasOwn(IMAGES, name))
      return send(res, 200, 'image/svg+xml', IMAGES[name], { 'cache-control': 'max-age=3600' });
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
  if (!site) {
    return send(
      res,
      421,
      'text/plain; charset=utf-8',
      `The simulator does not serve host "${host}". Hosts: ${SIM_HOSTS.join(', ')}`,
    );
  }
  if (site === 'other') {
    if (path === '/' || path === '/index.html' || path.startsWith('/article'))
      return send(res, 200, 'text/html; charset=utf-8', otherArticlePage());
    return send(res, 404, 'text/plain; charset=utf-8', 'not found');
  }
  const lang = pickLang(
    url.searchParams.get('lang') || url.searchParams.get('mkt') || url.searchParams.get('ui_locales'),
  );
  if (path === '/__sim/signed-in') {
    return send(
      res,
      200,
      'text/html; charset=utf-8',
      signedInPage(lang, url.searchParams.get('site') || site, hostParam),
    );
  }
  if (path === '/jsdisabled')
    return send(
      res,
      200,
      'text/html; charset=utf-8',
      '<!DOCTYPE html><title>JavaScript required</title><p>The simulator needs JavaScript.</p>',
    );

  const servedSite = site === 'lookalike' ? 'entra' : site;
  const scenario = url.searchParams.get('scenario') || defaultScenario(site, path);
  const sc = SCENARIOS[scenario];
  if (!sc) {
    return send(res, 404, 'text/plain; charset=utf-8', `Unknown scenario "${scenario}". See /__sim/scenarios.`);
  }
  const scSite = PAGES[sc.page].site;
  if (scSite !== servedSite) {
    return send(
      res,
      404,
      'text/plain; charset=utf-8',
      `Scenario "${scenario}" lives on ${SITE_HOSTS[scSite]}, not on ${host}.`,
    );
  }
  const html = renderPage({
    site: servedSite,
    scenario,
    lang,
    query: url.searchParams,
    hostParam: direct ? hostParam : null,
    path,
  });
  return send(res, 200, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : html);
}

/**
 * Start the simulator.
 * @returns {Promise<{ port: number, origin: string, spki: string, certPath: string, keyPath: string, caPath: string,
 *   caCert: string, hosts: string[], chromiumArgs: string[], firefoxPrefs: Record<string,string|number>,
 *   url: (host: string, pathAndQuery?: string) => string, close: () => Promise<void> }>}
 */
export async function startSimulator({ port = 0, host = '127.0.0.1' } = {}) {
  const tls = ensureCerts();
  const server = https.createServer({ key: tls.key, cert: `${tls.cert}\n${tls.ca}` }, (req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      // Never echo request data; the message is the simulator's own.
      send(res, 500, 'text/plain; charset=utf-8', `simulator error: ${err?.message}`);
    }
  });
  server.keepAliveTimeout = 2000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const rules = SIM_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${actualPort}`).join(', ');
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return {
    port: actualPort,
    origin: `https://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`,
    spki: tls.spki,
    certPath: tls.certPath,
    keyPath: tls.keyPath,
    caPath: tls.caPath,
    caCert: tls.ca,
    hosts: SIM_HOSTS,
    chromiumArgs: [
      `--host-resolver-rules=${rules}, EXCLUDE localhost`,
      `--ignore-certificate-errors-spki-list=${tls.spki}`,
    ],
    firefoxPrefs: { 'network.dns.localDomains': SIM_HOSTS.join(','), 'network.socket.forcePort': `443=${actualPort}` },
    /** Port-less URL as a mapped browser sees it, e.g. url('login.microsoftonline.com', '/?scenario=push'). */
    url: (h, pathAndQuery = '/') => `https://${h}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

// Shared by the simulator's test files: TLS requests to the running simulator (verified against
// its throwaway CA), jsdom parsing, and pages loaded with their page script running.
import https from 'node:https';
import { JSDOM, VirtualConsole } from 'jsdom';
import { expect } from 'vitest';

/**
 * GET/POST through TLS to 127.0.0.1 with the given Host, verifying the cert against the
 * throwaway CA; and `live`: a page loaded with its scripts running (jsdom), collecting attempted
 * navigations. `getSim` returns the simulator the test file started in its beforeAll.
 */
export function simulatorClient(getSim) {
  function request(host, path = '/', { method = 'GET', body, insecure = false } = {}) {
    const sim = getSim();
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: '127.0.0.1',
          port: sim.port,
          path,
          method,
          headers: { host },
          servername: host,
          ca: sim.caCert,
          agent: false,
          rejectUnauthorized: !insecure,
        },
        (res) => {
          let data = '';
          res.setEncoding('utf8');
          res.on('data', (d) => {
            data += d;
          });
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              headers: res.headers,
              body: data,
              cert: res.socket.getPeerCertificate?.(),
            }),
          );
        },
      );
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
  }

  async function live(host, path) {
    const res = await request(host, path);
    expect(res.status).toBe(200);
    const navigations = [];
    const vc = new VirtualConsole();
    vc.on('jsdomError', (e) => {
      if (/navigation/i.test(String(e.message))) navigations.push(e.message);
    });
    const dom = new JSDOM(res.body, { url: `https://${host}${path}`, runScripts: 'dangerously', virtualConsole: vc });
    return { dom, window: dom.window, doc: dom.window.document, navigations };
  }

  return { request, live };
}

export function parse(html, url) {
  return new JSDOM(html, { url }).window.document;
}

export function config(html) {
  const start = html.indexOf('$Config=');
  const end = html.indexOf('//]]></script>', start);
  expect(start).toBeGreaterThan(-1);
  return JSON.parse(
    html
      .slice(start + '$Config='.length, end)
      .trim()
      .replace(/;$/, ''),
  );
}

/** Visible = in the DOM and neither it nor an ancestor has inline display:none (jsdom has no layout). */
export function visible(el) {
  for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
    if (n.style && n.style.display === 'none') return false;
    if (n.classList.contains('moveOffScreen')) return false;
  }
  return true;
}

export const E = 'login.microsoftonline.com';

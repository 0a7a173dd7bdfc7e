/**
 * Helpers for force-install.test.ts: a throwaway signing key, a copy of the built extension keyed to
 * it, a CRX3 packed by Chromium itself, and a tiny local update server (gupdate XML + the CRX).
 * Nothing here is committed: the key and the CRX live in a temp dir removed after the run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface KeyedBuild {
  /** Unpacked copy whose manifest `key` is the throwaway public key. */
  dir: string;
  /** PEM private key (temp dir only). */
  keyPem: string;
  /** Base64 DER SubjectPublicKeyInfo, as written to manifest.json `key`. */
  publicKeyB64: string;
  /** Chromium id: sha256(DER public key), first 32 hex digits mapped 0-9a-f → a-p. */
  id: string;
  version: string;
}

/** Chromium's extension id for a DER public key. */
export function chromiumIdFromPublicKey(der: Buffer): string {
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

/** New RSA key (openssl) + a copy of `builtDir` under `workDir/ext` with its manifest `key` replaced. */
export function makeKeyedBuild(builtDir: string, workDir: string): KeyedBuild {
  const keyPem = join(workDir, 'key.pem');
  execFileSync('openssl', ['genrsa', '-out', keyPem, '2048'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const der = execFileSync('openssl', ['rsa', '-in', keyPem, '-pubout', '-outform', 'DER'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const dir = join(workDir, 'ext');
  cpSync(builtDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const publicKeyB64 = der.toString('base64');
  manifest.key = publicKeyB64;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, keyPem, publicKeyB64, id: chromiumIdFromPublicKey(der), version: manifest.version };
}

/**
 * Packs `dir` as `<dir>.crx` with Chromium's own packer (headless, own throwaway profile dir).
 * Returns the CRX bytes; throws with Chromium's output if no CRX3 came out.
 */
export function packWithChromium(chromium: string, dir: string, keyPem: string, profileDir: string): Buffer {
  mkdirSync(profileDir, { recursive: true });
  let output = '';
  try {
    output = execFileSync(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${profileDir}`,
        `--pack-extension=${dir}`,
        `--pack-extension-key=${keyPem}`,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 },
    );
  } catch (err: any) {
    output = `${err.stdout ?? ''}${err.stderr ?? ''}${err.message}`;
  }
  const crxPath = `${dir}.crx`;
  if (!existsSync(crxPath)) throw new Error(`Chromium did not pack ${dir}:\n${output}`);
  const crx = readFileSync(crxPath);
  // CRX3: magic "Cr24", then format version 3 (uint32 LE).
  if (crx.subarray(0, 4).toString('latin1') !== 'Cr24' || crx.readUInt32LE(4) !== 3) {
    throw new Error(`${crxPath} is not a CRX3 file`);
  }
  return crx;
}

/** The Omaha/gupdate response Chromium's extension updater expects from an update URL. */
export function gupdateXml(id: string, version: string, codebase: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">\n' +
    `  <app appid="${esc(id)}">\n` +
    `    <updatecheck codebase="${esc(codebase)}" version="${esc(version)}"/>\n` +
    '  </app>\n' +
    '</gupdate>\n'
  );
}

export interface UpdateServer {
  /** http://127.0.0.1:<port>/updates.xml */
  updateUrl: string;
  crxUrl: string;
  /** Every request, in order: method, path+query, user agent. */
  requests: { method: string; url: string; userAgent: string }[];
  close(): Promise<void>;
}

/** Plain-HTTP update server on 127.0.0.1 (an ephemeral port): /updates.xml and /second-step.crx, 404 else. */
export async function startUpdateServer(id: string, version: string, crx: Buffer): Promise<UpdateServer> {
  const requests: UpdateServer['requests'] = [];
  let base = '';
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', userAgent: String(req.headers['user-agent'] ?? '') });
    const path = new URL(req.url ?? '/', base).pathname;
    if (req.method === 'GET' && path === '/updates.xml') {
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
      res.end(gupdateXml(id, version, `${base}/second-step.crx`));
    } else if (req.method === 'GET' && path === '/second-step.crx') {
      res.writeHead(200, { 'content-type': 'application/x-chrome-extension', 'content-length': crx.length });
      res.end(crx);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    updateUrl: `${base}/updates.xml`,
    crxUrl: `${base}/second-step.crx`,
    requests,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

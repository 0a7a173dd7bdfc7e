// Throwaway TLS material for the local sign-in simulator.
// A private CA and one leaf certificate are made with the `openssl` CLI at runtime and cached
// under os.tmpdir()/second-step-sim-certs/. Nothing here is ever committed.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ACCOUNT_HOST, CIAM_HOST, ENTRA_HOSTS, LOOKALIKE_HOST, MSA_HOST, OTHER_HOST } from './hosts.mjs';

/** Hostnames the leaf certificate must cover (DNS SANs). */
export const CERT_DNS_NAMES = [
  ...ENTRA_HOSTS,
  MSA_HOST,
  ACCOUNT_HOST,
  CIAM_HOST,
  '*.ciamlogin.com',
  OTHER_HOST,
  LOOKALIKE_HOST,
  'localhost',
];
export const CERT_IP_ADDRESSES = ['127.0.0.1'];

// Bump when the generation recipe changes so stale caches are replaced.
const RECIPE_VERSION = 1;

export function certCacheDir() {
  return path.join(os.tmpdir(), 'second-step-sim-certs');
}

function sansKey() {
  return JSON.stringify({ v: RECIPE_VERSION, dns: CERT_DNS_NAMES, ip: CERT_IP_ADDRESSES });
}

/** base64(sha256(SubjectPublicKeyInfo DER)): the value for Chromium's --ignore-certificate-errors-spki-list. */
export function spkiHash(certPem) {
  const der = new X509Certificate(certPem).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('base64');
}

function readCached(dir) {
  try {
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'bundle.json'), 'utf8'));
    if (bundle.sansKey !== sansKey()) return null;
    const cert = fs.readFileSync(bundle.certPath, 'utf8');
    const key = fs.readFileSync(bundle.keyPath, 'utf8');
    const ca = fs.readFileSync(bundle.caPath, 'utf8');
    const x = new X509Certificate(cert);
    // Regenerate a week before expiry.
    if (Date.parse(x.validTo) - Date.now() < 7 * 24 * 3600 * 1000) return null;
    return {
      cert,
      key,
      ca,
      certPath: bundle.certPath,
      keyPath: bundle.keyPath,
      caPath: bundle.caPath,
      spki: spkiHash(cert),
    };
  } catch {
    return null;
  }
}

function generate(dir) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Unique working dir so concurrent processes never clash; the bundle.json pointer is swapped atomically.
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const work = path.join(dir, `gen-${tag}`);
  fs.mkdirSync(work, { mode: 0o700 });
  const run = (args) => execFileSync('openssl', args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run([
    'req',
    '-x509',
    ...ecKey,
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
    '-days',
    '3650',
    '-subj',
    '/CN=Second Step Simulator Test CA (throwaway)',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  run(['req', ...ecKey, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=login.microsoftonline.com']);
  const san = [...CERT_DNS_NAMES.map((d) => `DNS:${d}`), ...CERT_IP_ADDRESSES.map((i) => `IP:${i}`)].join(',');
  fs.writeFileSync(
    path.join(work, 'ext.cnf'),
    [
      `subjectAltName=${san}`,
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      '',
    ].join('\n'),
  );
  run([
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-set_serial',
    `0x${randomBytes(8).toString('hex')}`,
    '-days',
    '390',
    '-sha256',
    '-extfile',
    'ext.cnf',
    '-out',
    'leaf.crt',
  ]);
  fs.rmSync(path.join(work, 'leaf.csr'), { force: true });
  fs.rmSync(path.join(work, 'ca.key'), { force: true }); // the CA signs exactly one leaf; its key is not needed again
  for (const f of ['leaf.key']) fs.chmodSync(path.join(work, f), 0o600);
  const bundle = {
    sansKey: sansKey(),
    certPath: path.join(work, 'leaf.crt'),
    keyPath: path.join(work, 'leaf.key'),
    caPath: path.join(work, 'ca.crt'),
  };
  const tmp = path.join(dir, `bundle-${tag}.json`);
  fs.writeFileSync(tmp, JSON.stringify(bundle));
  fs.renameSync(tmp, path.join(dir, 'bundle.json'));
  // Remove stale generations (older than a day, so a concurrent reader is never affected).
  for (const name of fs.readdirSync(dir)) {
    const p = path.join(dir, name);
    if (p === work || !/^(gen-|bundle-)/.test(name)) continue;
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > 24 * 3600 * 1000) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      /* ignore */
    }
  }
  const cert = fs.readFileSync(bundle.certPath, 'utf8');
  return {
    cert,
    key: fs.readFileSync(bundle.keyPath, 'utf8'),
    ca: fs.readFileSync(bundle.caPath, 'utf8'),
    certPath: bundle.certPath,
    keyPath: bundle.keyPath,
    caPath: bundle.caPath,
    spki: spkiHash(cert),
  };
}

/**
 * Returns { cert, key, ca, certPath, keyPath, caPath, spki }, generating a fresh CA + leaf when the
 * cache is missing, unreadable, near expiry, or made for another SAN list.
 */
export function ensureCerts(dir = certCacheDir()) {
  return readCached(dir) ?? generate(dir);
}

// A throwaway Windows registry under Wine, driven with Windows' own `reg.exe` (Wine's implementation):
// `reg import` a .reg file exactly as an admin would, `reg query /s` to read it back. Test helper only.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function wineAvailable() {
  const r = spawnSync('wine', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Starts a fresh WINEPREFIX under /tmp (the first start builds the registry: ~20 s). Call close() after. */
export function createWineRegistry() {
  const dir = mkdtempSync('/tmp/second-step-wine-');
  const env = {
    ...process.env,
    WINEPREFIX: join(dir, 'prefix'),
    WINEDEBUG: '-all',
    WINEDLLOVERRIDES: 'mscoree,mshtml=', // no Mono / Gecko install prompts
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
  delete env.DISPLAY;
  mkdirSync(env.WINEPREFIX);
  // Our own wineserver for this prefix, kept up 30 s after its last client (-p30, so a crashed run cannot
  // leave it behind) in the foreground (-f), started first: every
  // reg.exe call then connects to it instead of starting (and waiting for) a new one.
  const server = spawn('wineserver', ['-f', '-p30'], { env, stdio: 'ignore' });
  let calls = 0;
  // Output goes to files, not pipes: Wine's helper processes (services.exe, …) inherit stdout and outlive
  // the call, so a pipe would never reach end-of-file.
  // Under load, Wine's loader now and then fails to start reg.exe at all ("Application could not be
  // started…", before reg.exe runs): retried, twice at most. reg.exe's own failures are never retried.
  const run = (args, timeout = 240_000) => {
    for (let attempt = 0; ; attempt++) {
      const r = runOnce(args, timeout);
      if (attempt >= 2 || !/could not be started/i.test(`${r.stdout}${r.stderr}`)) return r;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  };
  const runOnce = (args, timeout) => {
    const base = join(dir, `call-${++calls}`);
    const out = openSync(`${base}.out`, 'w');
    const err = openSync(`${base}.err`, 'w');
    let r;
    try {
      r = spawnSync('wine', args, { env, stdio: ['ignore', out, err], timeout });
    } finally {
      closeSync(out);
      closeSync(err);
    }
    if (r.error) throw r.error;
    const read = (f) => readFileSync(f).toString('latin1').replace(/\r\n/g, '\n');
    return { status: r.status, stdout: read(`${base}.out`), stderr: read(`${base}.err`) };
  };
  const boot = run(['reg', 'query', 'HKLM\\Software']);
  if (boot.status !== 0) throw new Error(`wine did not start a registry: ${boot.stderr}`);
  let exports = 0;
  return {
    version: wineAvailable(),
    /** `reg import <file>` (a Unix path, given to Windows as Z:\…). Returns reg.exe's exit code and output. */
    importFile(path) {
      return run(['reg', 'import', `Z:${path.replace(/\//g, '\\')}`]);
    },
    /** `reg query <key> /s` parsed: { '<KEY PATH>': { name: { type, data } } } (key paths as reg prints them). */
    query(key) {
      const r = run(['reg', 'query', key, '/s']);
      if (r.status !== 0) return null;
      return parseRegQuery(r.stdout);
    },
    /**
     * `reg export <key> <file>`: reg.exe writes the key as a UTF-16 .reg file. Unlike `reg query`, whose output
     * goes through the console code page (lossy for non-ASCII), this keeps every character. Parsed like query().
     */
    exportKey(key) {
      const file = this.exportFile(key);
      return file ? parseRegExport(readFileSync(file)) : null;
    },
    /** `reg export <key> <file>`; returns the file's path (a .reg as Windows writes it), or null. */
    exportFile(key) {
      const file = join(dir, `export-${++exports}.reg`);
      const r = run(['reg', 'export', key, `Z:${file.replace(/\//g, '\\')}`, '/y']);
      return r.status === 0 ? file : null;
    },
    close() {
      spawnSync('wineserver', ['-k'], { env, stdio: 'ignore', timeout: 30_000 });
      if (server.exitCode === null) server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * reg.exe's listing: a key path line, then one "    <name>    <TYPE>    <data>" line per value; a REG_SZ
 * holding line breaks continues on the following lines. REG_DWORD data is "0x…", REG_MULTI_SZ "a\0b".
 */
export function parseRegQuery(text) {
  const out = {};
  let key = null;
  let last = null;
  for (const line of text.split('\n')) {
    const value = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/.exec(line);
    if (value && key) {
      const [, name, type, raw = ''] = value;
      let data = raw;
      if (type === 'REG_DWORD') data = Number.parseInt(raw, 16);
      else if (type === 'REG_MULTI_SZ') data = raw.split('\\0');
      last = out[key][name] = { type, data };
    } else if (/^HKEY_/.test(line)) {
      key = line.trim();
      out[key] ??= {};
      last = null;
    } else if (line === '') {
      last = null;
    } else if (last && typeof last.data === 'string') {
      last.data += `\n${line}`;
    }
  }
  return out;
}

/** reg.exe's export (UTF-16LE .reg): { '<KEY PATH>': { name: { type, data } } }, like parseRegQuery. */
export function parseRegExport(buf) {
  if (buf[0] !== 0xff || buf[1] !== 0xfe) throw new Error('reg export: not UTF-16LE with BOM');
  const lines = buf
    .subarray(2)
    .toString('utf16le')
    .replace(/\\\r\n\s*/g, '')
    .split('\r\n');
  if (lines.shift() !== 'Windows Registry Editor Version 5.00') throw new Error('reg export: bad header');
  const unescapeRegString = (s) => s.replace(/\\(.)/g, (_, c) => ({ n: '\n', r: '\r', 0: '\0' })[c] ?? c);
  const out = {};
  let key = null;
  for (const line of lines) {
    if (!line) continue;
    const k = /^\[(.+)\]$/.exec(line);
    if (k) {
      key = k[1];
      out[key] ??= {};
      continue;
    }
    const v = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!v || !key) throw new Error(`reg export: unreadable line ${line.slice(0, 60)}`);
    const [, rawName, raw] = v;
    const name = unescapeRegString(rawName);
    if (raw.startsWith('"')) out[key][name] = { type: 'REG_SZ', data: unescapeRegString(raw.slice(1, -1)) };
    else if (raw.startsWith('dword:')) out[key][name] = { type: 'REG_DWORD', data: Number.parseInt(raw.slice(6), 16) };
    else {
      const h = /^hex\((\w+)\):(.*)$/.exec(raw);
      const type = { 1: 'REG_SZ', 2: 'REG_EXPAND_SZ', 7: 'REG_MULTI_SZ' }[h?.[1]];
      if (!type) throw new Error(`reg export: unexpected value ${raw.slice(0, 30)}`);
      const text = Buffer.from(
        h[2]
          .split(',')
          .filter(Boolean)
          .map((b) => Number.parseInt(b, 16)),
      ).toString('utf16le');
      out[key][name] = { type, data: type === 'REG_MULTI_SZ' ? text.split('\0').slice(0, -2) : text.split('\0')[0] };
    }
  }
  return out;
}

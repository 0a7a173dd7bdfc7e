/**
 * Dependencies: `npm audit --omit=dev` must report 0 high and 0 critical advisories for what ships.
 * The audit needs the registry's advisory endpoint (a POST); where that is unreachable or refused
 * (offline CI, a GET-only registry mirror) the audit test is SKIPPED with the reason printed, never
 * passed silently and never failed for the network. The production tree check runs offline.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../..');

function npm(args: string[], timeout = 90_000) {
  const res = spawnSync('npm', args, {
    cwd: root,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, npm_config_fund: 'false' },
  });
  return { status: res.status, stdout: res.stdout ?? '', stderr: res.stderr ?? '', error: res.error };
}

describe('dependencies', () => {
  it('the production dependency tree is exactly preact, i18next and webextension-polyfill', () => {
    const { stdout } = npm(['ls', '--omit=dev', '--json', '--depth=0']);
    const tree = JSON.parse(stdout);
    expect(Object.keys(tree.dependencies ?? {}).sort()).toEqual(['i18next', 'preact', 'webextension-polyfill']);
    for (const [name, dep] of Object.entries<any>(tree.dependencies)) {
      expect(dep.missing ?? false, `${name} missing`).toBe(false);
      expect(dep.invalid ?? false, `${name} invalid`).toBe(false);
    }
  });

  it('npm audit --omit=dev: 0 high, 0 critical', (ctx) => {
    const res = npm(['audit', '--omit=dev', '--json']);
    let report: any = null;
    try {
      report = JSON.parse(res.stdout);
    } catch {
      /* not JSON: handled below */
    }
    const counts = report?.metadata?.vulnerabilities;
    if (!counts) {
      // No advisory data came back: the endpoint is unreachable or refused the request.
      const why =
        report?.message ??
        res.error?.message ??
        (res.stderr.split('\n').find((l) => /error|warn/i.test(l)) || `exit ${res.status}`);
      console.warn(`[audit] SKIPPED: npm audit endpoint not available here: ${why}`);
      ctx.skip(`npm audit endpoint not available: ${why}`);
      return;
    }
    const advisories = Object.values<any>(report.vulnerabilities ?? {}).map(
      (v) => `${v.name} ${v.severity} ${v.range ?? ''}`,
    );
    console.log(`[audit] ${JSON.stringify(counts)}${advisories.length ? `\n${advisories.join('\n')}` : ''}`);
    expect(counts.high ?? 0).toBe(0);
    expect(counts.critical ?? 0).toBe(0);
  }, 120_000);
});

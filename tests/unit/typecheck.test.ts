// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

describe('TypeScript (strict) over the whole project', () => {
  it('npx tsc --noEmit reports no errors', () => {
    const res = spawnSync('npx', ['tsc', '--noEmit'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(res.stdout + res.stderr).toBe('');
    expect(res.status).toBe(0);
  }, 150_000);
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Mirrors the CI grep: the detector never reads input values or cookies, and stays pure.
it('detector sources never touch .value, cookies, browser APIs or the @/ alias', () => {
  const files = [
    ...readdirSync(__dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(__dirname, f)),
  ];
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    expect(src, f).not.toMatch(/\.value\b/);
    expect(src, f).not.toMatch(/cookie/i);
    expect(src, f).not.toMatch(/\b(browser|chrome)\.|from ['"]@\/|from ['"]wxt|JSON\.parse/);
  }
});

// @vitest-environment node
/**
 * What ships: only the three runtime dependencies of the card (preact, i18next,
 * webextension-polyfill), plus WXT's own small runtime helpers that the build inlines
 * (wxt/browser, content-script context and shadow-root UI). Checked three ways:
 * package.json, the bare imports of the shipped source, and markers in the built files.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from '@babel/parser';

const root = resolve(__dirname, '../..');
const RUNTIME_DEPENDENCIES = ['i18next', 'preact', 'webextension-polyfill'];

/** Bare module specifiers the shipped source may import (subpaths included). */
const ALLOWED_IMPORTS: { re: RegExp; why: string }[] = [
  { re: /^preact(\/(hooks|jsx-runtime|compat))?$/, why: 'runtime dependency' },
  { re: /^i18next$/, why: 'runtime dependency' },
  { re: /^webextension-polyfill$/, why: 'runtime dependency' },
  { re: /^wxt\/browser$/, why: 'WXT re-export of webextension-polyfill (module @wxt-dev/webextension-polyfill)' },
  {
    re: /^wxt\/utils\/(content-script-context|content-script-ui\/shadow-root|define-content-script|define-background)$/,
    why: 'WXT runtime helpers inlined by the build (content-script lifetime, shadow-root panel)',
  },
  { re: /^node:/, why: 'build-time only (never reaches a bundle: the build would fail)' },
];

function shippedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'fixtures' && name !== '__tests__') walk(p);
      } else if (/\.(ts|tsx|mjs|js)$/.test(name) && !/\.(test|spec)\./.test(name) && !name.endsWith('.d.ts')) {
        out.push(p);
      }
    }
  };
  for (const d of ['entrypoints', 'utils', 'components']) walk(join(root, d));
  return out;
}

function bareImports(source: string): string[] {
  const ast: any = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const out: string[] = [];
  for (const node of ast.program.body) {
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source
    ) {
      if (node.importKind === 'type' || node.exportKind === 'type') continue; // erased at build
      const spec: string = node.source.value;
      if (!spec.startsWith('.') && !spec.startsWith('@/') && !spec.startsWith('~/')) out.push(spec);
    }
  }
  return out;
}

function builtFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...builtFiles(p));
    else out.push(p);
  }
  return out;
}

describe('dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  it('package.json dependencies are exactly preact, i18next, webextension-polyfill', () => {
    expect(Object.keys(pkg.dependencies ?? {}).sort()).toEqual(RUNTIME_DEPENDENCIES);
    expect(pkg.optionalDependencies).toBeUndefined();
    expect(pkg.bundleDependencies ?? pkg.bundledDependencies).toBeUndefined();
  });

  it('the shipped source imports only those packages (and WXT runtime helpers)', () => {
    const bad: string[] = [];
    for (const file of shippedFiles()) {
      for (const spec of bareImports(readFileSync(file, 'utf8'))) {
        if (!ALLOWED_IMPORTS.some((a) => a.re.test(spec))) bad.push(`${relative(root, file)}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('built bundles', () => {
  const dir = join(root, '.output/chrome-mv3');

  it('the detector content script carries neither Preact nor i18next (they load only with the panel)', () => {
    const signin = readFileSync(join(dir, 'signin.js'), 'utf8');
    expect(signin).not.toMatch(/i18next/);
    // Preact's VNode internals (`__k`, `__e`, `__c`) and its options hooks.
    expect(signin).not.toMatch(/\.__k\b|\b__k:|dangerouslySetInnerHTML/);
  });

  it('the chip (what a two-step screen gets first) carries neither Preact nor i18next, and stays small', () => {
    const chip = readFileSync(join(dir, 'chip.js'), 'utf8');
    expect(chip).not.toMatch(/i18next/);
    expect(chip).not.toMatch(/\.__k\b|\b__k:|dangerouslySetInnerHTML/);
    // It must not carry a second copy of the detector either (it reads the live one).
    expect(chip).not.toMatch(/ConvergedTFA/);
    expect(gzipSync(chip).length).toBeLessThan(5 * 1024);
  });

  it('the in-page scripts are ASCII (V8 keeps a source with any character above U+00FF as a two-byte string)', () => {
    for (const f of ['signin.js', 'chip.js', 'content-scripts/panel.js']) {
      const code = readFileSync(join(dir, f), 'utf8');
      expect(code.length).toBeGreaterThan(1000);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is all of ASCII, NUL included
      expect(code.match(/[^\x00-\x7f]/g) ?? [], f).toEqual([]);
      // wxt.config.ts escapes after minification, which would change a String.raw template's value.
      expect(code, f).not.toMatch(/String\.raw/);
    }
  });

  it('i18next is present where guidance is rendered (panel, popup/options runtime chunk)', () => {
    const panel = readFileSync(join(dir, 'content-scripts/panel.js'), 'utf8');
    expect(panel).toMatch(/i18next/);
  });

  it('reports the size of every built file (chrome-mv3, firefox-mv3)', () => {
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      const d = join(root, '.output', target);
      if (!existsSync(d)) throw new Error(`${d} missing: build first`);
      const rows = builtFiles(d)
        .filter((f) => /\.(js|css|html|json)$/.test(f) && !f.includes(`${join(d, 'locales')}`))
        .map((f) => [relative(d, f), statSync(f).size] as const)
        .sort((a, b) => b[1] - a[1]);
      const total = rows.reduce((s, r) => s + r[1], 0);
      console.log(
        `[bundle sizes ${target}] total ${total} B\n` +
          rows.map(([f, s]) => `  ${String(s).padStart(8)}  ${f}`).join('\n'),
      );
      expect(rows.length).toBeGreaterThan(3);
    }
  });
});

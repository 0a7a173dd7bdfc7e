import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXTENSION_PUBLIC_KEY, GECKO_ID } from './utils/extension-ids';

const localesDir = resolve(__dirname, 'locales');

// Store packages (`wxt zip`) carry no manifest `key`: the Chrome Web Store and Edge Add-ons
// refuse it and assign their own id. Unpacked/dev/test builds keep it for a fixed id.
const storeBuild = process.env.SECOND_STEP_STORE_BUILD === '1' || process.argv.slice(2).includes('zip');

// The bench and profiling build into their own folders so a build by someone else (tests, a
// colleague's `wxt build`) cannot swap files under a running measurement. Store builds go to
// .output/store/ (zips included): `npm run zip` never replaces the dev build in .output/chrome-mv3,
// which keeps its `key`, hence the fixed id that policy files and the unpacked install rely on.
const outDir = process.env.SECOND_STEP_OUT_DIR || (storeBuild ? '.output/store' : '.output');
const noMinify = process.env.SECOND_STEP_NO_MINIFY === '1'; // readable CPU profiles (bench/profile.mjs)

/**
 * The in-page scripts ship as ASCII: one character above U+00FF (a `•` or `…` in a detector
 * pattern) makes V8 hold the whole source as a two-byte string, twice the heap for every page
 * that gets it. Runs after minification; a `\uXXXX` escape means the same in strings, templates,
 * regular expressions, identifiers and comments (no `String.raw` in these bundles: checked in
 * tests/unit/bundle-contents.test.ts).
 */
const asciiOnly = {
  name: 'second-step:ascii-only',
  generateBundle(_options: unknown, bundle: Record<string, { type: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.code) {
        chunk.code = chunk.code.replace(
          /[\u0080-\uffff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        );
      }
    }
  },
};

export default defineConfig({
  outDir,
  // MV3 everywhere, Firefox included: one manifest shape (action, scripting, storage.session).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()], ...(noMinify ? { build: { minify: false } } : {}) }),
  hooks: {
    // What runs in the sign-in page must stay small: the detector (budget: 8 KB gzip), the chip
    // and the panel. `wxt/browser` is pointed at webextension-polyfill by the polyfill module (~10 KB
    // raw, and it wraps the API at start); for these three it points back at WXT's native
    // `browser` (Firefox's promise API, or Chromium's MV3 `chrome`, which returns promises too).
    // The extension pages and the background keep the polyfill.
    'vite:build:extendConfig': (entrypoints, viteConfig) => {
      if (!entrypoints.some((e) => e.name === 'signin' || e.name === 'chip' || e.name === 'panel')) return;
      const nativeBrowser = resolve(__dirname, 'node_modules/wxt/dist/browser.mjs');
      const alias = viteConfig.resolve?.alias;
      const extra = { find: /^wxt\/browser$/, replacement: nativeBrowser };
      viteConfig.plugins = [...(viteConfig.plugins ?? []), asciiOnly];
      viteConfig.resolve ??= {};
      viteConfig.resolve.alias = Array.isArray(alias)
        ? [extra, ...alias]
        : [
            extra,
            ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string })),
          ];
    },
    // The guidance strings live in locales/<lang>/<namespace>.json and ship as plain files, so each surface
    // loads only the one language it shows (the in-page panel never carries all ten).
    'build:publicAssets': (_wxt, files) => {
      for (const lang of readdirSync(localesDir, { withFileTypes: true })) {
        if (!lang.isDirectory()) continue; // e.g. TERMS.md
        for (const name of readdirSync(resolve(localesDir, lang.name))) {
          if (!name.endsWith('.json')) continue;
          files.push({
            absoluteSrc: resolve(localesDir, lang.name, name),
            relativeDest: `locales/${lang.name}/${name}`,
          });
        }
      }
    },
  },
  zip: {
    // The AMO sources zip: project sources only, nothing generated or local.
    excludeSources: [
      '.output-*/**',
      'screenshots-out/**',
      'tests/.results/**',
      'bench/.tmp/**',
      'coverage/**',
      'tmp/**',
      '**/*.pem',
      '**/*.key',
      '**/*.crx',
      '**/*.xpi',
      '**/*.zip',
      '**/*.log',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          ...(storeBuild ? {} : { key: EXTENSION_PUBLIC_KEY }),
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});

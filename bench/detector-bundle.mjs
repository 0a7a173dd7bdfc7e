// Bundles the pure detector (utils/detect/index.ts and its imports) into one IIFE that can be injected
// into a real Chromium page: `globalThis.SecondStepDetect.detectSignInState(document, location.href)`.
// Uses rolldown (Vite 8's bundler, already installed as a Vite dependency); no new package.
import { fileURLToPath } from 'node:url';

export async function bundleDetector() {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: fileURLToPath(new URL('../utils/detect/index.ts', import.meta.url)), logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: 'SecondStepDetect', minify: true });
    // ASCII, as the build ships the in-page scripts (wxt.config.ts asciiOnly).
    return output[0].code.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  } finally {
    await bundle.close();
  }
}

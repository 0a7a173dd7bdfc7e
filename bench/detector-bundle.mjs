// Bundles the pure detector (utils/detect/index.ts and its imports) into one IIFE that can be injected
// into a real Chromium page: `globalThis.SecondStepDetect.detectSignInState(document, location.href)`.
// Uses rolldown (Vite 8's bundler, already installed as a Vite dependency); no new package.
import { fileURLToPath } from 'node:url';

export async function bundleDetector() {
  const { rolldown } = await import('rolldown');
  const bundle = await rolldown({ input: fileURLToPath(new URL('../utils/detect/index.ts', import.meta.url)), logLevel: 'silent' });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: 'SecondStepDetect', minify: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

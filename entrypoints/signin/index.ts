import { liveDetection } from '@/components/in-page/world';
import { startLiveDetection } from './live-detection';

/**
 * The page-load detector. Built as a plain script (no WXT content-script runtime: no context
 * object, no AbortController, no "script started" DOM event the page could listen for). The
 * background injects it into a sign-in tab's top frame once the page has loaded
 * (entrypoints/background/detector-injection.ts); a repeat injection into the same document
 * finds the running detector and does nothing.
 */
export default defineUnlistedScript(() => {
  if (liveDetection()) return;
  startLiveDetection();
});

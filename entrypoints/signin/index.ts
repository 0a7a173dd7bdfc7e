import { startLiveDetection } from './live-detection';

/**
 * The page-load detector. Built as a plain script (no WXT content-script runtime: no context
 * object, no AbortController, no "script started" DOM event the page could listen for) and
 * declared in the manifest by wxt.config.ts for the sign-in hosts, at document_idle.
 */
export default defineUnlistedScript(() => {
  startLiveDetection();
});

import { signInMatchPatterns } from '@/utils/hosts';
import { startLiveDetection } from './live-detection';

export default defineContentScript({
  matches: signInMatchPatterns(),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    startLiveDetection();
  },
});

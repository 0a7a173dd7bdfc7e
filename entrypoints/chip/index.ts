import { browser } from 'wxt/browser';
import { CHIP_CONTEXT_MESSAGE, parseChipContext, request } from '@/utils/messages';
import { servePageActions } from '@/components/in-page/page-actions';
import { chipRuns, markChipRuns, panelRuns } from '@/components/in-page/world';
import { mountChip } from './chip';
import { mountNudgeChip, parseNudgeStrings } from './nudge-chip';

/**
 * What a two-step screen gets first: a one-line chip next to the sign-in box (the top help's
 * title, "Show help", close), with no UI framework and no i18next in the page: the background
 * translates (with i18next) and sends the strings. The full panel loads only on "Show help";
 * bench/results.md has what each costs the page. Like the detector, a plain script injected by the
 * background (entrypoints/background/panel-injection.ts); a repeat injection does nothing.
 */
export default defineUnlistedScript(async () => {
  servePageActions();
  if (chipRuns() || panelRuns()) return;
  markChipRuns();
  const raw: unknown = await browser.runtime.sendMessage(request(CHIP_CONTEXT_MESSAGE)).catch(() => null);
  const context = parseChipContext(raw);
  const nudge = context && parseNudgeStrings((raw as { nudge?: unknown }).nudge);
  if (context && nudge && !panelRuns()) return mountNudgeChip(context.lang, context.label, nudge);
  if (!context?.show || panelRuns()) return; // Dismissed or turned off: serves actions only.
  mountChip(context);
});

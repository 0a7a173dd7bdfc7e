import type { TFunction } from 'i18next';
import { buildGuidance, type GuidanceInput } from './guidance';
import { itemVars } from './guidance-text';

/**
 * The one line the in-page chip shows: the title of the top piece of help for this screen (what
 * the full panel would open with), translated. A screen without guidance gets its state's name.
 */
export function chipHeadline(input: GuidanceInput, t: TFunction): string {
  const top = buildGuidance(input)[0];
  if (top) return String(t(top.titleKey, itemVars(top, t)));
  return String(t(`ui:state.${input.detection.state}`));
}

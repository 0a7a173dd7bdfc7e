import type { GuidanceItem } from './guidance-types';

type Translate = (key: string) => unknown;

/**
 * Interpolation values of a guidance item for the UI: the item's own, plus the name of the
 * other-way control when the page gave none (the translated generic name, "Sign in another way").
 * The page's own words (Detection.signInAnotherWayText) arrive in the item's vars and win.
 */
export function itemVars(item: Pick<GuidanceItem, 'vars'>, t: Translate): Record<string, unknown> {
  return { ns: 'guidance', otherWay: String(t('guidance:otherWayName')), ...item.vars };
}

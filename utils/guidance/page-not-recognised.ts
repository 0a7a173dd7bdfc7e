import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, helpdeskActions, item, otherWayActions } from './context';
import { forgotPhone } from './common-topics';

/**
 * `unknown` on a two-step page (a view nobody has seen): never a specific screen's advice. What
 * the user can still do: look for a link to another method, send IT the prepared message (it
 * carries the page report); then the usual topics (added by buildGuidance).
 */
export function pageNotRecognisedRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item(
      'page-not-recognised',
      'other-method',
      ['intro', 'look', ctx.personal ? 'askPersonal' : 'ask'],
      [...otherWayActions(ctx), ...helpdeskActions(ctx)],
    ),
    forgotPhone(ctx),
  ];
}

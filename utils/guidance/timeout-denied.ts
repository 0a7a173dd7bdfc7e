import type { GuidanceItem } from '../guidance-types';
import { MSA_SECURITY_URL, type GuidanceContext, item, otherWayActions } from './context';
import { cannotApprove, forgotPhone, lostPhone } from './common-topics';

/** push-timeout-no-response: the page itself offers "send again" and "use a code instead". */
export function timeoutRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item('timeout-retry', 'cannot-approve', ['resend', 'open', 'code'], otherWayActions(ctx)),
    cannotApprove(ctx),
    forgotPhone(ctx),
    lostPhone(ctx),
  ];
}

/** push-denied: by mistake → again; not started by the user → someone may have the password. */
export function deniedRules(ctx: GuidanceContext): GuidanceItem[] {
  const notYou = ctx.personal
    ? item(
        'denied-not-you',
        'contact-helpdesk',
        ['warn', 'actPersonal'],
        [{ kind: 'open-link', url: MSA_SECURITY_URL, labelKey: 'links.msaSecurity' }],
      )
    : item('denied-not-you', 'contact-helpdesk', ['warn', 'act'], [{ kind: 'admin-request' }]);
  return [
    item('denied-retry', 'cannot-approve', ['mistake', 'other'], otherWayActions(ctx)),
    notYou,
    forgotPhone(ctx),
    lostPhone(ctx),
  ];
}

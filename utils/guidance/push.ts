import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, item, otherWayActions } from './context';
import { cannotApprove, forgotPhone, lostPhone } from './common-topics';

/** approve-push and approve-push-number-match: the phone is needed; the first question is "do you have it?". */
export function pushRules(ctx: GuidanceContext): GuidanceItem[] {
  const tips =
    ctx.detection.state === 'approve-push-number-match' || ctx.detection.numberMatchShown
      ? item(
          'push-number',
          'cannot-approve',
          ['type', 'noPrompt', ctx.personal ? 'notYouPersonal' : 'notYou'],
          otherWayActions(ctx),
        )
      : item('push-no-notification', 'cannot-approve', ['open', 'online', 'wait'], otherWayActions(ctx));
  return [forgotPhone(ctx), tips, cannotApprove(ctx), lostPhone(ctx)];
}

/** passwordless-push (phone sign-in instead of a password): the escape is "Other ways to sign in". */
export function passwordlessRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item('passwordless-number', 'cannot-approve', ['type', 'other', 'noPrompt'], otherWayActions(ctx)),
    forgotPhone(ctx),
    cannotApprove(ctx),
    lostPhone(ctx),
  ];
}

/** fido-passkey: security key, passkey or Windows Hello in the browser's own dialog. */
export function fidoRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item('fido-key', 'forgot-phone', ['insert', 'cancelled', 'other'], otherWayActions(ctx)),
    forgotPhone(ctx),
    lostPhone(ctx),
  ];
}

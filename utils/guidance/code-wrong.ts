import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, item, otherWayActions } from './context';
import { forgotPhone, smsHelp } from './common-topics';
import { latestCode } from './code-sms';

/** code-wrong: the page rejected the code. Retype, newest code, then another method. */
export function codeWrongRules(ctx: GuidanceContext): GuidanceItem[] {
  const items = [item('code-wrong', 'sms-code', ['retype', 'latest', 'other'], otherWayActions(ctx))];
  // The SMS helper matters when texts were involved: this tab saw a text-code screen, or the page says so.
  const smsInvolved = ctx.detection.method === 'sms' || ctx.detection.method === 'voice' || ctx.stats.codeScreens > 0;
  if (smsInvolved) items.push(latestCode(ctx), smsHelp(ctx));
  else if (ctx.detection.method === 'totp' || ctx.stats.history.includes('enter-code-totp')) {
    items.push(item('totp-code', 'cannot-approve', ['open', 'change', 'clock', 'offline'], otherWayActions(ctx)));
  }
  items.push(forgotPhone(ctx));
  return items;
}

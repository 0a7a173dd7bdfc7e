import type { AuthMethod } from '../detection-types';
import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, helpdeskActions, item } from './context';
import { lostPhone } from './common-topics';

/** Methods that need the user's own phone in hand (the app code needs the phone, not its signal). */
const NEEDS_PHONE: readonly AuthMethod[] = ['push', 'sms', 'totp'];

/** Methods worth trying without the phone first, in this order. */
const ORDER: readonly AuthMethod[] = ['totp', 'voice', 'email', 'fido', 'other', 'push', 'sms'];

/**
 * verify-identity-method-picker: explain each offered method (works without the phone or not);
 * when every offered method needs the phone, the helpdesk goes on top.
 */
export function pickerRules(ctx: GuidanceContext): GuidanceItem[] {
  const offered = [...new Set(ctx.detection.offeredMethods ?? [])];
  const sorted = ORDER.filter((m) => offered.includes(m));
  const choose = item(
    'picker-choose',
    'other-method',
    ['intro', ...sorted.map((m) => `m-${m}`), ctx.personal ? 'nonePersonal' : 'none'],
    helpdeskActions(ctx),
  );
  const phoneOnly = offered.length > 0 && offered.every((m) => NEEDS_PHONE.includes(m));
  const items: GuidanceItem[] = [];
  if (phoneOnly) {
    const body = offered.includes('totp') ? ['offline'] : [];
    body.push(ctx.personal ? 'askPersonal' : 'ask');
    items.push(item('picker-phone-only', 'forgot-phone', body, helpdeskActions(ctx)));
  }
  items.push(choose, lostPhone(ctx));
  return items;
}

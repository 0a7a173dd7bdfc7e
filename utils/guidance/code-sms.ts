import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, item, otherWayActions } from './context';
import { forgotPhone, lostPhone, smsHelp } from './common-topics';

/** "HH:MM" in the user's local time (the panel shows it next to the phone's message times). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * The latest-code helper (S3): only the newest code works. Tells when this code screen appeared
 * and how many codes were requested in this tab (both from TabStats, never the code itself).
 */
export function latestCode(ctx: GuidanceContext): GuidanceItem {
  const body = ['only'];
  const vars: Record<string, string | number> = {};
  if (ctx.stats.lastCodeScreenAt > 0) {
    body.push('shownAt');
    vars.time = clockTime(ctx.stats.lastCodeScreenAt);
  }
  if (ctx.stats.codeScreens > 0) {
    body.push('count');
    vars.count = ctx.stats.codeScreens;
  }
  return item('sms-latest', 'sms-code', body, otherWayActions(ctx), vars);
}

/** enter-code-sms: which code to use first, then what to do when no text arrives. */
export function smsCodeRules(ctx: GuidanceContext): GuidanceItem[] {
  return [latestCode(ctx), smsHelp(ctx), forgotPhone(ctx), lostPhone(ctx)];
}

/** phone-call: answer it; else another phone or another method. */
export function phoneCallRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item('call-answer', 'sms-code', ['answer', 'office', 'missed'], otherWayActions(ctx)),
    smsHelp(ctx),
    forgotPhone(ctx),
    lostPhone(ctx),
  ];
}

/** enter-code-totp: the code in the app, its clock, offline. */
export function totpRules(ctx: GuidanceContext): GuidanceItem[] {
  return [
    item('totp-code', 'cannot-approve', ['open', 'change', 'clock', 'offline'], otherWayActions(ctx)),
    forgotPhone(ctx),
    lostPhone(ctx),
  ];
}

/** enter-code-email: spam folder, newest email. */
export function emailRules(ctx: GuidanceContext): GuidanceItem[] {
  return [item('email-code', 'sms-code', ['spam', 'latest', 'wait'], otherWayActions(ctx)), forgotPhone(ctx)];
}

import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, helpdeskActions, item } from './context';
import { codeBody } from './proof-up';
import { deviceSignIn } from './recovery';

/** error-page: what the code means, and the details the helpdesk needs (request id, correlation id, time). */
export function errorPageRules(ctx: GuidanceContext): GuidanceItem[] {
  const codes = codeBody(ctx);
  const it = item(
    'error-page',
    'contact-helpdesk',
    ['intro'],
    [...helpdeskActions(ctx), { kind: 'copy-details' }],
    codes.vars,
  );
  it.bodyKeys.push(
    ...codes.keys,
    ...(ctx.personal ? ['error-page.sendPersonal'] : ['error-page.details', 'error-page.send']),
  );
  return [it, ...deviceSignIn(ctx)];
}

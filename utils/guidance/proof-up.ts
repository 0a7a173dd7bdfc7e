import type { GuidanceItem } from '../guidance-types';
import { type GuidanceContext, helpdeskActions, item } from './context';
import { errorCodeKey, normalizeErrorCode } from './error-codes';
import { lostPhone } from './common-topics';

export function codeBody(ctx: GuidanceContext): { keys: string[]; vars: Record<string, string> } {
  const code = normalizeErrorCode(ctx.detection.errorCode);
  const key = errorCodeKey(code);
  return key ? { keys: [`error-codes.${key}`], vars: { code } } : { keys: [], vars: {} };
}

/** proof-up-required: the organisation wants methods registered (first time, or after a reset). */
export function proofUpRules(ctx: GuidanceContext): GuidanceItem[] {
  const base = ctx.personal ? ['whatPersonal', 'next', 'cantPersonal'] : ['what', 'reset', 'next', 'cant'];
  const codes = codeBody(ctx);
  const it = item('proof-up', 'other-method', base, [...helpdeskActions(ctx), { kind: 'copy-details' }], codes.vars);
  it.bodyKeys.push(...codes.keys);
  return [it, lostPhone(ctx)];
}

import { anyShown, type Ctx, type Rule } from './context';
import { attr } from './dom';

/** "Stay signed in?" and "More information required" (MFA registration) interrupts. */
export function byPageId(c: Ctx): 'not-mfa-kmsi' | 'proof-up-required' | 'error-page' | null {
  const id = (c.facts.pageId || '').toLowerCase();
  const hp = c.facts.hpgid;
  if (id === 'kmsiinterrupt' || (!id && hp === 1115)) return 'not-mfa-kmsi';
  if (id === 'convergedproofupredirect' || (!id && hp === 1121)) return 'proof-up-required';
  if (id === 'convergederror') return 'error-page';
  return null;
}

export const interrupts: Rule = (c) => {
  if (anyShown(c, ['idSubmit_ProofUp_Redirect', 'ProofUpDescription'])) return { state: 'proof-up-required' };
  if (anyShown(c, ['KmsiCheckboxField', 'KmsiDescription'])) return { state: 'not-mfa-kmsi' };
  const forms = c.doc.forms;
  for (let i = 0; i < forms.length && i < 10; i++) {
    if (/\/kmsi(\b|$)/i.test(attr(forms[i], 'action')) && c.vis(forms[i])) return { state: 'not-mfa-kmsi' };
  }
  return null;
};

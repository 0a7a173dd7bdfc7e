import type { Detection, SignInState } from '../detection-types';
import type { PageFacts } from './page-facts';
import type { Vis } from './visibility';

/** Everything a rule may look at, prepared once per detection run. */
export interface Ctx {
  doc: Document;
  host: string;
  /** Lower-case URL path. */
  path: string;
  /** login.live.com / account.live.com, or *.ciamlogin.com: hosts of the React UI. */
  personal: boolean;
  ciam: boolean;
  facts: PageFacts;
  vis: Vis;
  /** Element by id when it is visible, else null. */
  shown(id: string): Element | null;
  /** First form control with that name (looked up inside the page's forms only). */
  named(name: string): Element | null;
  /** Container of the sign-in UI (keeps attribute scans off unrelated DOM). */
  root(): Element | null;
}

export type Found = Partial<Detection> & { state: SignInState };
export type Rule = (c: Ctx) => Found | null | undefined;

export function anyShown(c: Ctx, ids: readonly string[]): Element | null {
  for (const id of ids) {
    const el = c.shown(id);
    if (el) return el;
  }
  return null;
}

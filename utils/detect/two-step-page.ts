import type { PageDiagnostics } from '../detection-types';
import type { Ctx } from './context';
import { attr } from './dom';
import { TFA_TITLES } from './entra-tfa';
import { ANCHORS as REACT_ANCHORS } from './react-ui';
import type { PageFacts } from './page-facts';

/** The server page is a two-step page: PageID / pgid ConvergedTFA (or another TFA page id), or hpgid 1114 without a page id. */
export function isTwoStepPage(f: PageFacts): boolean {
  const id = f.pageId || '';
  return id ? /tfa|strongauth/i.test(id) : f.hpgid === 1114;
}

/** Ids of known views, reported by name when present (visible or not): view titles and React anchors. */
const ANCHORS = [
  'lightbox',
  ...TFA_TITLES,
  ...REACT_ANCHORS,
  'signInAnotherWay',
  'i0116',
  'i0118',
  'tilesHolder',
  'idRemoteNGC_DisplaySign',
];
const SAFE = /^[A-Za-z][\w-]{0,50}$/;

/**
 * The diagnostic for IT on a two-step page showing a view nobody has seen: names only. Ids are
 * reported only in Microsoft's own naming style (`idDiv_…`, `i0116`): account tiles use the
 * account name as id, which never matches. Runs only when it is needed (unknown on a two-step page).
 */
export function diagnose(c: Ctx): PageDiagnostics {
  // Undefined page ids drop out when the detection is serialised (and parseDetection rebuilds it).
  const out: PageDiagnostics = {
    pageId: c.facts.pageId,
    hpgid: c.facts.hpgid,
    anchors: ANCHORS.filter((id) => c.doc.getElementById(id)),
    visible: [],
  };
  const root = c.root();
  const all = root ? root.querySelectorAll('[data-viewid],[data-testid],[id]') : [];
  const add = (name: string, el: Element) => {
    if (out.visible.length < 40 && !out.visible.includes(name) && c.vis(el)) out.visible.push(name);
  };
  for (let i = 0; i < all.length && i < 3000; i++) {
    const el = all[i]!;
    const view = attr(el, 'data-viewid');
    if (/^\w{1,20}$/.test(view)) add(`viewid:${view}`, el);
    const tid = attr(el, 'data-testid');
    if (SAFE.test(tid)) add(`testid:${tid}`, el);
    const id = el.id;
    if (/^(id[A-Z][\w-]{0,50}|i\d{4})$/.test(id)) add(id, el);
  }
  return out;
}

import type { AccountKind, Detection, SignInState } from '../detection-types';
import { isSignInHost, PERSONAL_ACCOUNT_HOSTS } from '../hosts';
import type { Ctx, Found, Rule } from './context';
import { fido } from './fido';
import { entraTfa } from './entra-tfa';
import { passwordless, passwordOrUsername } from './entra-signin';
import { byPageId, interrupts } from './interrupts';
import { errorDetails, errorFallback, errorIds } from './error-page';
import { reactAnchored, reactRule, testIds, type TestIds } from './react-ui';
import { controlText, otherWay } from './other-way-link';
import { accountPicker } from './account-picker';
import { diagnose, isTwoStepPage } from './two-step-page';
import { pageLang } from './lang';
import { pageFacts, type PageFacts } from './page-facts';
import { makeVisibility } from './visibility';
import { accessPass } from './access-pass';
import { methodSignals } from './method-count';

/**
 * Which Microsoft sign-in / two-step screen is showing. Pure: reads the given Document only
 * (ids, PageID / `$Config` keys, data-testid, attributes), never input values, tokens or
 * session data, and never throws. Order: host gate → page facts → rules (first match wins) →
 * "sign in another way", language and details.
 */
export function detectSignInState(doc: Document, url: string): Detection {
  let u: URL | null = null;
  try {
    u = new URL(String(url));
    if (u.protocol !== 'https:' && u.protocol !== 'http:') u = null;
  } catch {
    u = null;
  }
  const host = u ? u.hostname.toLowerCase().replace(/\.$/, '') : '';
  if (!u || !isSignInHost(host)) {
    return {
      state: 'not-microsoft',
      signInAnotherWay: false,
      lang: safeLang(doc, null, null),
      host,
      account: 'unknown',
    };
  }
  const personal = PERSONAL_ACCOUNT_HOSTS.includes(host);
  // External ID (ciamlogin.com) tenants belong to an organisation that runs the sign-in and
  // its recovery, so they count as 'work' (not a consumer Microsoft account).
  const account: AccountKind = personal ? 'personal' : 'work';
  const base: Detection = { state: 'unknown', signInAnotherWay: false, lang: '', host, account };
  let facts: PageFacts | null = null;
  try {
    if (!doc || typeof doc.getElementById !== 'function' || !doc.documentElement) {
      return { ...base, lang: safeLang(doc, null, u) };
    }
    facts = pageFacts(doc);
    const vis = makeVisibility(doc);
    let rootEl: Element | null | undefined;
    const ctx: Ctx = {
      doc,
      host,
      path: u.pathname.toLowerCase(),
      personal,
      ciam: !personal && host.endsWith('.ciamlogin.com'),
      facts,
      vis,
      shown: (id) => {
        const el = doc.getElementById(id);
        if (!el || vis(el)) return el;
        // In-place views kept in the DOM repeat ids (#signInAnotherWay, #idDiv_SAOTCC_*): the
        // first copy may belong to a hidden view, so look for a visible later copy.
        const all = doc.querySelectorAll(`[id="${id}"]`);
        for (let i = 1; i < all.length && i < 20; i++) if (vis(all[i])) return all[i]!;
        return null;
      },
      named: (name) => {
        const forms = doc.forms;
        for (let i = 0; i < forms.length && i < 10; i++) {
          const it = forms[i]!.elements.namedItem(name);
          const el =
            it &&
            ((it as RadioNodeList).length !== undefined && !(it as Element).nodeType ? (it as RadioNodeList)[0] : it);
          if (el && (el as Node).nodeType === 1) return el as Element;
        }
        return null;
      },
      root: () => {
        rootEl ??= doc.getElementById('lightbox') || doc.getElementById('root') || doc.body || doc.documentElement;
        return rootEl;
      },
    };

    let found: Found | null | undefined = null;
    let testIdsSeen: TestIds | undefined;
    const pageIdState = byPageId(ctx);
    const rules: Rule[] = [
      accessPass,
      fido,
      () => (pageIdState ? { state: pageIdState } : null),
      errorIds,
      entraTfa,
      passwordless,
      interrupts,
      passwordOrUsername,
      // After username/password: a visible credential input wins over leftover tiles.
      accountPicker,
    ];
    for (const rule of rules) {
      found = rule(ctx);
      if (found) break;
    }
    if (!found && (reactAnchored(ctx) || !pageIdState)) {
      testIdsSeen = testIds(ctx);
      found = reactRule(testIdsSeen)(ctx);
    }
    found ||= errorFallback(ctx);

    const state: SignInState = found ? found.state : 'unknown';
    const out: Detection = { ...base, ...found, state, lang: safeLang(doc, facts, u) };
    if (facts.pageId) out.pageId = facts.pageId;
    if (state === 'error-page') Object.assign(out, errorDetails(ctx));
    const other = otherWay(ctx, state, testIdsSeen);
    out.signInAnotherWay = !!other;
    out.signInAnotherWayText = controlText(other);
    if (isTwoStepPage(facts)) {
      out.twoStepPage = true;
      // The diagnostic costs a walk of the sign-in box: only where it is needed.
      if (state === 'unknown') out.diagnostics = diagnose(ctx);
    }
    Object.assign(out, methodSignals(ctx, state));
    return clean(out);
  } catch {
    return { ...base, lang: safeLang(doc, facts, u) };
  }
}

function safeLang(doc: Document | null | undefined, facts: PageFacts | null, u: URL | null): string {
  try {
    return pageLang(doc, facts, u);
  } catch {
    return '';
  }
}

/** Drop undefined/empty optional fields so the result serialises the same way every time. */
function clean(d: Detection): Detection {
  for (const key of Object.keys(d) as (keyof Detection)[]) {
    const empty = d[key] === undefined || d[key] === '';
    if (empty && key !== 'lang') delete d[key];
  }
  return d;
}

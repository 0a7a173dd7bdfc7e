// Server-side page shells. The first view is pre-rendered with the same code the page uses to
// switch views in place (the page script of client.mjs, evaluated here in a node:vm context).
import { randomUUID, randomInt } from 'node:crypto';
import vm from 'node:vm';
import { CSS } from './assets.mjs';
import { CLIENT_SRC } from './client.mjs';
import { LOCALES, STRINGS } from './strings.mjs';

const sandbox = {};
vm.runInNewContext(CLIENT_SRC, sandbox, { filename: 'simulator/client (assembled from simulator/client/)' });
export const Core = sandbox.SimCore;
export const { SCENARIOS, PAGES, SITE_HOSTS } = Core;
const esc = Core.esc;

const IMG = '/shared/1.0/content/images/';
export const DEFAULT_USER = 'user@contoso.com';
const MSA_DEFAULT_USER = 'someone@outlook.com';

/** JSON safe to place inside an inline <script>. */
function scriptJson(v) {
  return JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips control characters from a query value
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function cleanUser(v) {
  if (typeof v !== 'string') return null;
  // Keep it short and printable; this value is echoed (never stored or logged).
  const s = v.replace(CONTROL_CHARACTERS, '').trim().slice(0, 113);
  return s || null;
}

/**
 * Build the page for one request.
 * @param {{ site: string, scenario: string, lang: string, query: URLSearchParams, hostParam: string|null, path: string }} r
 */
export function renderPage(r) {
  const sc = SCENARIOS[r.scenario];
  const page = PAGES[sc.page];
  const loc = LOCALES[r.lang];
  const s = STRINGS[r.lang];
  const q = r.query;
  const hint = cleanUser(q.get('login_hint'));
  const user =
    hint ?? (page.site === 'entra' ? DEFAULT_USER : page.site === 'ciam' ? 'a***@contoso.com' : MSA_DEFAULT_USER);
  const method = ['push', 'push-number', 'sms', 'totp', 'email', 'call'].includes(q.get('method'))
    ? q.get('method')
    : 'push';
  const autotimeout = Math.max(0, Math.min(3_600_000, Number.parseInt(q.get('autotimeout') ?? '', 10) || 0));
  const controls = q.get('controls') !== '0';
  const opts = sc.opts;
  const tfaMethod = opts.method ?? (sc.view === 'call' ? 'call' : sc.page === 'tfa' ? 'push' : method);
  const proofs = Core.userProofs(opts, tfaMethod);
  const ids = {
    requestId: randomUUID(),
    correlationId: randomUUID(),
    sessionId: randomUUID(),
    appId: randomUUID(),
    timestamp: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  const number = String(randomInt(10, 100));
  const pollStart = String(Date.now());
  const boot = {
    site: page.site,
    page: sc.page,
    scenario: r.scenario,
    lang: r.lang,
    strings: s,
    user,
    userFromHint: !!hint,
    opts,
    method,
    proofs,
    ids,
    number,
    pollStart,
    autotimeout,
    controls,
    hostParam: r.hostParam,
  };
  const ctx = { s, user, page: sc.page, opts, number, proofs, ids, pollStart };
  const viewHtml = Core.renderView(sc.view, ctx);
  const pgid = q.get('pgid') ?? page.pgid; // ?pgid= lets tests try an unknown/missing PageID ('' = none)

  const config = {
    pgid: pgid || undefined,
    hpgid: page.hpgid,
    hpgact: page.hpgact,
    scid: page.scid,
    uiflavor: 1001,
    locale: { mkt: loc.mkt, lcid: loc.lcid },
    correlationId: ids.correlationId,
    sessionId: ids.sessionId,
    sessionIdentifier: ids.sessionId,
    serverDetails: { slc: 'ProdSlices', dc: 'SIM', ri: 'SIM-1', ver: { v: [2, 1, 0, 0] }, rt: ids.timestamp, et: 0 },
    sFT: 'SIM-FAKE-FLOW-TOKEN',
    sFTName: 'flowToken',
    canary: 'SIM-FAKE-CANARY',
    apiCanary: 'SIM-FAKE-API-CANARY',
    sCtx: 'SIM-FAKE-CTX',
    sPOST_Username: user,
    urlPost: page.action ?? page.path,
    urlFidoLogin: '/common/fido/get?uiflavor=Web',
    urlMoreInfo: '#',
    fIsFidoSupported: true,
    sSimulator: 'Second Step local sign-in simulator: fake values only',
  };
  if (sc.page === 'tfa') {
    Object.assign(config, {
      arrUserProofs: proofs,
      oPerAuthPollingInterval: { PhoneAppNotification: 1.0 },
      iPollingTimeout: 300,
      iMaxPollAttempts: 300,
      iPollingInterval: 1,
      iPollingBackoffInterval: 1,
      iSAMode: 1,
      iSAOtcLength: 6,
      iTotpOtcLength: 6,
      iTrustedDeviceCheckboxConfig: 2,
      sTrustedDeviceCheckboxName: 'rememberMFA',
      iRememberMfaDuration: 90,
      sAuthMethodInputFieldName: 'mfaAuthMethod',
      fHideIHaveCodeLink: false,
      fShowViewDetailsLink: false,
      fShowAuthMethodsUpdateLink: true,
      fProofIndexedByType: true,
      urlBeginAuth: '/common/SAS/BeginAuth',
      urlEndAuth: '/common/SAS/EndAuth',
    });
  }
  if (sc.page === 'proofup') {
    Object.assign(config, {
      urlSkipMfaRegistration: '/common/resume?ctx=SIM-FAKE-CTX&flowtoken=SIM-FAKE-FLOW-TOKEN&skipmfaregistration=1',
      iRemainingDaysToSkipMfaRegistration: 14,
      urlSetUpMfa: '#',
      sProofUpToken: 'SIM-FAKE-PROOFUP-TOKEN',
      sProofUpAuthState: 'SIM-FAKE-AUTH-STATE',
      urlPostRedirect: '#',
    });
  }
  if (sc.page === 'error') {
    const msg =
      {
        53003:
          'AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
        53000:
          'AADSTS53000: Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and the device is not compliant.',
        50011:
          'AADSTS50011: The redirect URI specified in the request does not match the redirect URIs configured for the application.',
      }[opts.code] || 'AADSTS500121: Authentication failed during strong authentication request.';
    Object.assign(config, {
      iErrorCode: Number(opts.code),
      sErrorCode: opts.code,
      strServiceExceptionMessage: msg,
      strMainMessage: s.errorSorry,
      strAdditionalMessage: '',
    });
  }

  const head = [
    '<!DOCTYPE html>',
    '<!-- Second Step local sign-in simulator. A structural copy for tests and demos; not a Microsoft page. -->',
    `<html dir="ltr" class="" lang="${loc.lang}"><head>`,
    '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">',
    `<title>${esc(page.site === 'msa' ? s.msaDocTitle : s.docTitle)}</title>`,
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0, user-scalable=yes">',
    '<meta http-equiv="Pragma" content="no-cache"><meta http-equiv="Expires" content="-1">',
    '<noscript><meta http-equiv="Refresh" content="0; URL=/jsdisabled"></noscript>',
    '<meta name="robots" content="none">',
    pgid ? `<meta name="PageID" content="${esc(pgid)}">` : '',
    page.site === 'entra' ? '<meta name="SiteID" content="">' : '',
    `<meta name="ReqLC" content="${loc.lcid}">`,
    `<meta name="LocLC" content="${loc.mkt}">`,
    '<meta name="referrer" content="origin">',
    '<meta name="format-detection" content="telephone=no">',
    '<link rel="shortcut icon" href="/favicon.ico">',
    `<script type="text/javascript">//<![CDATA[\n$Config=${scriptJson(config)};\n//]]></script>`,
    '<script type="text/javascript">//<![CDATA[\nServerData = $Config;\n//]]></script>',
    `<style>${CSS}</style>`,
    '</head>',
  ]
    .filter(Boolean)
    .join('\n');

  let body;
  if (page.site === 'entra') body = entraBody(r, sc, page, s, viewHtml, ctx);
  else if (page.site === 'account') body = legacyBody(s, viewHtml);
  else body = reactBody(page, s, viewHtml);

  // ?slowload=<ms>: one image that takes that long, holding the page's load event back (a slow CDN).
  const slowload = Math.max(0, Math.min(20_000, Number.parseInt(q.get('slowload') ?? '', 10) || 0));
  const tail = [
    slowload
      ? `<img src="/__sim/slow.svg?ms=${slowload}" alt="" width="1" height="1" style="position:absolute;left:-9px">`
      : '',
    controls ? simControls(r, sc) : '',
    `<script type="text/javascript">window.__simBoot = ${scriptJson(boot)};</script>`,
    `<script type="text/javascript">${CLIENT_SRC}</script>`,
    '</body></html>',
  ].join('\n');
  return `${head}\n${body}\n${tail}`;
}

function footerLinks(s) {
  return (
    '<div id="footerLinks" class="footerNode text-secondary">' +
    `<a id="ftrTerms" href="#" data-bind="text: str['MOBILE_STR_Footer_Terms']">${esc(s.ftrTerms)}</a>` +
    `<a id="ftrPrivacy" href="#" data-bind="text: str['MOBILE_STR_Footer_PrivacyCookies']">${esc(s.ftrPrivacy)}</a>` +
    `<a id="moreOptions" href="#" role="button" aria-label="${esc(s.moreOptionsAria)}" aria-expanded="false" data-bind="click: moreInfo_onClick, ariaLabel: str['CT_STR_More_Options_Ellipsis_AriaLabel']">` +
    `<img class="desktopMode" role="presentation" src="${IMG}ellipsis_white_sim.svg" style="height:12px">…</a>` +
    '</div>'
  );
}

function entraBody(r, sc, page, s, viewHtml, ctx) {
  const debugOpen = sc.page === 'error';
  return `<body data-bind="defineGlobals: ServerData, bodyCssClass" class="cb" style="display: block;">
<div><!--  -->
<form name="f1" id="i0281" novalidate="novalidate" spellcheck="false" method="post" target="_top" autocomplete="off" data-bind="autoSubmit: forceSubmit, attr: { action: svr.urlPost }" action="${esc(page.action)}">
<!-- ko if: useLayoutTemplates -->
<div id="lightboxTemplateContainer" data-bind="component: { name: 'lightbox-template', params: { serverData: svr, showHeader: $page.showHeader(), headerLogo: $page.headerLogo() } }, css: { 'provide-min-height': svr.fUseMinHeight }">
<div id="lightboxBackgroundContainer"><div class="background-image-holder" role="presentation"><div id="backgroundImage" class="background-image ext-background-image"></div></div></div>
<div class="outer"><div class="template-section main-section"><div class="middle ext-middle"><div class="full-height"><div class="flex-column"><div class="win-scroll">
<div id="lightbox" class="sign-in-box ext-sign-in-box fade-in-lightbox" data-bind="animationEnd: $page.paginationControlHelper.animationEnd, externalCss: { 'sign-in-box': true }">
<div class="lightbox-cover" data-bind="css: { 'disable-lightbox': svr.fAllowGrayOutLightBox && isRequestPending() }"></div>
<!-- ko if: isRequestPending --><!-- /ko -->
<div><!-- ko if: loadBannerLogo --><img class="logo" role="img" src="${IMG}microsoft_logo_sim.svg" alt="${esc(s.microsoft)}" data-bind="imgSrc, attr: { alt: str['MOBILE_STR_Footer_Microsoft'] }"><!-- /ko --></div>
<!-- ko if: asyncInitReady -->
<div role="main" data-bind="component: { name: 'pagination-control', publicMethods: paginationControlMethods, params: { initialViewId: initialViewId } }">
<div data-bind="css: { 'zero-opacity': hidePaginatedView() }" class="" data-sim-view-host="" data-sim-view="${esc(r.scenario)}">${viewHtml}</div>
</div>
<!-- /ko -->
<input type="hidden" name="i19" data-bind="value: time" value="">
<input type="hidden" name="login" data-bind="value: svr.sPOST_Username" value="${esc(ctx.user)}">
<input type="hidden" name="flowToken" data-bind="value: flowToken" value="SIM-FAKE-FLOW-TOKEN">
<input type="hidden" name="ctx" data-bind="value: ctx" value="SIM-FAKE-CTX">
<input type="hidden" name="hpgrequestid" data-bind="value: svr.sessionId" value="${esc(ctx.ids.requestId)}">
<input type="hidden" name="canary" data-bind="value: svr.canary" value="SIM-FAKE-CANARY">
${sc.page === 'tfa' ? '<input type="hidden" name="sacxt" value=""><input type="hidden" name="hideSmsInMfaProofs" value="false">' : ''}
<div data-sim-debug-host="">${debugOpen ? `<!-- ko if: showDebugDetails -->${Core.debugDetails(ctx)}<!-- /ko -->` : '<!-- ko if: showDebugDetails --><!-- /ko -->'}</div>
</div>
</div></div></div></div></div>
<div id="footer" role="contentinfo" class="footer ext-footer" data-bind="component: { name: 'footer-control' }">${footerLinks(s)}</div>
</div>
</div>
<!-- /ko -->
</form>
</div>`.replace('aria-expanded="false"', `aria-expanded="${debugOpen}"`);
}

function reactBody(page, s, viewHtml) {
  return `<body class="msa-body">
<div id="root"><div class="msa-app" data-testid="appContainer">
<main class="msa-card" data-testid="lightbox-container">
<div data-testid="logo"><img class="logo" src="${IMG}microsoft_logo_sim.svg" alt="${esc(s.microsoft)}" style="height:24px"></div>
<form novalidate method="post" action="${esc(page.path)}" autocomplete="off">
<div data-sim-view-host="" data-testid="view">${viewHtml}</div>
</form>
</main>
<footer class="msa-footer" data-testid="footer"><a href="#">${esc(s.ftrTerms)}</a><a href="#">${esc(s.ftrPrivacy)}</a><span role="button" tabindex="0" aria-label="${esc(s.moreOptionsAria)}">…</span></footer>
</div></div>`;
}

function legacyBody(s, viewHtml) {
  return `<body class="legacy-body">
<div class="legacy-app"><div class="msa-card" id="maincontent">
<div><img class="logo" src="${IMG}microsoft_logo_sim.svg" alt="${esc(s.microsoft)}" style="height:24px"></div>
<form name="iProofForm" id="iProofForm" method="post" action="/identity/confirm" novalidate>
<input type="hidden" name="canary" value="SIM-FAKE-CANARY">
<div data-sim-view-host="">${viewHtml}</div>
</form></div>
<div class="msa-footer"><a href="#">${esc(s.ftrTerms)}</a><a href="#">${esc(s.ftrPrivacy)}</a></div></div>`;
}

function simControls(r, sc) {
  const site = PAGES[sc.page].site;
  const groups = {};
  for (const [id, x] of Object.entries(SCENARIOS)) {
    const host = SITE_HOSTS[PAGES[x.page].site];
    groups[host] ??= [];
    groups[host].push(id);
  }
  const options = Object.entries(groups)
    .map(
      ([host, ids]) =>
        `<optgroup label="${esc(host)}">${ids.map((id) => `<option value="${esc(id)}"${id === r.scenario ? ' selected' : ''}>${esc(id)}</option>`).join('')}</optgroup>`,
    )
    .join('');
  const langs = Object.keys(LOCALES)
    .map((l) => `<option value="${l}"${l === r.lang ? ' selected' : ''}>${l}</option>`)
    .join('');
  return `<div id="sim-controls" role="region" aria-label="Sign-in simulator controls" data-sim-site="${esc(site)}">
<span class="sim-banner">Simulator — do not enter real credentials</span>
<button type="button" data-sim-action="approve">phone: approve</button>
<button type="button" data-sim-action="deny">phone: deny</button>
<button type="button" data-sim-action="no-answer">phone: no answer</button>
<button type="button" data-sim-action="send-sms">send SMS</button>
<output id="sim-sms" data-sim-sms-code="" title="123456 is always accepted as a code">no SMS yet</output>
<label>lang <select id="sim-lang" data-sim-action="lang">${langs}</select></label>
<label>scenario <select id="sim-scenario" data-sim-action="scenario">${options}</select></label>
<output id="sim-status" aria-live="polite"></output>
</div>`;
}

export function signedInPage(lang, site, hostParam) {
  const s = STRINGS[lang];
  const loc = LOCALES[lang];
  const again = new URLSearchParams({ lang });
  if (hostParam) again.set('host', hostParam);
  if (site === 'msa') again.set('scenario', 'msa-username');
  else if (site === 'ciam') again.set('scenario', 'ciam-picker');
  else if (site === 'account') again.set('scenario', 'msa-confirm');
  else again.set('scenario', 'flow');
  return `<!DOCTYPE html>
<html dir="ltr" lang="${loc.lang}"><head><meta charset="utf-8"><title>${esc(s.signedInTitle)} (simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${CSS}</style></head>
<body class="cb"><div class="msa-app"><main class="msa-card" id="sim-signed-in">
<img class="logo" src="${IMG}microsoft_logo_sim.svg" alt="" style="height:24px">
<h1 class="msa-title">${esc(s.signedInTitle)}</h1><p class="msa-text">${esc(s.signedInDesc)}</p>
<p><a id="sim-start-again" href="/?${esc(again.toString())}">${esc(s.startAgain)}</a></p>
</main></div>
<div id="sim-controls"><span class="sim-banner">Simulator — do not enter real credentials</span></div>
</body></html>`;
}

/** A plain, unrelated article with roughly 2000 elements (host other.example.org). */
export function otherArticlePage() {
  const parts = [];
  const topics = [
    'Gardening on a balcony',
    'Bread without a mixer',
    'Cycling in the rain',
    'Small-space storage',
    'Tea from three regions',
    'Repairing a bicycle chain',
    'Keeping basil alive',
    'Packing for a weekend',
    'Houseplants in winter',
    'Slow cooking for beginners',
  ];
  for (let i = 0; i < 62; i++) {
    const t = topics[i % topics.length];
    const lis = Array.from(
      { length: 5 },
      (_, j) =>
        `<li><span>Tip ${j + 1}:</span> <a href="#s${i}-${j}">keep notes</a> and <em>adjust</em> as you go.</li>`,
    ).join('');
    parts.push(
      `<section id="s${i}" class="post"><h2>${i + 1}. ${t}</h2>` +
        `<p>People often ask where to <strong>start</strong>. The short answer: with what you already have. <a href="#s${i}">Permalink</a></p>` +
        `<p>This article also mentions phrases like <em>sign in another way</em> and <em>approve sign in request</em> in passing, as ordinary text.</p>` +
        `<ul>${lis}</ul><p><small>Section ${i + 1} of 62.</small></p></section>`,
    );
  }
  return `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Everyday notes: a long article</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto;padding:20px;color:#222}nav a{margin-right:8px}section{border-top:1px solid #ddd}</style></head>
<body><header><h1>Everyday notes</h1><nav>${Array.from({ length: 12 }, (_, i) => `<a href="#s${i * 5}">Part ${i + 1}</a>`).join('')}</nav></header>
<main><article>${parts.join('\n')}</article></main>
<footer><p>Other Example Org — a page unrelated to any sign-in. <a href="#">Top</a></p></footer>
</body></html>`;
}

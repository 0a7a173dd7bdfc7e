// ---------------------------------------------------------------- login.microsoftonline.com, 2026
// What the real page showed us (recovery-and-it.md §8): "Pick an account" (the tiles view), the
// React code view with the 2026 input (#otc-confirmation-input), and a two-step view no rule knows.
SCENARIOS['account-picker'] = S(
  'signin',
  'tiles',
  {},
  'ConvergedSignIn, "Pick an account" (tiles view, #tilesHolder, #otherTile; no #i0116)',
);
SCENARIOS['code-react'] = S(
  'tfa',
  'otcReact',
  { method: 'sms' },
  'ConvergedTFA, React code view with the 2026 input (#otc-confirmation-input) and a viewFooter link',
);
SCENARIOS['unseen-view'] = S(
  'tfa',
  'unseen',
  {},
  'ConvergedTFA, a two-step view no rule knows (new ids, data-viewid 27) with "Sign in another way"',
);

V.tiles = function (c) {
  return entraWrap(
    c,
    { viewid: 12, component: 'tiles-view', banner: false },
    '<div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">' +
      esc(c.s.pickAccount) +
      '</div>' +
      '<div class="row"><div id="tileError" class="alert alert-error" role="alert" style="display: none;"></div>' +
      '<div id="tilesHolder" class="tile-container" role="list" data-bind="foreach: sessions">' +
      '<div class="row tile" role="listitem"><div id="' +
      esc(c.user) +
      '" class="table" role="button" tabindex="0" data-bind="click: $parent.tile_onClick">' +
      '<div class="table-row"><div class="table-cell tile-img">' +
      img('picker_account_aad_sim.svg', 'tile-img') +
      '</div>' +
      '<div class="table-cell text-left content"><div><small>' +
      esc(c.user) +
      '</small></div></div></div></div></div>' +
      '<div class="row tile" role="listitem"><div id="otherTile" class="table" role="button" tabindex="0">' +
      '<div class="table-row"><div class="table-cell tile-img">' +
      img('picker_account_add_sim.svg', 'tile-img') +
      '</div>' +
      '<div class="table-cell text-left content">' +
      esc(c.s.useAnotherAccount) +
      '</div></div></div></div></div></div>',
  );
};
V.otcReact = function (c) {
  return (
    '<div data-viewid="ReactRoot" class="fui-FluentProvider">' +
    '<h1 id="oneTimeCodeTitle" data-testid="title">' +
    esc(c.s.codeTitle) +
    '</h1>' +
    '<div id="oneTimeCodeDescription" data-testid="subtitle">' +
    fmt(c.s.smsDesc, { phone: PHONE }) +
    '</div>' +
    '<div data-testid="codeInputWrapper"><input id="otc-confirmation-input" data-testid="otc-confirmation-input" name="otc" type="tel" maxlength="8" autocomplete="one-time-code"' +
    ' aria-describedby="oneTimeCodeDescription" class="ext-input ext-text-box" placeholder="' +
    esc(c.s.codePlaceholder) +
    '"></div>' +
    '<div data-testid="viewFooter"><a href="#">' +
    esc(c.s.otherWays) +
    '</a></div>' +
    '<button type="submit" data-testid="primaryButton" class="' +
    BTN_PRIMARY +
    '">' +
    esc(c.s.verify) +
    '</button></div>'
  );
};
V.unseen = function (c) {
  return entraWrap(
    c,
    { viewid: 27, component: 'qr-approval-view', banner: true },
    '<div id="idDiv_SAQR_Title" class="row text-title" role="heading" aria-level="1">' +
      esc(c.s.unseenTitle) +
      '</div>' +
      '<div class="row text-body"><div id="idDiv_SAQR_Description" class="text-block-body">' +
      esc(c.s.unseenDesc) +
      '</div></div>' +
      '<div class="row"><div class="col-md-24"><div class="text-13">' +
      '<div id="idDiv_SAOTCS_HavingTrouble" class="form-group"><a href="#" id="signInAnotherWay">' +
      esc(c.s.signInAnotherWay) +
      '</a></div></div></div></div>',
  );
};

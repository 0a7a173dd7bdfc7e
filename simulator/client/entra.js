// ---------------------------------------------------------------- Entra (Knockout UI)
function banner(c, back) {
  var b = back
    ? koIf(
        'isBackButtonVisible',
        '<button type="button" class="backButton" data-bind="click: backButton_onClick" id="idBtn_Back" aria-label="' +
          esc(c.s.back) +
          '">' +
          '<img role="presentation" src="' +
          IMG +
          'arrow_left_sim.svg"></button>',
      )
    : koIf('isBackButtonVisible');
  return (
    '<div class="slide-in-next"><div data-bind="component: { name: \'identity-banner-control\', params: { displayName: sharedData.displayName || svr.sPOST_Username, isBackButtonVisible: isBackButtonVisible() } }">' +
    '<div class="identityBanner">' +
    b +
    '<div id="displayName" class="identity" data-bind="text: unsafe_displayName, attr: { \'title\': unsafe_displayName }" title="' +
    esc(c.user) +
    '">' +
    esc(c.user) +
    '</div>' +
    '</div></div></div>'
  );
}

/** The view host's content: identity banner (optional) + the pagination view holding one view component. */
function entraWrap(c, o, inner) {
  var h =
    '<!-- ko if: showIdentityBanner() && (sharedData.displayName || svr.sPOST_Username) -->' +
    (o.banner ? banner(c, o.back) : '') +
    '<!-- /ko -->';
  h +=
    '<div class="pagination-view animate' +
    (o.banner ? ' has-identity-banner' : '') +
    " slide-in-next\" data-bind=\"css: { 'has-identity-banner': showIdentityBanner() && (sharedData.displayName || svr.sPOST_Username), 'zero-opacity': hidePaginatedView.hideSubView(), 'animate': animate() }\">" +
    '<!-- ko foreach: views --><!-- ko if: $parent.currentViewIndex() === $index() -->' +
    '<!-- ko template: { nodes: [$data], data: $parent } -->' +
    '<div data-viewid="' +
    o.viewid +
    '" data-showidentitybanner="' +
    (o.banner ? 'true' : 'false') +
    '" data-bind="pageViewComponent: { name: \'' +
    o.component +
    '\', params: { serverData: svr, isInitialState: isInitialState } }">' +
    inner +
    '</div><!-- /ko --><!-- /ko --><!-- /ko --></div>';
  return h;
}

function footerButtons(inner) {
  return (
    '<div class="win-button-pin-bottom"><div class="row" data-bind="css: { \'position-buttons\': !tenantBranding.BoilerPlateText }">' +
    '<div data-bind="component: { name: \'footer-buttons-field\' }"><div class="col-xs-24 no-padding-left-right button-container" data-bind="css: { \'no-margin-bottom\': removeBottomMargin }">' +
    inner +
    '</div></div></div></div>'
  );
}

function moreInfo(c) {
  return (
    '<div class="form-group"><a id="moreInfoUrl" href="#" data-bind="text: str[\'CT_STR_More_Info\'], attr: { \'aria-label\': str[\'CT_STR_More_Info_AriaLabel\'] }" aria-label="' +
    esc(c.s.moreInfoAria) +
    '">' +
    esc(c.s.moreInfo) +
    '</a></div>'
  );
}

/** "Sign in another way": removed (ko if false), present, or present inside a display:none container. */
function troubleLink(c, kind) {
  var cond = kind === 'push' ? 'showSwitchProofsLink' : 'isInitialState && showSwitchProofsLink';
  var o = c.opts;
  if (o.link === 'absent' || o.fromPicker) return koIf(cond);
  var hidden = o.link === 'hidden' ? ' style="display: none;"' : '';
  var inner =
    kind === 'push'
      ? '<a href="#" id="signInAnotherWay" aria-describedby="idDiv_SAOTCAS_Title idDiv_SAOTCAS_Description">' +
        esc(c.s.cantUseApp) +
        '</a>'
      : esc(c.s.havingTrouble) + ' <a href="#" id="signInAnotherWay">' + esc(c.s.signInAnotherWay) + '</a>';
  var bind =
    kind === 'push'
      ? "htmlWithBindings: toggleText, childBindings: { 'signInAnotherWay': { click: switchToOtcRequest_onClick, ariaDescribedBy: 'idDiv_SAOTCAS_Title idDiv_SAOTCAS_Description' } }"
      : "htmlWithBindings: str['CT_SAOTCC_STR_Toggle'], childBindings: { 'signInAnotherWay': { click: switchToOtcRequest_onClick } }";
  return koIf(
    cond,
    '<div id="idDiv_SAOTCS_HavingTrouble" class="form-group" data-bind="' +
      bind +
      (o.link === 'hidden' ? ', visible: showSwitchProofsLink' : '') +
      '"' +
      hidden +
      '>' +
      inner +
      '</div>',
  );
}

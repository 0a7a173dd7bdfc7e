// ---------------------------------------------------------------- Entra External ID (ciamlogin.com)
function ciamBanner(c) {
  return (
    '<div class="ciam-banner"><span data-testid="bannerLogoText">' +
    esc(c.s.ciamBanner) +
    '</span></div>' +
    '<div class="msa-identity"><span id="userDisplayName">' +
    esc(c.user) +
    '</span></div>'
  );
}
V.ciamPicker = function (c) {
  return msaView(
    'credentialPicker',
    ciamBanner(c) +
      '<h1 class="msa-title" id="credentialPickerTitle">' +
      esc(c.s.pickerTitle) +
      '</h1>' +
      '<div class="msa-tiles" role="list"><div class="msa-tile" role="button" tabindex="0" data-testid="Email">' +
      img(PROOF_IMG.email, 'msa-tile-img') +
      '<span>' +
      fmt(c.s.tileEmail, { email: EMAIL }) +
      '</span></div></div>' +
      msaButtons(null, c.s.back),
  );
};
V.ciamEmail = function (c) {
  var err = !!c.opts.error;
  return msaView(
    'oneTimeCode',
    ciamBanner(c) +
      '<h1 class="msa-title" id="oneTimeCodeTitle">' +
      esc(c.s.codeTitle) +
      '</h1>' +
      '<p class="msa-text" id="oneTimeCodeDescription">' +
      fmt(c.s.emailDesc, { email: EMAIL }) +
      '</p>' +
      (err ? '<div id="undefinedError" role="alert" class="msa-error">' + esc(c.s.wrongCode) + '</div>' : '') +
      '<input type="tel" id="oneTimeCodeInput" name="otc" maxlength="8" autocomplete="one-time-code" class="msa-input" placeholder="' +
      esc(c.s.codePlaceholder) +
      '" aria-label="' +
      esc(c.s.codePlaceholder) +
      '" aria-describedby="oneTimeCodeTitle oneTimeCodeDescription">' +
      msaFooter([['other', c.s.otherWays]]) +
      msaButtons(c.s.verify),
  );
};

// ---------------------------------------------------------------- MSA (React UI, data-testid)
function msaTitle(id, text) {
  return '<h1 class="msa-title" data-testid="title" id="' + id + '">' + esc(text) + '</h1>';
}
function msaBanner(c) {
  return (
    '<div class="msa-identity" data-testid="identityBanner"><span id="userDisplayName" data-testid="userDisplayName">' +
    esc(c.user) +
    '</span></div>'
  );
}
function msaButtons(primary, secondary) {
  return (
    '<div class="msa-buttons" data-testid="buttons">' +
    (secondary
      ? '<button type="button" class="msa-btn secondary" data-testid="secondaryButton">' + esc(secondary) + '</button>'
      : '') +
    (primary
      ? '<button type="submit" class="msa-btn primary" data-testid="primaryButton">' + esc(primary) + '</button>'
      : '') +
    '</div>'
  );
}
function msaFooter(items) {
  return (
    '<div class="msa-view-footer" data-testid="viewFooter">' +
    items
      .map(function (it) {
        return (
          '<div><span role="button" tabindex="0" class="msa-link" data-sim-footer="' +
          it[0] +
          '">' +
          esc(it[1]) +
          '</span></div>'
        );
      })
      .join('') +
    '</div>'
  );
}
function msaView(name, inner) {
  return '<div class="msa-view" data-testid="' + name + '">' + inner + '</div>';
}

V.msaUsername = function (c) {
  return msaView(
    'usernameView',
    msaTitle('usernameTitle', c.s.signIn) +
      '<div role="alert" aria-live="assertive">' +
      (c.opts.usernameError ? '<div class="msa-error" id="usernameError">' + esc(c.s.usernameError) + '</div>' : '') +
      '</div>' +
      '<input type="email" id="usernameEntry" name="loginfmt" class="msa-input" autocomplete="username" aria-label="' +
      esc(c.s.usernameAria) +
      '" placeholder="' +
      esc(c.s.usernamePlaceholder) +
      '" value="' +
      esc(c.typed || '') +
      '">' +
      '<p class="msa-text">' +
      esc(c.s.noAccount) +
      ' <span role="button" tabindex="0" class="msa-link">' +
      esc(c.s.createOne) +
      '</span></p>' +
      msaButtons(c.s.next),
  );
};
V.msaPassword = function (c) {
  return msaView(
    'passwordView',
    msaBanner(c) +
      msaTitle('passwordTitle', c.s.msaPasswordTitle) +
      '<div role="alert" aria-live="assertive">' +
      (c.opts.passwordError ? '<div class="msa-error">' + esc(c.s.passwordError) + '</div>' : '') +
      '</div>' +
      '<input type="password" id="passwordEntry" name="passwd" data-testid="passwordEntry" class="msa-input" autocomplete="current-password" placeholder="' +
      esc(c.s.passwordPlaceholder) +
      '" aria-label="' +
      esc(c.s.passwordPlaceholder) +
      '">' +
      msaFooter([
        ['forgot', c.s.forgotPassword],
        ['other', c.s.otherWays],
      ]) +
      msaButtons(c.s.signIn),
  );
};
V.msaPush = function (c) {
  return msaView(
    'pushNotificationsView',
    msaBanner(c) +
      msaTitle('pushNotificationsTitle', c.s.pushTitle) +
      '<div role="alert" aria-live="assertive">' +
      (c.opts.denied ? '<div class="msa-error">' + esc(c.s.msaDenied) + '</div>' : '') +
      '</div>' +
      '<div class="msa-display-sign" data-testid="displaySign">' +
      esc(c.number) +
      '</div>' +
      '<p class="msa-text" data-testid="subtitle" id="pushNotificationsDescription">' +
      esc(c.s.msaPushDesc) +
      '</p>' +
      msaFooter([
        ['other', c.s.otherWays],
        ['password', c.s.useYourPassword],
      ]),
  );
};
V.msaCode = function (c) {
  var err = !!c.opts.error;
  return msaView(
    'codeEntry',
    msaBanner(c) +
      msaTitle('oneTimeCodeTitle', c.s.codeTitle) +
      '<p class="msa-text" data-testid="subtitle" id="oneTimeCodeDescription">' +
      esc(c.s.msaCodeDesc) +
      '</p>' +
      '<div role="alert" aria-live="assertive">' +
      (err ? '<div class="msa-error" id="oneTimeCodeError">' + esc(c.s.wrongCode) + '</div>' : '') +
      '</div>' +
      '<div data-testid="codeInputWrapper"><input type="tel" id="idTxtBx_OTC_Password" data-testid="idTxtBx_OTC_Password" name="otc" maxlength="10" autocomplete="one-time-code" class="msa-input' +
      (err ? ' msa-has-error' : '') +
      '" placeholder="' +
      esc(c.s.msaCodePlaceholder) +
      '" aria-label="' +
      esc(c.s.msaCodeAria) +
      '" aria-describedby="oneTimeCodeTitle oneTimeCodeDescription"' +
      (err ? ' aria-invalid="true"' : '') +
      '></div>' +
      msaFooter([['other', c.s.otherWays]]) +
      msaButtons(c.s.verify),
  );
};
V.msaPicker = function (c) {
  function tile(value, icon, html) {
    return (
      '<div class="msa-tile" role="button" tabindex="0" data-testid="tile" data-value="' +
      value +
      '">' +
      img(icon, 'msa-tile-img') +
      '<span>' +
      html +
      '</span></div>'
    );
  }
  return msaView(
    'proofsView',
    msaBanner(c) +
      msaTitle('proofsTitle', c.s.pickerTitle) +
      '<div class="msa-tiles" role="list">' +
      tile('PhoneAppNotification', PROOF_IMG.push, esc(c.s.tilePush)) +
      tile('PhoneAppOTP', PROOF_IMG.totp, esc(c.s.tileTotp)) +
      tile('3:sim-phone', PROOF_IMG.sms, fmt(c.s.tileSms, { phone: '••89' })) +
      tile('1:sim-email', PROOF_IMG.email, fmt(c.s.tileEmail, { email: 'a***@outlook.com' })) +
      tile('Password', 'picker_password_sim.svg', esc(c.s.useYourPassword)) +
      '</div>' +
      msaButtons(null, c.s.back),
  );
};
V.msaKmsi = function (c) {
  return msaView(
    'kmsiView',
    msaBanner(c) +
      '<div class="msa-video" data-testid="kmsiVideo" aria-hidden="true"></div>' +
      msaTitle('kmsiTitle', c.s.kmsiTitle) +
      '<p class="msa-text" data-testid="subtitle">' +
      esc(c.s.kmsiDesc) +
      '</p>' +
      '<label class="msa-check"><input type="checkbox" name="KMSI" id="kmsiCheckbox"> ' +
      esc(c.s.kmsiDontShow) +
      '</label>' +
      msaButtons(c.s.yes, c.s.no),
  );
};

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detectSignInState } from '../detect';
import { parseDetection } from '../messages';

const URL_E = 'https://login.microsoftonline.com/common/login';
const parse = (body: string, head = '') =>
  new DOMParser().parseFromString(`<html lang="en"><head>${head}</head><body>${body}</body></html>`, 'text/html');
const config = (obj: object) => `<script>//<![CDATA[\n$Config=${JSON.stringify(obj)};\n//]]></script>`;
const proof = (id: string) => ({ authMethodId: id, data: id, display: '+XX XXX XXXX X89', isDefault: false });

describe('Temporary Access Pass screen', () => {
  const tap = (value = '') =>
    parse(
      `<div id="lightbox"><form name="f1"><input type="email" name="loginfmt" class="moveOffScreen" value="a@b.example">` +
        `<div id="loginHeader" role="heading">Enter Temporary Access Pass</div>` +
        `<input name="accesspass" type="password" id="accesspass" value="${value}"></form></div>`,
      '<meta name="PageID" content="ConvergedSignIn">',
    );
  it('is detected from input[name=accesspass] (not by its English title)', () => {
    expect(detectSignInState(tap(), URL_E).state).toBe('enter-temporary-access-pass');
    const other = tap().documentElement.outerHTML.replace(
      'Enter Temporary Access Pass',
      'Temporären Zugriffspass eingeben',
    );
    expect(detectSignInState(new DOMParser().parseFromString(other, 'text/html'), URL_E).state).toBe(
      'enter-temporary-access-pass',
    );
  });
  it('never reads the pass', () => {
    const d = detectSignInState(tap('TAP-S3cret-zz'), URL_E);
    expect(JSON.stringify(d)).not.toContain('TAP-S3cret-zz');
  });
  it('a hidden pass box is not the pass screen', () => {
    const doc = tap();
    doc.getElementById('accesspass')!.setAttribute('hidden', '');
    expect(detectSignInState(doc, URL_E).state).not.toBe('enter-temporary-access-pass');
  });
});

describe('method counts for the backup-method reminder', () => {
  const picker = (values: string[]) =>
    parse(
      `<div id="lightbox"><div id="idDiv_SAOTCS_Title">Verify your identity</div><div id="idDiv_SAOTCS_Proofs">` +
        values.map((v) => `<div class="tile" role="button" data-value="${v}">${v}</div>`).join('') +
        `</div></div>`,
      '<meta name="PageID" content="ConvergedTFA">' + config({ arrUserProofs: values.map(proof) }),
    );
  it('counts picker tiles and proofs, and never a TAP tile as a method', () => {
    const one = detectSignInState(picker(['OneWaySMS']), URL_E);
    expect(one).toMatchObject({ state: 'verify-identity-method-picker', pickerTiles: 1, proofCount: 1 });
    expect(one.accessPassOffered).toBeUndefined();
    const tapToo = detectSignInState(picker(['OneWaySMS', 'AccessPass']), URL_E);
    expect(tapToo).toMatchObject({ pickerTiles: 1, proofCount: 1, accessPassOffered: true });
    expect(detectSignInState(picker(['OneWaySMS', 'PhoneAppNotification', 'PhoneAppOTP']), URL_E)).toMatchObject({
      pickerTiles: 3,
      proofCount: 3,
    });
  });
  it('keeps only the count of arrUserProofs: no masked number, no id', () => {
    const d = detectSignInState(picker(['TwoWayVoiceMobile']), URL_E);
    expect(JSON.stringify(d)).not.toContain('X89');
  });
  it('a proof-up interrupt with a deadline says so', () => {
    const doc = parse(
      '<div id="lightbox"><div id="ProofUpDescription">More information required</div><input type="submit" id="idSubmit_ProofUp_Redirect"></div>',
      '<meta name="PageID" content="ConvergedProofUpRedirect">' +
        config({ pgid: 'ConvergedProofUpRedirect', iRemainingDaysToSkipMfaRegistration: 14 }),
    );
    expect(detectSignInState(doc, URL_E)).toMatchObject({ state: 'proof-up-required', proofUpDeadline: true });
  });
  it('parseDetection keeps valid counts and booleans, drops anything else', () => {
    const base = {
      state: 'verify-identity-method-picker',
      signInAnotherWay: false,
      lang: 'en',
      host: 'login.microsoftonline.com',
      account: 'work',
    };
    expect(
      parseDetection({ ...base, pickerTiles: 2, proofCount: 1, accessPassOffered: true, proofUpDeadline: false }),
    ).toMatchObject({
      pickerTiles: 2,
      proofCount: 1,
      accessPassOffered: true,
      proofUpDeadline: false,
    });
    const bad = parseDetection({
      ...base,
      pickerTiles: 2.5,
      proofCount: -1,
      accessPassOffered: 'yes',
      proofUpDeadline: 1,
    })!;
    expect(bad).not.toHaveProperty('pickerTiles');
    expect(bad).not.toHaveProperty('proofCount');
    expect(bad).not.toHaveProperty('accessPassOffered');
    expect(bad).not.toHaveProperty('proofUpDeadline');
    expect(parseDetection({ ...base, state: 'enter-temporary-access-pass' })?.state).toBe(
      'enter-temporary-access-pass',
    );
  });
});

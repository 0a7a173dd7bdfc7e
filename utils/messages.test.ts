/**
 * Runtime message validation: everything the background acts on goes through parseMessage /
 * parseDetection and one of the two sender predicates. These tests feed them hostile input.
 */
import { describe, expect, it } from 'vitest';
import {
  DETECTION_MESSAGE,
  HIGHLIGHT_MESSAGE,
  HIGHLIGHT_REQUEST_MESSAGE,
  PANEL_CONTEXT_MESSAGE,
  PANEL_DISMISSED_MESSAGE,
  CHIP_CONTEXT_MESSAGE,
  PANEL_OPEN_MESSAGE,
  isExtensionPageSender,
  isSignInContentSender,
  parseDetection,
  parseMessage,
  type SenderLike,
} from './messages';
import { AUTH_METHODS, SIGN_IN_STATES } from './detection-types';
import { SIGN_IN_HOSTS } from './hosts';

const OWN_ID = 'lihigefdakbadmkepoigpdhfgkhjomcc';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const OTHER_ID = 'abcdefghijklmnopabcdefghijklmnop';

const validDetection = () => ({
  state: 'approve-push',
  signInAnotherWay: true,
  lang: 'nl',
  host: 'login.microsoftonline.com',
  account: 'work',
});

const fullDetection = () => ({
  ...validDetection(),
  pageId: 'ConvergedTFA',
  method: 'sms',
  maskedHint: '+XX XXXXXXX89',
  numberMatchShown: false,
  offeredMethods: ['push', 'sms', 'voice'],
  errorCode: 'AADSTS50076',
  requestId: '0f4a2d5c-1b2c-4d5e-8f90-a1b2c3d4e5f6',
  correlationId: 'AAAAAAAA-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  timestamp: '2026-01-02T03:04:05Z',
});

const detectionMessage = (detection: unknown = validDetection(), extra: Record<string, unknown> = {}) => ({
  type: DETECTION_MESSAGE,
  detection,
  inPageUi: null,
  ...extra,
});

describe('parseMessage: shape', () => {
  it('accepts the four known message types in their exact shape', () => {
    expect(parseMessage(detectionMessage())).toEqual({
      type: DETECTION_MESSAGE,
      detection: validDetection(),
      inPageUi: null,
    });
    expect(parseMessage({ type: PANEL_CONTEXT_MESSAGE })).toEqual({ type: PANEL_CONTEXT_MESSAGE });
    expect(parseMessage({ type: PANEL_DISMISSED_MESSAGE })).toEqual({ type: PANEL_DISMISSED_MESSAGE });
    expect(parseMessage({ type: CHIP_CONTEXT_MESSAGE, x: 1 })).toEqual({ type: CHIP_CONTEXT_MESSAGE });
    expect(parseMessage({ type: PANEL_OPEN_MESSAGE, tabId: 3 })).toEqual({ type: PANEL_OPEN_MESSAGE });
    expect(parseMessage({ type: HIGHLIGHT_REQUEST_MESSAGE, tabId: 7 })).toEqual({
      type: HIGHLIGHT_REQUEST_MESSAGE,
      tabId: 7,
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', DETECTION_MESSAGE],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [DETECTION_MESSAGE, validDetection()]],
    ['an empty object', {}],
    ['no type', { detection: validDetection() }],
    ['unknown type', { type: 'second-step/anything-else' }],
    ['type with other case', { type: 'Second-Step/Detection', detection: validDetection() }],
    ['type with trailing space', { type: `${DETECTION_MESSAGE} `, detection: validDetection() }],
    ['type as an array', { type: [DETECTION_MESSAGE], detection: validDetection() }],
    ['type as a String object', { type: new String(DETECTION_MESSAGE), detection: validDetection() }],
    // The background only sends this one to the panel; nobody may send it to the background.
    ['the background-to-panel message', { type: HIGHLIGHT_MESSAGE }],
  ])('drops %s', (_label, message) => {
    expect(parseMessage(message)).toBeNull();
  });

  it('drops a detection message without a valid detection', () => {
    expect(parseMessage({ type: DETECTION_MESSAGE })).toBeNull();
    expect(parseMessage(detectionMessage(null))).toBeNull();
    expect(parseMessage(detectionMessage('approve-push'))).toBeNull();
    expect(parseMessage(detectionMessage([validDetection()]))).toBeNull();
  });

  it('extra fields never pass through, at message or detection level', () => {
    const parsed = parseMessage(
      detectionMessage(
        { ...validDetection(), password: 'Pa55-SECRET-word', sFT: 'SIM-FAKE-FLOW-TOKEN', __proto__x: 1 },
        { cookie: 'x=1', tabId: 3, inPageUi: 'panel' },
      ),
    );
    expect(parsed).not.toBeNull();
    expect(Object.keys(parsed!).sort()).toEqual(['detection', 'inPageUi', 'type']);
    expect(Object.keys((parsed as { detection: object }).detection).sort()).toEqual([
      'account',
      'host',
      'lang',
      'signInAnotherWay',
      'state',
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/SECRET|SIM-FAKE|cookie/);
    expect(parseMessage({ type: PANEL_CONTEXT_MESSAGE, tabId: 99, evil: true })).toEqual({
      type: PANEL_CONTEXT_MESSAGE,
    });
  });

  it("inPageUi is 'chip' or 'panel' only for exactly those strings, else null", () => {
    const inPageUiOf = (v: unknown) =>
      (parseMessage(detectionMessage(validDetection(), { inPageUi: v })) as { inPageUi: unknown }).inPageUi;
    for (const v of ['true', 1, {}, [true], null, true, 'Chip', 'panel ', undefined]) expect(inPageUiOf(v)).toBeNull();
    expect(inPageUiOf('chip')).toBe('chip');
    expect(inPageUiOf('panel')).toBe('panel');
    // The old boolean (panelLoaded) is not read any more.
    expect(inPageUiOf(undefined)).toBeNull();
    expect(parseMessage({ ...detectionMessage(), inPageUi: undefined, panelLoaded: true })).toMatchObject({
      inPageUi: null,
    });
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['a string', '7'],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['missing', undefined],
    ['null', null],
    ['an object', { valueOf: (): number => 7 }],
  ])('drops a highlight request whose tabId is %s', (_label, tabId) => {
    expect(parseMessage({ type: HIGHLIGHT_REQUEST_MESSAGE, tabId })).toBeNull();
  });
});

describe('parseDetection: required fields', () => {
  it('accepts every known state and rejects anything else', () => {
    for (const state of SIGN_IN_STATES) expect(parseDetection({ ...validDetection(), state })?.state).toBe(state);
    for (const state of ['', 'APPROVE-PUSH', 'approve-push ', 'toString', '__proto__', 1, null, ['approve-push']]) {
      expect(parseDetection({ ...validDetection(), state })).toBeNull();
    }
  });

  it('signInAnotherWay must be a boolean', () => {
    for (const v of ['true', 1, 0, null, undefined, {}]) {
      expect(parseDetection({ ...validDetection(), signInAnotherWay: v })).toBeNull();
    }
  });

  it('host and lang must be short strings without control characters', () => {
    expect(parseDetection({ ...validDetection(), host: 42 })).toBeNull();
    expect(parseDetection({ ...validDetection(), host: undefined })).toBeNull();
    expect(parseDetection({ ...validDetection(), host: 'a'.repeat(254) })).toBeNull();
    expect(parseDetection({ ...validDetection(), host: 'login.microsoftonline.com\nX-Evil: 1' })).toBeNull();
    expect(parseDetection({ ...validDetection(), host: 'login.microsoftonline.com\u0000' })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: 'n'.repeat(36) })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: 'nl"><script>' })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: 'nl_NL' })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: ['nl'] })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: '' })?.lang).toBe('');
    expect(parseDetection({ ...validDetection(), lang: 'pt-BR' })?.lang).toBe('pt-BR');
  });

  it('an unknown account kind becomes "unknown"', () => {
    expect(parseDetection({ ...validDetection(), account: 'admin' })?.account).toBe('unknown');
    expect(parseDetection({ ...validDetection(), account: undefined })?.account).toBe('unknown');
    expect(parseDetection({ ...validDetection(), account: 'personal' })?.account).toBe('personal');
  });
});

describe('parseDetection: optional fields', () => {
  it('keeps well-formed optional fields unchanged', () => {
    expect(parseDetection(fullDetection())).toEqual(fullDetection());
  });

  it('drops wrong-typed or malformed optional fields and keeps the rest', () => {
    const d = parseDetection({
      ...validDetection(),
      pageId: 'Converged TFA<script>',
      method: 'carrier-pigeon',
      maskedHint: 12345,
      numberMatchShown: 'yes',
      offeredMethods: 'push',
      errorCode: 'AADSTS50076; DROP TABLE',
      requestId: 'not-a-guid',
      correlationId: '0f4a2d5c-1b2c-4d5e-8f90-a1b2c3d4e5f6-extra',
      timestamp: '2026-01-02<img src=x>',
    });
    expect(d).toEqual(validDetection());
  });

  it('filters offered methods to known ones and refuses long lists', () => {
    expect(
      parseDetection({ ...validDetection(), offeredMethods: ['push', 'evil', 3, null, 'fido'] })?.offeredMethods,
    ).toEqual(['push', 'fido']);
    expect(
      parseDetection({ ...validDetection(), offeredMethods: Array(21).fill('push') })?.offeredMethods,
    ).toBeUndefined();
    expect(parseDetection({ ...validDetection(), offeredMethods: [...AUTH_METHODS] })?.offeredMethods).toEqual([
      ...AUTH_METHODS,
    ]);
  });

  it('oversized values never pass through (field dropped, or whole detection refused for required fields)', () => {
    const huge = 'x'.repeat(100_000);
    const d = parseDetection({
      ...validDetection(),
      pageId: huge,
      maskedHint: huge,
      errorCode: huge,
      timestamp: huge,
      offeredMethods: Array(100_000).fill('push'),
    });
    expect(d).toEqual(validDetection());
    expect(JSON.stringify(d).length).toBeLessThan(300);
    expect(parseDetection({ ...validDetection(), host: huge })).toBeNull();
    expect(parseDetection({ ...validDetection(), lang: huge })).toBeNull();
    // Every string field of the largest accepted detection stays bounded.
    const biggest = parseDetection({
      ...fullDetection(),
      host: 'h'.repeat(253),
      lang: 'abcdefgh-' + '12345678-'.repeat(2) + 'abcdefgh',
      pageId: 'p'.repeat(64),
      maskedHint: 'm'.repeat(80),
      errorCode: 'e'.repeat(32),
      offeredMethods: Array(20).fill('push'),
    });
    expect(biggest).not.toBeNull();
    expect(JSON.stringify(biggest).length).toBeLessThan(1200);
  });

  it('a masked hint with control characters (header injection into the helpdesk text) is dropped', () => {
    expect(
      parseDetection({ ...validDetection(), maskedHint: '+XX 89\r\nBcc: x@evil.example' })?.maskedHint,
    ).toBeUndefined();
  });

  it('never reads getters-laden or exotic inputs as objects', () => {
    expect(parseDetection(null)).toBeNull();
    expect(parseDetection([validDetection()])).toBeNull();
    expect(parseDetection('approve-push')).toBeNull();
    expect(parseDetection(42)).toBeNull();
  });
});

describe('isSignInContentSender', () => {
  const sender = (over: Partial<SenderLike> = {}): SenderLike => ({
    id: OWN_ID,
    url: 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x',
    tab: { id: 12 },
    frameId: 0,
    ...over,
  });

  it('accepts our content script in the top frame of every allowlisted host', () => {
    expect(isSignInContentSender(sender(), OWN_ID)).toBe(true);
    for (const host of [...SIGN_IN_HOSTS, 'contoso.ciamlogin.com', 'LOGIN.MICROSOFTONLINE.COM']) {
      expect(isSignInContentSender(sender({ url: `https://${host}/x` }), OWN_ID)).toBe(true);
    }
  });

  it('rejects other extensions and missing ids', () => {
    expect(isSignInContentSender(sender({ id: OTHER_ID }), OWN_ID)).toBe(false);
    expect(isSignInContentSender(sender({ id: undefined }), OWN_ID)).toBe(false);
    // If the own id were ever missing (undefined/empty), an id-less sender must not match it.
    expect(isSignInContentSender(sender({ id: '' }), '')).toBe(false);
    expect(isSignInContentSender(sender({ id: undefined }), undefined as unknown as string)).toBe(false);
    expect(isExtensionPageSender({ url: 'x' }, undefined as unknown as string, 'x')).toBe(false);
    expect(isExtensionPageSender({ id: '', url: 'https://evil.example/' }, '', '')).toBe(false);
  });

  it('rejects sub-frames and senders without a tab', () => {
    expect(isSignInContentSender(sender({ frameId: 1 }), OWN_ID)).toBe(false);
    expect(isSignInContentSender(sender({ frameId: undefined }), OWN_ID)).toBe(false);
    expect(isSignInContentSender(sender({ tab: undefined }), OWN_ID)).toBe(false);
    expect(isSignInContentSender(sender({ tab: {} }), OWN_ID)).toBe(false);
  });

  it.each([
    'https://login.microsoftonline.com.evil.example/',
    'https://evil.example/login.microsoftonline.com/',
    'https://login.microsoftonline.com@evil.example/',
    'https://login-microsoftonline.com/',
    'https://login.microsoftonIine.com/',
    'https://xn--login-microsoftonline-lpb.com/',
    'https://login.microsoftonline.co/',
    'https://sub.login.microsoftonline.com/',
    'https://evilciamlogin.com/',
    'https://ciamlogin.com/',
    'https://other.example.org/?host=login.microsoftonline.com',
    'http://login.microsoftonline.com/',
    'file:///login.microsoftonline.com/',
    'data:text/html,login.microsoftonline.com',
    'blob:https://login.microsoftonline.com/0f4a2d5c-1b2c-4d5e-8f90-a1b2c3d4e5f6',
    'about:blank',
    `chrome-extension://${OWN_ID}/popup.html`,
    'not a url',
    '',
  ])('rejects a sender on %s', (url) => {
    expect(isSignInContentSender(sender({ url }), OWN_ID)).toBe(false);
  });

  it('rejects a sender without a url', () => {
    expect(isSignInContentSender(sender({ url: undefined }), OWN_ID)).toBe(false);
  });
});

describe('isExtensionPageSender', () => {
  it('accepts our own popup and options pages (also opened in a tab)', () => {
    expect(isExtensionPageSender({ id: OWN_ID, url: `${OWN_ORIGIN}popup.html?tab=3` }, OWN_ID, OWN_ORIGIN)).toBe(true);
    expect(
      isExtensionPageSender(
        { id: OWN_ID, url: `${OWN_ORIGIN}options.html`, tab: { id: 4 }, frameId: 0 },
        OWN_ID,
        OWN_ORIGIN,
      ),
    ).toBe(true);
  });

  it.each([
    [
      'our content script on a sign-in page',
      { id: OWN_ID, url: 'https://login.microsoftonline.com/', tab: { id: 1 }, frameId: 0 },
    ],
    ['another extension page', { id: OTHER_ID, url: `chrome-extension://${OTHER_ID}/popup.html` }],
    ['another extension claiming our url', { id: OTHER_ID, url: `${OWN_ORIGIN}popup.html` }],
    ['our id with a lookalike origin', { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/popup.html` }],
    ['our id with a longer id', { id: OWN_ID, url: `chrome-extension://${OWN_ID}x/popup.html` }],
    ['a web page whose path contains our origin', { id: OWN_ID, url: `https://evil.example/${OWN_ORIGIN}` }],
    ['no url', { id: OWN_ID }],
    ['no id', { url: `${OWN_ORIGIN}popup.html` }],
  ])('rejects %s', (_label, s) => {
    expect(isExtensionPageSender(s as SenderLike, OWN_ID, OWN_ORIGIN)).toBe(false);
  });
});

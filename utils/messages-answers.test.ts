/**
 * The answers the page scripts receive (utils/messages.ts): the chip and the panel render only
 * what these parsers let through; anything malformed means nothing is shown.
 */
import { describe, expect, it } from 'vitest';
import {
  CHIP_CONTEXT_MESSAGE,
  DETECTION_MESSAGE,
  HIGHLIGHT_REQUEST_MESSAGE,
  PANEL_DISMISSED_MESSAGE,
  parseChipContext,
  parseDetectionAnswer,
  parseMessage,
  parsePanelContext,
  request,
} from './messages';

const record = { detection: { state: 'approve-push' }, stats: { codeScreens: 0 }, updatedAt: 1 };
const chip = {
  show: true,
  lang: 'nl',
  label: 'Hulp',
  product: 'Second Step',
  showHelp: 'Toon hulp',
  close: 'Sluiten',
  headline: 'Keur goed',
};
const panel = {
  record,
  config: { showInPagePanel: true },
  lang: 'de',
  bundle: { ui: {} },
  requestLang: 'en',
  requestBundle: { request: {} },
  dismissed: false,
};

describe('parseDetectionAnswer', () => {
  it('keeps the record, the dismissed flag and a headline when there is one', () => {
    expect(parseDetectionAnswer({ record, dismissed: true, headline: 'Approve' })).toEqual({
      record,
      dismissed: true,
      headline: 'Approve',
    });
    expect(parseDetectionAnswer({ record, dismissed: false })).toEqual({ record, dismissed: false });
  });
  it('dismissed is true only for the boolean true; a bad headline is left out', () => {
    expect(parseDetectionAnswer({ record, dismissed: 'yes' })?.dismissed).toBe(false);
    expect(parseDetectionAnswer({ record, headline: 'x'.repeat(301) })).toEqual({ record, dismissed: false });
    expect(parseDetectionAnswer({ record, headline: 7 })).toEqual({ record, dismissed: false });
  });
  it.each([
    null,
    undefined,
    'record',
    [record],
    {},
    { record: null },
    { record: { detection: {} } },
    { record: { detection: 'x', stats: {} } },
  ])('rejects %j', (value) => expect(parseDetectionAnswer(value)).toBeNull());
});

describe('parseChipContext', () => {
  it('accepts the background’s answer as it is', () => expect(parseChipContext(chip)).toEqual(chip));
  it.each(['show', 'lang', 'label', 'product', 'showHelp', 'close', 'headline'])(
    'rejects an answer without a valid %s',
    (key) => {
      expect(parseChipContext({ ...chip, [key]: undefined })).toBeNull();
      expect(parseChipContext({ ...chip, [key]: key === 'show' ? 'true' : 'x'.repeat(301) })).toBeNull();
    },
  );
  it.each([null, 'chip', [chip], 42])('rejects %j', (value) => expect(parseChipContext(value)).toBeNull());
});

describe('parsePanelContext', () => {
  it('accepts the background’s answer, with or without a record', () => {
    expect(parsePanelContext(panel)).toEqual(panel);
    expect(parsePanelContext({ ...panel, record: null })).toEqual({ ...panel, record: null });
  });
  it.each([
    ['no config', { ...panel, config: undefined }],
    ['a config without showInPagePanel', { ...panel, config: {} }],
    ['a malformed record', { ...panel, record: { detection: null, stats: {} } }],
    ['no language', { ...panel, lang: 3 }],
    ['no request language', { ...panel, requestLang: null }],
    ['a bundle that is not an object', { ...panel, bundle: 'ui' }],
    ['a request bundle that is a list', { ...panel, requestBundle: [] }],
    ['dismissed as a string', { ...panel, dismissed: 'false' }],
  ])('rejects %s', (_label, value) => expect(parsePanelContext(value)).toBeNull());
  it.each([null, undefined, 'context', [panel]])('rejects %j', (value) => expect(parsePanelContext(value)).toBeNull());
});

describe('request', () => {
  it('builds each request in the exact shape parseMessage accepts', () => {
    const detection = {
      state: 'approve-push',
      signInAnotherWay: true,
      lang: 'nl',
      host: 'login.microsoftonline.com',
      account: 'work',
    } as const;
    for (const message of [
      request(DETECTION_MESSAGE, { detection, inPageUi: 'chip' }),
      request(CHIP_CONTEXT_MESSAGE),
      request(PANEL_DISMISSED_MESSAGE),
      request(HIGHLIGHT_REQUEST_MESSAGE, { tabId: 4 }),
    ]) {
      expect(parseMessage(message)).toEqual(message);
    }
  });
});

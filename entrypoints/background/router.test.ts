/**
 * The background's router: every message is parsed, its sender checked against what its handler
 * allows, and only then handed to exactly that handler (with the sender's tab for page messages).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  CHIP_CONTEXT_MESSAGE,
  DETECTION_MESSAGE,
  HIGHLIGHT_REQUEST_MESSAGE,
  PANEL_CONTEXT_MESSAGE,
  PANEL_DISMISSED_MESSAGE,
  PANEL_OPEN_MESSAGE,
} from '@/utils/messages';
import type { HandlerMap } from './handlers';
import { routeMessage } from './router';

const own = { id: 'lihigefdakbadmkepoigpdhfgkhjomcc', origin: 'chrome-extension://lihigefdakbadmkepoigpdhfgkhjomcc/' };
const pageSender = { id: own.id, url: 'https://login.microsoftonline.com/common/login', tab: { id: 7 }, frameId: 0 };
const popupSender = { id: own.id, url: `${own.origin}popup.html?tab=7` };
const detection = {
  state: 'approve-push',
  signInAnotherWay: true,
  lang: 'nl',
  host: 'login.microsoftonline.com',
  account: 'work',
};

function fakeHandlers() {
  const page = (name: string) => ({
    from: 'sign-in-page' as const,
    handle: vi.fn(async (_m: unknown, tabId: number) => `${name}:${tabId}`),
  });
  return {
    [DETECTION_MESSAGE]: page('detection'),
    [CHIP_CONTEXT_MESSAGE]: page('chip'),
    [PANEL_CONTEXT_MESSAGE]: page('panel'),
    [PANEL_OPEN_MESSAGE]: page('open'),
    [PANEL_DISMISSED_MESSAGE]: page('dismissed'),
    [HIGHLIGHT_REQUEST_MESSAGE]: {
      from: 'extension-page' as const,
      handle: vi.fn(async (m: { tabId: number }) => `highlight:${m.tabId}`),
    },
  };
}

describe('routeMessage', () => {
  it.each([
    [{ type: DETECTION_MESSAGE, detection, inPageUi: 'chip' }, 'detection:7'],
    [{ type: CHIP_CONTEXT_MESSAGE }, 'chip:7'],
    [{ type: PANEL_CONTEXT_MESSAGE }, 'panel:7'],
    [{ type: PANEL_OPEN_MESSAGE }, 'open:7'],
    [{ type: PANEL_DISMISSED_MESSAGE }, 'dismissed:7'],
  ])('hands %j from a sign-in page to its handler, with the sender’s tab', async (message, answer) => {
    const handlers = fakeHandlers();
    expect(await routeMessage(message, pageSender, own, handlers as unknown as HandlerMap)).toBe(answer);
    const called = Object.values(handlers).filter((h) => h.handle.mock.calls.length > 0);
    expect(called).toHaveLength(1);
    // The handler gets the parsed message, never the raw one.
    expect(called[0]!.handle.mock.calls[0]![0]).toEqual(message);
  });

  it('hands the popup’s highlight request to its handler', async () => {
    const handlers = fakeHandlers();
    expect(
      await routeMessage(
        { type: HIGHLIGHT_REQUEST_MESSAGE, tabId: 3 },
        popupSender,
        own,
        handlers as unknown as HandlerMap,
      ),
    ).toBe('highlight:3');
  });

  it('drops page messages from an extension page, and the popup’s request from a page', () => {
    const handlers = fakeHandlers();
    expect(
      routeMessage({ type: PANEL_CONTEXT_MESSAGE }, popupSender, own, handlers as unknown as HandlerMap),
    ).toBeUndefined();
    expect(
      routeMessage({ type: HIGHLIGHT_REQUEST_MESSAGE, tabId: 3 }, pageSender, own, handlers as unknown as HandlerMap),
    ).toBeUndefined();
    expect(
      routeMessage(
        { type: CHIP_CONTEXT_MESSAGE },
        { ...pageSender, frameId: 2 },
        own,
        handlers as unknown as HandlerMap,
      ),
    ).toBeUndefined();
    expect(
      routeMessage(
        { type: CHIP_CONTEXT_MESSAGE },
        { ...pageSender, id: 'other' },
        own,
        handlers as unknown as HandlerMap,
      ),
    ).toBeUndefined();
    for (const h of Object.values(handlers)) expect(h.handle).not.toHaveBeenCalled();
  });

  it.each([
    null,
    'second-step/chip-context',
    { type: 'second-step/unknown' },
    { type: DETECTION_MESSAGE, detection: {} },
    { type: 'second-step/highlight-other-way' },
  ])('drops %j', (raw) => {
    const handlers = fakeHandlers();
    expect(routeMessage(raw, pageSender, own, handlers as unknown as HandlerMap)).toBeUndefined();
    for (const h of Object.values(handlers)) expect(h.handle).not.toHaveBeenCalled();
  });
});

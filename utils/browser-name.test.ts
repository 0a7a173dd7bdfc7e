import { describe, expect, it } from 'vitest';
import { browserNameFromUserAgent } from './browser-name';

describe('browserNameFromUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36 Edg/142.0.3595.53',
      'Microsoft Edge 142',
    ],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140'],
    [
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      'Chrome 156',
    ],
    [
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      'Safari 17',
    ],
    ['', 'unknown browser'],
  ])('%s', (ua, expected) => {
    expect(browserNameFromUserAgent(ua)).toBe(expected);
  });
  it('survives non-strings', () => {
    expect(browserNameFromUserAgent(undefined as unknown as string)).toBe('unknown browser');
  });
});

import { describe, expect, it } from 'vitest';
import { tabsMissingDetector } from './detector-injection';

const MS = 'https://login.microsoftonline.com/common/login';

describe('tabsMissingDetector', () => {
  const noRecord = async () => false;

  it('picks loaded sign-in tabs without a record', async () => {
    const tabs = [
      { id: 1, url: MS },
      { id: 2, url: 'https://login.live.com/ppsecure/post.srf' },
      { id: 3, url: 'https://other.example.org/' },
      { id: 4 }, // URL hidden from us: not one of our hosts
      { id: 5, url: 'http://login.microsoftonline.com/' }, // http: never
      { id: 6, url: 'https://login.microsoftonline.com.evil.example/' },
      { url: MS }, // no id (devtools and the like)
    ];
    expect(await tabsMissingDetector(tabs, noRecord, new Set())).toEqual([1, 2]);
  });

  it('leaves alone tabs that published a detection, and tabs injected since the background started', async () => {
    const tabs = [
      { id: 1, url: MS },
      { id: 2, url: MS },
      { id: 3, url: MS },
    ];
    expect(await tabsMissingDetector(tabs, async (id) => id === 1, new Set([2]))).toEqual([3]);
  });

  it('a failing record read counts as "no record" (the detector guards itself against a second start)', async () => {
    const failing = async () => {
      throw new Error('storage unavailable');
    };
    expect(await tabsMissingDetector([{ id: 7, url: MS }], failing, new Set())).toEqual([7]);
  });
});

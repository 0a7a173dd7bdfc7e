// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageFacts, readConfig, type PageFacts } from './page-facts';

describe('page facts', () => {
  it('reads only the narrow keys of $Config', () => {
    const f: PageFacts = { proofs: [] };
    readConfig(
      '$Config={"sFT":"FAKE","pgid":"ConvergedTFA","hpgid":1114,"locale":{"mkt":"nl-NL","lcid":1043},"correlationId":"11111111-2222-4333-8444-555555555555","arrUserProofs":[{"authMethodId":"PhoneAppNotification","data":"x","display":"Pixel","isDefault":true},{"isDefault":false,"authMethodId":"OneWaySMS","display":"+XX X89"}],"sErrorCode":"50058"};',
      f,
    );
    expect(f).toEqual({
      pageId: 'ConvergedTFA',
      hpgid: 1114,
      mkt: 'nl-NL',
      errorCode: '50058',
      correlationId: '11111111-2222-4333-8444-555555555555',
      proofs: [
        { id: 'PhoneAppNotification', def: true },
        { id: 'OneWaySMS', def: false },
      ],
    });
    expect(JSON.stringify(f)).not.toMatch(/FAKE|Pixel|X89/);
  });
  it('prefers the PageID meta, and caches per document', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><meta name="PageID" content="KmsiInterrupt"><meta name="LocLC" content="fr-FR"><script>$Config={"pgid":"Other"}</script></head></html>',
      'text/html',
    );
    const f = pageFacts(doc);
    expect(f.pageId).toBe('KmsiInterrupt');
    expect(f.locLc).toBe('fr-FR');
    expect(pageFacts(doc)).toBe(f);
  });
});

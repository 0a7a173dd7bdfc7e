import { afterEach, describe, expect, it } from 'vitest';
import { isOwnMutation } from './live-detection';

/** Real MutationObserver records (happy-dom) for a mutation done by `act`. */
async function recordsOf(act: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const mo = new MutationObserver((r) => seen.push(...r));
  mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  await Promise.resolve();
  seen.push(...mo.takeRecords());
  mo.disconnect();
  return seen;
}

function ownHost(): HTMLElement {
  const host = document.createElement('second-step-panel');
  host.setAttribute('data-second-step', 'panel');
  return host;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('isOwnMutation: the detector ignores only its own panel host', () => {
  it('ignores adding, styling, hiding and removing the panel host', async () => {
    const host = ownHost();
    const records = await recordsOf(() => {
      document.body.append(host);
      host.style.setProperty('--ss-place-top', '10px');
      host.hidden = true;
      host.remove();
    });
    expect(records.length).toBeGreaterThanOrEqual(4);
    expect(records.every(isOwnMutation)).toBe(true);
  });

  it('does not ignore the page: a view switch, a text change, a mixed insertion', async () => {
    const view = document.createElement('div');
    view.id = 'idDiv_SAOTCAS_Title';
    document.body.append(view);
    const pageNode = document.createElement('div');
    const records = await recordsOf(() => {
      view.style.display = 'none';
      view.textContent = 'Approve sign in request';
      document.body.append(pageNode, ownHost());
    });
    const touchesPage = (r: MutationRecord) => r.target === view || [...r.addedNodes].includes(pageNode);
    expect(records.filter(touchesPage).length).toBeGreaterThanOrEqual(3);
    for (const r of records.filter(touchesPage)) expect(isOwnMutation(r)).toBe(false);
  });

  it('does not treat an empty childList record as own', () => {
    const empty = {
      type: 'childList',
      target: document.body,
      addedNodes: [],
      removedNodes: [],
    } as unknown as MutationRecord;
    expect(isOwnMutation(empty)).toBe(false);
  });
});

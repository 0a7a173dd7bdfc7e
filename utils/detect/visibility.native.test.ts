// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { makeVisibility } from './visibility';

/** happy-dom has a window and Element.checkVisibility(), like a real page: the native path. */
const BODY = `<div id="view"><a id="shown">x</a><a id="gone" class="gone">y</a><a id="inl" style="display:none">z</a>
<a id="ghost" style="visibility:hidden">g</a></div>`;
const ids = ['shown', 'gone', 'inl', 'ghost'];

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
  document.body.removeAttribute('style');
});

function setUp(bodyStyle: string | null) {
  const style = document.createElement('style');
  style.textContent = '.gone{display:none}';
  document.head.append(style);
  document.body.innerHTML = BODY;
  if (bodyStyle) document.body.setAttribute('style', bodyStyle);
  const vis = makeVisibility(document);
  return ids.map((id) => vis(document.getElementById(id)));
}

describe('makeVisibility with checkVisibility()', () => {
  it('uses the cascade: stylesheet, inline display and visibility hide', () => {
    expect(typeof document.body.checkVisibility).toBe('function');
    expect(setUp(null)).toEqual([true, false, false, false]);
  });

  it('falls back to the per-ancestor path when <body> is display:none (server HTML before script)', () => {
    expect(setUp('display: none')).toEqual([true, false, false, false]);
  });
});

// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { makeVisibility } from './visibility';

const HTML = `<html><head><style>.gone{display:none}.ghost{visibility:hidden}</style></head><body>
<a id="plain">x</a>
<div style="display: none;"><a id="inHiddenParent">x</a></div>
<a id="inline" style="display:none !important">x</a>
<a id="vis" style="visibility: hidden">x</a>
<a id="off" class="form-control moveOffScreen">x</a>
<a id="attr" hidden>x</a>
<div hidden><span><a id="deep">x</a></span></div>
<a id="sheet" class="gone">x</a>
<div class="ghost"><a id="ghostChild">x</a></div>
<div class="ghost"><a id="ghostBack" style="visibility: visible">x</a></div>
<a id="faded" style="opacity:0">x</a>
<input id="hiddenInput" type="hidden">
<template><a id="tpl">x</a></template>
<noscript><a id="ns">x</a></noscript>
</body></html>`;

describe('makeVisibility', () => {
  const check = (doc: Document, withWindow: boolean) => {
    const vis = makeVisibility(doc);
    const v = (id: string) => vis(doc.getElementById(id));
    expect(v('plain')).toBe(true);
    expect(v('faded')).toBe(true); // opacity is ignored on purpose (view fades)
    for (const id of ['inHiddenParent', 'inline', 'vis', 'off', 'attr', 'deep', 'hiddenInput'])
      expect(v(id), id).toBe(false);
    expect(v('sheet')).toBe(false); // display:none from a <style> rule, with or without a window
    expect(v('ghostChild')).toBe(!withWindow);
    expect(v('ghostBack')).toBe(true);
    expect(vis(null)).toBe(false);
    expect(vis(doc.createElement('a'))).toBe(false); // detached
  };
  it('without a window (DOMParser): attributes, inline style, classes and <style> display:none rules', () => {
    const doc = new DOMParser().parseFromString(HTML, 'text/html');
    expect(doc.defaultView).toBeNull();
    check(doc, false);
  });
  it('with a window: stylesheet rules through getComputedStyle', () => check(new JSDOM(HTML).window.document, true));
  it('template and noscript content is never visible', () => {
    const doc = new DOMParser().parseFromString(HTML, 'text/html');
    const vis = makeVisibility(doc);
    const tpl = doc.querySelector('template') as HTMLTemplateElement;
    expect(vis(tpl.content.querySelector('a'))).toBe(false);
    expect(vis(doc.querySelector('noscript a') ?? doc.querySelector('noscript'))).toBe(false);
  });
  it('<style> rules: body hiding ignored, @media skipped, class/id rules applied, with or without a window', () => {
    const html = `<html><head><style>body{display:none;} @media print { #m { display: none } } .off, #byId { color: red; display: none !important }</style></head>
<style media="print">#pr{display:none}</style><noscript><style>#ns2{display:none}</style></noscript>
<body><a id="plain">x</a><a id="pr">x</a><a id="ns2">x</a><a id="m">x</a><div class="off"><a id="inOff">x</a></div><a id="byId">x</a></body></html>`;
    for (const doc of [new DOMParser().parseFromString(html, 'text/html'), new JSDOM(html).window.document]) {
      const vis = makeVisibility(doc);
      expect(vis(doc.getElementById('plain'))).toBe(true);
      expect(vis(doc.getElementById('pr'))).toBe(true);
      expect(vis(doc.getElementById('inOff'))).toBe(false);
      expect(vis(doc.getElementById('byId'))).toBe(false);
    }
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(makeVisibility(parsed)(parsed.getElementById('m'))).toBe(true);
    // <noscript> styles: a browser with script ignores them (jsdom without scripts applies them).
    expect(makeVisibility(parsed)(parsed.getElementById('ns2'))).toBe(true);
  });
});

describe('the page root never hides (server HTML ships <body style="display: none">)', () => {
  const PAGE = `<html><head><style>.gone{display:none}</style></head><body style="display: none">
<div id="view"><a id="shown">x</a><a id="gone" class="gone">y</a><a id="inl" style="display:none">z</a></div></body></html>`;
  const run = (doc: Document) => {
    const vis = makeVisibility(doc);
    return ['shown', 'gone', 'inl'].map((id) => vis(doc.getElementById(id)));
  };
  it('DOMParser (no window: stylesheet list)', () => {
    expect(run(new DOMParser().parseFromString(PAGE, 'text/html'))).toEqual([true, false, false]);
  });
  it('JSDOM (getComputedStyle per ancestor)', () => {
    expect(run(new JSDOM(PAGE).window.document)).toEqual([true, false, false]);
  });
});

// The DOM fuzzer of hostile-page.test.ts, apart so the test reads as its scenarios.
/** The page-script fuzzer (runs in the page's main world; plain JS, self-contained). */
export function installFuzzer(seed: number, total: number) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const IDS = [
    'idDiv_SAOTCAS_Title',
    'idDiv_SAOTCAS_Description',
    'signInAnotherWay',
    'idTxtBx_SAOTCC_OTC',
    'idDiv_SAOTCS_Proofs',
    'idDiv_SAASTO_Title',
    'idDiv_SAASDS_Title',
    'idSpan_SAOTCC_Error_OTC',
    'idDiv_SAOTCC_Description',
    'i0116',
    'i0118',
    'idSIButton9',
    'idRichContext_DisplaySign',
    'idDiv_SAOTCC_Title',
    'idA_PWD_SwitchToCredPicker',
    'idBtn_Back',
    'displayName',
    'lightbox',
    'credentialPickerTitle',
    'iProofList',
    'idDiv_RemoteNGC_PollingDescription',
    '',
  ];
  const TAGS = [
    'div',
    'span',
    'a',
    'input',
    'button',
    'img',
    'p',
    'form',
    'section',
    'svg',
    'template',
    'textarea',
    'select',
    'meta',
  ];
  const LANGS = ['nl', 'de', 'pt-BR', 'zh-Hans-CN', '', 'x'.repeat(300), '"><script>', 'en-US\u0000', '\u202e'];
  const WORDS = [
    'Approve sign in request',
    'Enter code',
    'Sign in another way',
    'Verify your identity',
    "We didn't hear from you",
    'Request denied',
    'AADSTS500121',
    'Having trouble?',
    '+XX XXX XXXX X89',
    '\u0000\u0007',
    '<img src=x onerror=alert(1)>',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  ];
  /** Deep, but within what Blink lays out in reasonable time (2000 levels froze even a plain page). */
  const DEPTH = 400;
  const doc = document;
  const keep = doc.getElementById('idTxtBx_SAOTCC_OTC');
  // The fuzzer inserts look-alike ids too: the test finds the real field by this mark.
  keep?.setAttribute('data-fuzz-keep', '');
  const protectedNodes = new Set<Node>();
  for (let n: Node | null = keep; n; n = n.parentNode) protectedNodes.add(n);
  protectedNodes.add(doc.head);
  protectedNodes.add(doc.body);
  const all = () => doc.querySelectorAll('*');
  const randomEl = (): Element => {
    const els = all();
    return els[Math.floor(rnd() * els.length)]!;
  };
  const mutable = (el: Element) => !protectedNodes.has(el);
  const hugeText = (n: number) => pick(WORDS) + ' ' + 'lorem ipsum '.repeat(Math.ceil(n / 12));
  const w = window as any;
  w.__fuzz = { done: 0, total, errors: [] as string[], finished: false };
  const ops: (() => void)[] = [
    () => {
      const el = doc.createElement(pick(TAGS));
      const id = pick(IDS);
      if (id) el.id = id;
      if (rnd() < 0.3)
        el.setAttribute('data-value', pick(['PhoneAppNotification', 'OneWaySMS', 'PhoneAppOTP', 'Email', 'x']));
      if (rnd() < 0.2) el.setAttribute('data-testid', pick(['tile', 'displaySign', 'passwordEntry', 'primaryButton']));
      if (rnd() < 0.2) el.setAttribute('name', pick(['mfaAuthMethod', 'passwd', 'loginfmt', 'otc', 'flowToken']));
      if (rnd() < 0.2) el.setAttribute('value', pick(['OneWaySMS', 'x'.repeat(5000), '']));
      el.textContent = rnd() < 0.02 ? hugeText(200_000) : pick(WORDS);
      const parent = randomEl();
      if (parent.localName !== 'html') parent.appendChild(el);
    },
    () => {
      const el = randomEl();
      if (mutable(el) && el !== doc.documentElement && !el.contains(keep)) el.remove();
    },
    () => {
      const el = randomEl();
      if (!mutable(el)) return;
      const attr = pick(['style', 'class', 'hidden', 'lang', 'aria-hidden', 'disabled', 'id', 'data-bind']);
      const value =
        attr === 'style'
          ? pick([
              'display:none',
              'display:block',
              'visibility:hidden',
              'opacity:0',
              'position:absolute;left:-99999px',
              '',
            ])
          : attr === 'class'
            ? pick(['has-error', 'moveOffScreen', 'hidden', 'zero-opacity', ''])
            : attr === 'lang'
              ? pick(LANGS)
              : attr === 'id'
                ? pick(IDS)
                : pick(['true', 'false', '']);
      if (rnd() < 0.3) el.removeAttribute(attr);
      else el.setAttribute(attr, value);
    },
    () => {
      const el = randomEl();
      if (!mutable(el) || el.contains(keep)) return;
      el.textContent = rnd() < 0.05 ? hugeText(500_000) : pick(WORDS);
    },
    () => {
      if (rnd() > 0.05) return;
      let root: Element = doc.createElement('div');
      const top = root;
      for (let i = 0; i < DEPTH; i++) {
        const c = doc.createElement(i % 2 ? 'span' : 'div');
        if (i === DEPTH - 1) c.id = pick(IDS) || 'idDiv_SAOTCAS_Title';
        root.appendChild(c);
        root = c;
      }
      root.textContent = pick(WORDS);
      doc.body.appendChild(top);
    },
    () => {
      const el = randomEl();
      const target = randomEl();
      if (!mutable(el) || el.contains(keep)) return;
      try {
        target.appendChild(el);
      } catch {
        /* hierarchy errors are expected */
      }
    },
    () => {
      doc.documentElement.setAttribute('lang', pick(LANGS));
      if (rnd() < 0.3) doc.title = pick(WORDS);
    },
    () => {
      if (rnd() < 0.5) {
        const m = doc.createElement('meta');
        m.setAttribute('name', pick(['PageID', 'LocLC']));
        m.setAttribute('content', pick(['ConvergedTFA', 'ConvergedError', 'x'.repeat(10_000), '"><', '1043']));
        doc.head.appendChild(m);
      } else {
        const s = doc.createElement('script');
        s.type = 'text/plain'; // never executes; the detector reads inline script text
        s.textContent = `//<![CDATA[\n$Config={"pgid":"${pick(['ConvergedTFA', 'ConvergedError', 'evil page'])}","sErrorCode":"${Math.floor(rnd() * 1e6)}","arrUserProofs":[{"authMethodId":"OneWaySMS","isDefault":true}],"correlationId":"${'a'.repeat(36)}"};\n//]]>`;
        doc.body.insertBefore(s, doc.body.firstChild);
      }
    },
  ];
  (async () => {
    for (let i = 0; i < total; i++) {
      try {
        pick(ops)();
      } catch (e) {
        w.__fuzz.errors.push(String(e));
      }
      w.__fuzz.done = i + 1;
      if (i % 100 === 99) await new Promise((r) => setTimeout(r, 8));
    }
    w.__fuzz.finished = true;
  })();
}

/**
 * Per-document facts that only change with a navigation: PageID/LocLC metas and a few keys of
 * the inline `$Config`, read with narrow regexes (never parsing the whole object, never
 * the secret keys sFT/sCtx/canary/apiCanary/sProofUpToken/sPOST_Username). Cached per Document
 * once the document has finished loading.
 */
export interface Proof {
  id: string;
  def: boolean;
}
export interface PageFacts {
  pageId?: string;
  hpgid?: number;
  locLc?: string;
  mkt?: string;
  proofs: Proof[];
  errorCode?: string;
  correlationId?: string;
  serviceError?: boolean;
}

const cache = new WeakMap<Document, PageFacts>();

const m1 = (re: RegExp, s: string) => {
  const m = re.exec(s);
  return m ? m[1] : undefined;
};

export function readConfig(text: string, f: PageFacts): void {
  f.pageId ||= m1(/"pgid"\s*:\s*"([\w.-]{1,64})"/, text);
  const hp = m1(/"hpgid"\s*:\s*(\d{1,9})/, text);
  if (hp) f.hpgid = +hp;
  f.mkt = m1(/"locale"\s*:\s*\{[^{}]{0,200}?"mkt"\s*:\s*"([\w-]{2,20})"/, text);
  const code = m1(/"sErrorCode"\s*:\s*"(\d{1,10})"/, text) || m1(/"iErrorCode"\s*:\s*(\d{1,10})/, text);
  if (code && +code) f.errorCode = code;
  f.correlationId = m1(/"correlationId"\s*:\s*"([\da-fA-F-]{36})"/, text);
  const sx = /"strServiceExceptionMessage"\s*:\s*"([^"]{0,40})/.exec(text);
  if (sx?.[1]) {
    f.serviceError = true;
    f.errorCode = m1(/(AADSTS\d{4,7})/, sx[1]) || f.errorCode;
  }
  // Each proof object: only its authMethodId and isDefault are looked at.
  const re = /\{[^{}]{0,1500}?"authMethodId"\s*:\s*"([\w:-]{1,60})"[^{}]{0,1500}\}/g;
  for (let i = 0; i < 30; i++) {
    const proof = re.exec(text);
    if (!proof) break;
    f.proofs.push({ id: proof[1]!, def: /"isDefault"\s*:\s*true/.test(proof[0]) });
  }
}

export function pageFacts(doc: Document): PageFacts {
  const hit = cache.get(doc);
  if (hit) return hit;
  const f: PageFacts = { proofs: [] };
  try {
    const head = doc.head;
    const metas = head ? head.children : [];
    for (let i = 0; i < metas.length && i < 200; i++) {
      const el = metas[i]!;
      if (el.localName !== 'meta') continue;
      const name = (el.getAttribute('name') || '').toLowerCase();
      const content = (el.getAttribute('content') || '').trim();
      if (!content) continue;
      if (name === 'pageid') f.pageId = content.slice(0, 64);
      else if (name === 'loclc') f.locLc = content.slice(0, 20);
    }
    const scripts = doc.scripts;
    for (let i = 0; i < scripts.length && i < 60; i++) {
      const s = scripts[i]!;
      if (s.hasAttribute('src')) continue;
      const text = (s.textContent || '').slice(0, 600000);
      if (text.indexOf('$Config') < 0 && text.indexOf('"pgid"') < 0) continue;
      readConfig(text, f);
      break;
    }
  } catch {
    /* partial facts are fine */
  }
  if (doc.readyState !== 'loading') cache.set(doc, f);
  return f;
}

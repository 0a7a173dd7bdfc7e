// Small statistics helpers for the bench (no dependencies).

export function sorted(xs) {
  return [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** Quantile with linear interpolation (q in [0,1]). */
export function quantile(xs, q) {
  const s = sorted(xs);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (xs) => quantile(xs, 0.5);

export function summary(xs) {
  const s = sorted(xs);
  return {
    n: s.length,
    min: s[0] ?? NaN,
    p25: quantile(s, 0.25),
    median: quantile(s, 0.5),
    p75: quantile(s, 0.75),
    p95: quantile(s, 0.95),
    max: s[s.length - 1] ?? NaN,
    iqr: quantile(s, 0.75) - quantile(s, 0.25),
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
  };
}

/** Deterministic PRNG so a bootstrap is reproducible for the same data. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * 95 % bootstrap confidence interval of median(a) - median(b), for unpaired samples.
 * Returns { diff, lo, hi }.
 */
export function medianDiffCI(a, b, iterations = 2000, seed = 12345) {
  const A = sorted(a);
  const B = sorted(b);
  const rnd = mulberry32(seed);
  const pick = (s) => {
    const r = new Array(s.length);
    for (let i = 0; i < s.length; i++) r[i] = s[Math.floor(rnd() * s.length)];
    return r;
  };
  const diffs = [];
  for (let i = 0; i < iterations; i++) diffs.push(median(pick(A)) - median(pick(B)));
  return { diff: median(A) - median(B), lo: quantile(diffs, 0.025), hi: quantile(diffs, 0.975) };
}

export const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);

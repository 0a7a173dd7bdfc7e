// Heap snapshot model and analysis for bench/heap-retainers.mjs: parse a .heapsnapshot, class
// diffs, new objects with shortest retainer paths from the GC roots, owners of new code, grown Maps.
const env = process.env;
const PATHS = Number(env.HEAP_PATHS ?? 3);
const GROUPS = Number(env.HEAP_GROUPS ?? 8);
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const clip = (s, n = 70) => {
  const t = String(s).replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

// ------------------------------------------------------------------ snapshot model
export function parseSnapshot(text) {
  const snap = JSON.parse(text);
  const meta = snap.snapshot.meta;
  const nf = meta.node_fields.length;
  const ef = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const f = (name) => meta.node_fields.indexOf(name);
  const [nT, nN, nI, nS, nE] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(f);
  const [eT, eN, eTo] = ['type', 'name_or_index', 'to_node'].map((x) => meta.edge_fields.indexOf(x));
  const nodes = snap.nodes;
  const edges = snap.edges;
  const strings = snap.strings;
  const count = nodes.length / nf;
  const firstEdge = new Uint32Array(count + 1); // in edges (not array slots)
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * nf + nE];
  const edgeCount = edges.length / ef;
  const edgeFrom = new Uint32Array(edgeCount);
  for (let i = 0; i < count; i++) for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++) edgeFrom[e] = i;
  // Reverse index: for each node, the edges that point to it.
  const inCount = new Uint32Array(count + 1);
  for (let e = 0; e < edgeCount; e++) inCount[edges[e * ef + eTo] / nf + 1]++;
  for (let i = 0; i < count; i++) inCount[i + 1] += inCount[i];
  const inEdges = new Uint32Array(edgeCount);
  const fill = inCount.slice(0, count);
  for (let e = 0; e < edgeCount; e++) inEdges[fill[edges[e * ef + eTo] / nf]++] = e;
  const idIndex = new Map();
  for (let i = 0; i < count; i++) idIndex.set(nodes[i * nf + nI], i);
  // Closure source locations: node index -> {scriptId, line, column}.
  const loc = new Map();
  const lf = meta.location_fields ?? [];
  if (snap.locations && lf.length) {
    const [lO, lS, lL, lC] = ['object_index', 'script_id', 'line', 'column'].map((x) => lf.indexOf(x));
    for (let i = 0; i < snap.locations.length; i += lf.length) {
      loc.set(snap.locations[i + lO] / nf, { scriptId: snap.locations[i + lS], line: snap.locations[i + lL], column: snap.locations[i + lC] });
    }
  }
  const m = {
    count,
    type: (i) => nodeTypes[nodes[i * nf + nT]],
    name: (i) => strings[nodes[i * nf + nN]],
    id: (i) => nodes[i * nf + nI],
    self: (i) => nodes[i * nf + nS],
    outEdges: (i) => {
      const out = [];
      for (let e = firstEdge[i]; e < firstEdge[i + 1]; e++) out.push(e);
      return out;
    },
    inEdges: (i) => {
      const out = [];
      for (let k = inCount[i]; k < inCount[i + 1]; k++) out.push(inEdges[k]);
      return out;
    },
    edgeType: (e) => edgeTypes[edges[e * ef + eT]],
    edgeName: (e) => {
      const t = edgeTypes[edges[e * ef + eT]];
      const v = edges[e * ef + eN];
      return t === 'element' || t === 'hidden' ? `[${v}]` : String(strings[v]);
    },
    edgeTo: (e) => edges[e * ef + eTo] / nf,
    edgeFrom: (e) => edgeFrom[e],
    location: (i) => loc.get(i),
    indexOfId: (id) => idIndex.get(id),
    ids: () => idIndex,
  };
  m.cls = (i) => `${m.type(i)}: ${clip(m.name(i), 60)}`;
  m.label = (i) => {
    const t = m.type(i);
    const n = m.name(i);
    if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return `"${clip(n, 50)}"`;
    if (t === 'closure') return `${n || '(anonymous)'}()${locText(m.location(i))}`;
    return `${t === 'object' || t === 'native' ? '' : `(${t}) `}${clip(n, 60)}`;
  };
  return m;
}

let scriptUrls = new Map();
/** Script id → URL of the page being analysed (Debugger.scriptParsed), for closure locations. */
export function setScriptUrls(m) {
  scriptUrls = m;
}
function locText(l) {
  if (!l) return '';
  const u = scriptUrls.get(String(l.scriptId)) ?? `script ${l.scriptId}`;
  return ` @${shortUrl(u)}:${l.line + 1}:${l.column + 1}`;
}
function shortUrl(u) {
  return String(u)
    .replace(/^chrome-extension:\/\/[^/]+\//, 'ext:')
    .replace(/^https:\/\/login\.microsoftonline\.com/, 'page:')
    .replace(/\?.*$/, '');
}

/** Shortest path from the root (node 0) to every node, over non-weak edges: parent edge per node. */
function shortestPaths(m) {
  const parentEdge = new Int32Array(m.count).fill(-1);
  const seen = new Uint8Array(m.count);
  const queue = new Uint32Array(m.count);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const i = queue[head++];
    for (const e of m.outEdges(i)) {
      const t = m.edgeType(e);
      if (t === 'weak') continue;
      const to = m.edgeTo(e);
      if (seen[to]) continue;
      seen[to] = 1;
      parentEdge[to] = e;
      queue[tail++] = to;
    }
  }
  return parentEdge;
}

function pathText(m, parentEdge, i, maxHops = 12) {
  const hops = [];
  let cur = i;
  while (cur !== 0 && parentEdge[cur] >= 0 && hops.length < 64) {
    const e = parentEdge[cur];
    hops.push({ from: m.edgeFrom(e), edge: `${m.edgeType(e) === 'internal' || m.edgeType(e) === 'hidden' ? '~' : ''}${m.edgeName(e)}`, to: cur });
    cur = m.edgeFrom(e);
  }
  if (cur !== 0 && parentEdge[cur] < 0) return '(not reachable over strong edges)';
  hops.reverse();
  const shown = hops.length > maxHops ? [...hops.slice(0, 3), null, ...hops.slice(hops.length - (maxHops - 3))] : hops;
  const parts = [];
  for (const h of shown) {
    if (!h) {
      parts.push(`… ${hops.length - maxHops} hops …`);
      continue;
    }
    if (parts.length === 0) parts.push(m.label(h.from));
    parts.push(`-[${clip(h.edge, 40)}]-> ${m.label(h.to)}`);
  }
  return parts.join(' ');
}

/**
 * Whose code: the closures / SharedFunctionInfos / RegExp data that point at the Code object
 * (an InstructionStream is followed back to its Code first), plus the functions inlined into it
 * (SharedFunctionInfos reachable from its deoptimization data).
 */
function codeOwner(m, i) {
  let code = i;
  if (/InstructionStream/.test(m.name(i))) {
    for (const e of m.inEdges(i)) if (/system \/ Code$/.test(m.name(m.edgeFrom(e)))) code = m.edgeFrom(e);
  }
  const owners = new Set();
  for (const e of m.inEdges(code)) {
    const k = m.edgeFrom(e);
    const t = m.type(k);
    const n = m.name(k);
    if (t === 'closure') owners.add(`${n || '(anonymous)'}${locText(m.location(k))}`);
    else if (t === 'regexp' || /RegExpData/.test(n)) owners.add(`RegExp ${clip(n, 50)}`);
    else if (/SharedFunctionInfo/.test(n)) owners.add(`${n.replace(/^system \/ SharedFunctionInfo \/? ?/, '') || '(anonymous)'} (sfi)`);
  }
  // Functions inlined (deopt data -> SharedFunctionInfo), two hops at most.
  const inlined = new Set();
  const visit = (j, depth) => {
    for (const e of m.outEdges(j)) {
      const k = m.edgeTo(e);
      const n = m.name(k);
      if (/SharedFunctionInfo/.test(n)) inlined.add(n.replace(/^system \/ SharedFunctionInfo \/? ?/, '') || '(anon)');
      else if (depth < 2 && m.type(k) !== 'closure' && /ProtectedFixedArray|FixedArray|DeoptimizationData|\(array\)/.test(n)) visit(k, depth + 1);
    }
  };
  visit(code, 0);
  const own = [...owners].slice(0, 2).join(' | ') || (m.inEdges(code).length ? `(held by ${m.cls(m.edgeFrom(m.inEdges(code)[0]))})` : '(no retainer)');
  return inlined.size ? `${own}  [sfi/inlined: ${clip([...inlined].slice(0, 6).join(', '), 60)}]` : own;
}

function classDiff(a, b) {
  const agg = (m) => {
    const out = new Map();
    for (let i = 0; i < m.count; i++) {
      const k = m.cls(i);
      const v = out.get(k) ?? [0, 0];
      v[0]++;
      v[1] += m.self(i);
      out.set(k, v);
    }
    return out;
  };
  const A = agg(a);
  const B = agg(b);
  const rows = [];
  for (const [k, v] of B) {
    const o = A.get(k) ?? [0, 0];
    if (v[1] !== o[1]) rows.push({ what: k, count: v[0] - o[0], bytes: v[1] - o[1] });
  }
  for (const [k, o] of A) if (!B.has(k)) rows.push({ what: k, count: -o[0], bytes: -o[1] });
  rows.sort((x, y) => y.bytes - x.bytes);
  return { totalBytes: rows.reduce((s, r) => s + r.bytes, 0), rows };
}

const CODE_CLASSES = /^code: (system \/ (InstructionStream|Code|TrustedByteArray|ProtectedFixedArray|DeoptimizationData|BytecodeArray|TrustedFixedArray)|.*bytecode)/i;

export function analyse(a, b, print) {
  const diff = classDiff(a, b);
  print(`  class diff (snapshot 2 − snapshot 1): ${kb(diff.totalBytes)} total; top:`);
  for (const r of diff.rows.slice(0, 14)) print(`    ${String(r.bytes).padStart(8)} B  ${String(r.count).padStart(5)}×  ${r.what}`);

  // New objects: ids in b not present in a.
  const oldIds = a.ids();
  const fresh = [];
  for (let i = 0; i < b.count; i++) if (!oldIds.has(b.id(i))) fresh.push(i);
  const groups = new Map();
  for (const i of fresh) {
    const k = b.cls(i);
    const g = groups.get(k) ?? { key: k, nodes: [], bytes: 0 };
    g.nodes.push(i);
    g.bytes += b.self(i);
    groups.set(k, g);
  }
  const byBytes = [...groups.values()].sort((x, y) => y.bytes - x.bytes);
  const freshBytes = byBytes.reduce((s, g) => s + g.bytes, 0);
  print(`  new objects (ids not in snapshot 1): ${fresh.length}, ${kb(freshBytes)}; top classes with their direct retainers:`);
  const retainerSummary = (g) => {
    const r = new Map();
    for (const i of g.nodes) {
      for (const e of b.inEdges(i)) {
        if (b.edgeType(e) === 'weak') continue;
        const k = `${b.cls(b.edgeFrom(e))} .${clip(b.edgeName(e), 24)}`;
        r.set(k, (r.get(k) ?? 0) + 1);
      }
    }
    return [...r].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, n]) => `${n}× ${k}`).join('; ');
  };
  for (const g of byBytes.slice(0, 16)) {
    print(`    ${String(g.bytes).padStart(8)} B  ${String(g.nodes.length).padStart(5)}×  ${g.key}`);
    print(`               ← ${retainerSummary(g)}`);
  }
  // Strings that repeat: the same text allocated again and again.
  const strCount = new Map();
  for (const i of fresh) if (/string/.test(b.type(i))) strCount.set(b.name(i), (strCount.get(b.name(i)) ?? 0) + 1);
  const repeated = [...strCount].filter(([, n]) => n > 3).sort((x, y) => y[1] - x[1]).slice(0, 8);
  if (repeated.length) {
    print('  new strings with many copies:');
    for (const [s, n] of repeated) print(`    ${String(n).padStart(5)}×  "${clip(s, 90)}"`);
  }

  const parentEdge = shortestPaths(b);
  // Retainer paths for the largest groups (code groups are explained by owner below instead).
  print(`  shortest retainer paths (root → object, non-weak edges; ~ = internal/hidden edge):`);
  const picked = byBytes.filter((g) => !CODE_CLASSES.test(g.key)).slice(0, GROUPS);
  // The repeated strings always get paths, even when small.
  for (const [s] of repeated.slice(0, 3)) {
    const g = [...groups.values()].find((x) => /string/.test(x.key) && b.name(x.nodes[0]) === s) ??
      { key: `string: ${clip(s, 60)}`, nodes: fresh.filter((i) => b.name(i) === s && /string/.test(b.type(i))), bytes: 0 };
    if (!picked.includes(g)) picked.push({ ...g, nodes: g.nodes.filter((i) => b.name(i) === s) });
  }
  for (const g of picked) {
    print(`    [${g.key}]`);
    const step = Math.max(1, Math.floor(g.nodes.length / PATHS));
    const shownPaths = new Set();
    for (let k = 0; k < g.nodes.length && shownPaths.size < PATHS; k += step) {
      const p = pathText(b, parentEdge, g.nodes[k]);
      if (!shownPaths.has(p)) {
        shownPaths.add(p);
        print(`      ${p}`);
      }
    }
  }
  // Where the new objects hang: for each new object, the nearest OLD object on its shortest
  // retainer path (the anchor that gained them). A leak shows up as one anchor gaining a lot.
  const freshSet = new Set(fresh);
  const anchors = new Map();
  for (const i of fresh) {
    let cur = i;
    let hop = -1;
    while (freshSet.has(cur) && parentEdge[cur] >= 0) {
      hop = parentEdge[cur];
      cur = b.edgeFrom(hop);
    }
    if (freshSet.has(cur)) continue; // unreachable over strong edges
    const key = `${cur}`;
    const a = anchors.get(key) ?? { node: cur, edges: new Map(), n: 0, bytes: 0, classes: new Map() };
    a.n++;
    a.bytes += b.self(i);
    const ek = b.edgeName(hop);
    a.edges.set(ek, (a.edges.get(ek) ?? 0) + 1);
    const c = b.cls(i);
    a.classes.set(c, (a.classes.get(c) ?? 0) + b.self(i));
    anchors.set(key, a);
  }
  print('  old objects that gained the most new objects (anchor ← bytes newly reachable through it first):');
  for (const a of [...anchors.values()].sort((x, y) => y.bytes - x.bytes).slice(0, 10)) {
    const cls = [...a.classes].sort((x, y) => y[1] - x[1]).slice(0, 3).map(([c, v]) => `${clip(c, 40)} ${kb(v)}`).join(', ');
    print(`    ${kb(a.bytes).padStart(9)} ${String(a.n).padStart(5)} objs  ${b.label(a.node)} (${a.edges.size} edges, e.g. .${clip([...a.edges.keys()][0], 30)}): ${cls}`);
    print(`        path to anchor: ${pathText(b, parentEdge, a.node, 10)}`);
  }
  // JS collections (Map / Set) that grew: entries and the bytes of their table plus the string
  // keys/values in it (a memo that never evicts shows up here).
  const collection = (m, i) => {
    let table = -1;
    for (const e of m.outEdges(i)) if (m.edgeName(e) === 'table') table = m.edgeTo(e);
    if (table < 0) return null;
    let bytes = m.self(table);
    let entries = 0;
    for (const e of m.outEdges(table)) {
      const k = m.edgeTo(e);
      if (!/string/.test(m.type(k))) continue;
      entries++;
      bytes += m.self(k);
    }
    return { entries, bytes };
  };
  const grown = [];
  for (let i = 0; i < b.count; i++) {
    if (b.type(i) !== 'object' || !/^(Map|Set)$/.test(b.name(i))) continue;
    const after = collection(b, i);
    if (!after || after.entries < 20) continue;
    const j = a.indexOfId(b.id(i));
    const before = j === undefined ? { entries: 0, bytes: 0 } : collection(a, j) ?? { entries: 0, bytes: 0 };
    if (after.bytes - before.bytes > 1024) grown.push({ i, before, after });
  }
  grown.sort((x, y) => y.after.bytes - y.before.bytes - (x.after.bytes - x.before.bytes));
  if (grown.length) print('  Maps/Sets that grew (string slots in the table; bytes of the table + those strings):');
  for (const g of grown.slice(0, 4)) {
    print(`    ${b.label(g.i)}: ${g.before.entries} → ${g.after.entries} string slots, ${kb(g.before.bytes)} → ${kb(g.after.bytes)}`);
    print(`        path: ${pathText(b, parentEdge, g.i, 12)}`);
  }
  // V8 heap vs Blink (cppgc) objects in the snapshot: JSHeapUsedSize counts the V8 side.
  const split = (m, only) => {
    let js = 0;
    let nat = 0;
    for (let i = 0; i < m.count; i++) {
      if (only && !only.has(i)) continue;
      const n = m.name(i);
      if (m.type(i) === 'native' && !n.startsWith('system /')) nat += m.self(i);
      else js += m.self(i);
    }
    return { js, nat };
  };
  const s1 = split(a);
  const s2 = split(b);
  print(`  snapshot self sizes: V8 objects ${kb(s1.js)} → ${kb(s2.js)} (${kb(s2.js - s1.js)}), Blink/cppgc native ${kb(s1.nat)} → ${kb(s2.nat)} (${kb(s2.nat - s1.nat)})`);

  // Code objects: whose code?
  const codeNodes = fresh.filter((i) => b.type(i) === 'code' && /InstructionStream|system \/ Code$/.test(b.name(i)));
  if (codeNodes.length) {
    const owners = new Map();
    for (const i of codeNodes) {
      const o = codeOwner(b, i);
      const v = owners.get(o) ?? { n: 0, bytes: 0, sample: i };
      v.n++;
      v.bytes += b.self(i);
      owners.set(o, v);
    }
    print(`  new code objects (Code + InstructionStream: ${codeNodes.length}) by owner:`);
    for (const [o, v] of [...owners].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, 20)) {
      print(`    ${String(v.bytes).padStart(8)} B  ${String(v.n).padStart(4)}×  ${o}`);
    }
    const sample = [...owners.values()].sort((x, y) => y.bytes - x.bytes).slice(0, 3);
    for (const v of sample) print(`      path: ${pathText(b, parentEdge, v.sample)}`);
  }
  return { diff, freshBytes, freshCount: fresh.length };
}


// The V8 sampling profiler's trace events, merged (profile.mjs, profile-load.mjs).
/** Trace `Profile`/`ProfileChunk` events (one profile per isolate) → node table and self time. */
export function mergeProfiles(events) {
  const byId = new Map();
  const parent = new Map();
  const self = new Map();
  const profiles = new Set();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    profiles.add(key);
    const cp = e.args?.data?.cpuProfile ?? {};
    for (const n of cp.nodes ?? []) {
      const nid = `${key}:${n.id}`;
      byId.set(nid, { id: nid, callFrame: { url: '', functionName: '', lineNumber: 0, ...n.callFrame } });
      if (n.parent !== undefined) parent.set(nid, `${key}:${n.parent}`);
    }
    const samples = cp.samples ?? [];
    const deltas = e.args?.data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const nid = `${key}:${samples[i]}`;
      self.set(nid, (self.get(nid) ?? 0) + Math.max(0, deltas[i + 1] ?? 0));
    }
  }
  return { byId, parent, self, count: profiles.size };
}

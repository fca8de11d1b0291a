/** Summarises a V8 .cpuprofile: self time by function and by area of the code base. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Share of wall time the main thread was idle (waiting for the database). */
  idleShare: number;
  byArea: { area: string; ms: number; share: number }[];
  topFunctions: { fn: string; ms: number; share: number }[];
}

/** Buckets a script URL into an area a reader recognises. */
function areaOf(url: string, functionName: string): string {
  if (functionName === '(idle)') return 'idle (waiting for the database)';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || !url) return 'V8 / native';
  const src = url.match(/\/src\/(.+?)\.ts/);
  if (src) {
    const path = src[1];
    if (path.startsWith('modules/imports/parse/')) return 'imports: parse (src/modules/imports/parse)';
    if (path.startsWith('modules/imports/')) return `imports: ${path.slice('modules/imports/'.length)}`;
    if (path.startsWith('modules/audit/') || path === 'domain/audit-chain') return 'audit (SM3 chain, canonical JSON)';
    return path;
  }
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return `package: ${pkg[1]}`;
  if (url.startsWith('node:')) return 'node core';
  return url;
}

export function summariseProfile(file: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const shortUrl = url.replace(/^.*\/(src|node_modules)\//, '$1/');
    const fn = `${functionName || '(anonymous)'} ${shortUrl}:${lineNumber + 1}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  const idle = [...areas.entries()].filter(([a]) => a.startsWith('idle')).reduce((s, [, v]) => s + v, 0);
  return {
    totalMs: Math.round(total),
    idleShare: Math.round((idle / total) * 1000) / 1000,
    byArea: sorted(areas).slice(0, 15).map(([area, ms]) => ({ area, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 1000 })),
    topFunctions: sorted(fns).filter(([fn]) => !fn.startsWith('(idle)')).slice(0, 20).map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: Math.round((ms / total) * 1000) / 1000 })),
  };
}

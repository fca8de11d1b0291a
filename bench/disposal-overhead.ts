/**
 * What opening disposals costs an import (issue 4): the same national-layout file imported twice
 * into fresh PostgreSQL databases — once with every sample qualified, once with 3 % unqualified,
 * which opens a disposal, its six steps, assist requests and work items in the same transactions.
 * The ratio of the two times is the overhead. Run:
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/disposal-overhead.ts
 * (BENCH_OVERHEAD_SAMPLES, default 20 000).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/modules/access/actor.js';
import { runSampleImport } from '../src/modules/imports/run-sample-import.js';
import { importOptionsSchema } from '../src/modules/imports/import-options.js';
import { createImportJob } from '../src/modules/imports/import-jobs.js';
import { loadSampleCatalogue } from '../src/modules/sampling/load-sample-catalogue.js';
import { postgresDatabase } from "./lib.js";

const HEADER = ['序号', '标称生产企业名称', '标称生产企业地址', '被抽检单位名称', '被抽样单位地址', '被抽样单位所在省份', '样品名称', '规格型号', '商标', '生产日期', '保质期', '不合格项目', '检验值', '标准值', '标签标注要求', '备注', '检验机构', '食品细类', '抽样编号'];
const COUNTIES = ['成都市武侯区', '成都市锦江区', '绵阳市涪城区', '自贡市自流井区', '乐山市市中区', '南充市顺庆区', '宜宾市翠屏区', '德阳市旌阳区'];

function writeCsv(path: string, samples: number, unqualifiedEvery: number | null) {
  const lines = [HEADER.join(',')];
  for (let i = 0; i < samples; i++) {
    const county = COUNTIES[i % COUNTIES.length];
    const failed = unqualifiedEvery !== null && i % unqualifiedEvery === 0;
    lines.push(
      [i + 1, '四川某某农业科技有限公司', '四川省成都市彭州市某某镇', `${county}第${i % 500}生鲜超市`, `四川省${county}某某路${i}号`, '四川', '芹菜', '/', '/',
        '2026-04-12', '/', '毒死蜱', failed ? '0.12mg/kg' : '0.01mg/kg', '≤0.05mg/kg', '/', '', '四川省食品检验研究院', '芹菜', `OVH${String(i).padStart(8, '0')}`].join(','),
    );
  }
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

async function importInto(adminUrl: string, name: string, file: string) {
  const bench = await postgresDatabase(adminUrl, name);
  const db = bench.database.db;
  const options = importOptionsSchema.parse({ defaultSamplingDate: '2026-11-20', defaultLink: 'distribution' });
  const job = await createImportJob(db, { user: null, unitId: null, fileName: file, fileSha256: '-', filePath: file, options });
  const catalogue = await loadSampleCatalogue(db);
  const start = performance.now();
  const summary = await runSampleImport({ db, actor: systemActor, jobId: job.id, filePath: file, fileName: 'bench.csv', options, catalogue });
  const ms = performance.now() - start;
  const counted = (await db.execute(sql`SELECT (SELECT count(*) FROM disposals)::int AS disposals, (SELECT count(*) FROM work_items WHERE subject_type IN ('disposal','assistRequest'))::int AS items`)) as unknown as { rows: { disposals: number; items: number }[] };
  const counts = counted.rows[0];
  await bench.dispose();
  return { ms, summary, counts };
}

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL (an administrative URL) is required');
const samples = Number(process.env.BENCH_OVERHEAD_SAMPLES ?? 20_000);
const dir = mkdtempSync(join(tmpdir(), 'jjld-overhead-'));
const clean = join(dir, 'qualified.csv');
const failing = join(dir, 'three-percent.csv');
writeCsv(clean, samples, null);
writeCsv(failing, samples, 33); // every 33rd sample: 3.0 %

const base = await importInto(adminUrl, 'jjld_bench_overhead_a', clean);
const withDisposals = await importInto(adminUrl, 'jjld_bench_overhead_b', failing);
const result = {
  samples,
  importAloneMs: Math.round(base.ms),
  withDisposalsMs: Math.round(withDisposals.ms),
  disposalsOpened: withDisposals.summary.disposalsOpened,
  workItems: withDisposals.counts.items,
  overhead: `${(((withDisposals.ms - base.ms) / base.ms) * 100).toFixed(1)} %`,
  ratio: (withDisposals.ms / base.ms).toFixed(3),
};
console.log(JSON.stringify(result, null, 1));

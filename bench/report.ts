/** Renders bench results as the markdown docs/performance.md quotes. */
import { renderEscalations } from './escalation-bench.js';
import type { DatabaseFigures, Results } from './run.js';

const n = (v: number | undefined) => (v === undefined ? '—' : v.toLocaleString('en-US'));
const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v).toLocaleString('en-US')} ms`);

function database(f: DatabaseFigures): string {
  const out: string[] = [`## ${f.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'} (${f.version})`, ''];
  if (f.generate) {
    const g = f.generate;
    const r = g.report;
    out.push(
      '### Synthetic data',
      '',
      `| samples | result items | enterprises | time | samples/s | rows/s (all tables) | unqualified + 问题 |`,
      '|---|---|---|---|---|---|---|',
      `| ${n(r.inserted.samples)} | ${n(r.inserted.resultItems)} | ${n(r.inserted.enterprises)} | ${ms(g.ms)} | ${n(g.samplesPerSecond)} | ${n(g.rowsPerSecond)} | ${n(r.unqualified)} + ${n(r.issue)} (${(((r.unqualified + r.issue) / Math.max(1, r.inserted.samples)) * 100).toFixed(1)} %) |`,
      '',
      `Time by step (ms; writes overlap generation): ${Object.entries(r.phaseMs)
        .map(([k, v]) => `${k} ${n(v)}`)
        .join(', ')}. \`VACUUM ANALYZE\` afterwards: ${ms(g.analyzeMs ?? 0)}.` +
        (g.tableSizes ? ` Sizes: ${Object.entries(g.tableSizes).map(([k, v]) => `${k} ${v}`).join(', ')}.` : ''),
      '',
    );
  } else if (f.reusedSamples) out.push(`Reused a database of ${n(f.reusedSamples)} samples.`, '');
  if (f.import) {
    const i = f.import;
    out.push(
      '### Import of a national-layout CSV',
      '',
      `| rows | samples | file | runSampleImport | rows/s | raw COPY (same rows, text table) | rows/s | import ÷ COPY |`,
      '|---|---|---|---|---|---|---|---|',
      `| ${n(i.rows)} | ${n(i.samples)} | ${(i.fileBytes / 2 ** 20).toFixed(1)} MB | ${ms(i.importMs)} | ${n(i.rowsPerSecond)} | ${ms(i.copyMs)} | ${n(i.copyRowsPerSecond)} | ${i.ratioToCopy} |`,
      '',
      `Stages: parse only ${ms(i.parseMs)}; parse + map (validate, judge) ${ms(i.parseMapMs)}; so writing ≈ ${ms(Math.max(0, i.importMs - i.parseMapMs))} ` +
        `(${Math.round((Math.max(0, i.importMs - i.parseMapMs) / i.importMs) * 100)} %; parsing overlaps writing). ` +
        `Summary: ${n(i.summary.imported)} imported, ${n(i.summary.updated)} updated, ${n(i.summary.rejected)} rejected, ${n(i.summary.needsReview)} flagged for review.`,
      '',
    );
    if (i.summary.firstErrors.length) out.push(`First rejections: ${i.summary.firstErrors.map((e) => `row ${e.row} ${e.column ?? ''}: ${e.message}`).join('; ')}`, '');
  }
  if (f.profile) {
    const p = f.profile;
    out.push(
      `### Where the import's time goes (${n(p.rows)} rows under --cpu-prof, ${ms(p.importMs)})`,
      '',
      '| area | ms | share |',
      '|---|---|---|',
      ...p.byArea.slice(0, 10).map((a) => `| ${a.area} | ${n(a.ms)} | ${(a.share * 100).toFixed(1)} % |`),
      '',
      'Hottest functions (self time):',
      '',
      ...p.topFunctions.slice(0, 8).map((t) => `- \`${t.fn}\` ${n(t.ms)} ms (${(t.share * 100).toFixed(1)} %)`),
      '',
    );
  }
  if (f.escalations) out.push(renderEscalations(f.escalations));
  if (f.list && f.bareRoute) {
    out.push(
      '### Sample list (listSamples: page of 20 + count)',
      '',
      `Bare Fastify route (constant JSON via app.inject): p50 ${f.bareRoute.p50} ms, p95 ${f.bareRoute.p95} ms.`,
      '',
      '| case | user | total | p50 | p95 | max | hand-written page query p50 / p95 | ÷ hand-written | ÷ bare route |',
      '|---|---|---|---|---|---|---|---|---|',
      ...f.list.map(
        (l) =>
          `| ${l.id}. ${l.label} | ${l.user} | ${n(l.total)}${l.totalCapped ? '+' : ''} | ${l.listSamples.p50} | ${l.listSamples.p95} | ${l.listSamples.max} | ${l.handWritten.p50} / ${l.handWritten.p95} | ${l.ratioToHandWritten} | ${l.ratioToBareRoute} |`,
      ),
      '',
      '#### Plans',
      '',
    );
    for (const l of f.list) {
      out.push(`##### ${l.id}. ${l.label}`, '', '```sql', l.pageSql, '```', '', '```', l.pagePlan, '```', '', '```sql', l.countSql, '```', '', '```', l.countPlan, '```', '');
    }
  }
  return out.join('\n');
}

export function renderReport(r: Results): string {
  const out = [
    `# Benchmark run ${r.startedAt}`,
    '',
    `Machine: ${r.machine.nproc || r.machine.cpus} cores (${r.machine.model}), ${r.machine.memoryGb} GB memory, Node ${r.machine.node}; ` +
      `load average at start ${r.machine.loadStart.join(' / ')}${r.machine.loadEnd ? `, at end ${r.machine.loadEnd.join(' / ')}` : ''}.`,
    '',
    '```',
    r.machine.free,
    '```',
    '',
    `Parameters: ${Object.entries(r.parameters).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    '',
  ];
  if (r.postgres) out.push(database(r.postgres));
  if (r.pglite) out.push(database(r.pglite));
  if (r.methods?.length) {
    out.push('## Bulk write method (synthetic samples into an empty database)', '', '| database | method | samples | time | samples/s |', '|---|---|---|---|---|');
    for (const m of r.methods) out.push(`| ${m.database} | ${m.method} | ${n(m.samples)} | ${ms(m.ms)} | ${n(m.samplesPerSecond)} |`);
    out.push('');
  }
  return out.join('\n');
}

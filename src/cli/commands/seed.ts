import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.js';
import { prepareDatabase } from '../../server/prepare-database.js';
import { rebuildSampleStats } from '../../modules/stats/rebuild-sample-stats.js';
import { DEFAULT_SEED, DEFAULT_YEARS, seedSyntheticSamples, type SeedProgress } from '../../modules/demo/synthetic/seed-samples.js';
import { openCliDatabase } from '../context.js';

function wholeNumber(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${raw}"`);
  return value;
}

class UsageError extends Error {}

/** One progress line on stderr: rewritten in place on a terminal, every ~10 % otherwise. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastTenth = -1;
  return (p: SeedProgress) => {
    const percent = p.total ? Math.floor((p.generated / p.total) * 100) : 100;
    const rate = p.elapsedMs > 0 ? Math.round((p.inserted * 1000) / p.elapsedMs) : 0;
    const line = `demo samples: ${p.generated}/${p.total} generated (${percent}%), ${p.inserted} written, ${rate} samples/s`;
    if (tty) process.stderr.write(`\r${line}\x1b[K`);
    else if (Math.floor(percent / 10) !== lastTenth) {
      lastTenth = Math.floor(percent / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

export async function runSeed(args: string[]): Promise<number> {
  let values;
  let samples: number | undefined;
  let years: number;
  let seed: number;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        demo: { type: 'boolean', default: false },
        password: { type: 'string' },
        samples: { type: 'string' },
        years: { type: 'string' },
        seed: { type: 'string' },
        method: { type: 'string' },
      },
    }));
    samples = values.samples === undefined ? undefined : wholeNumber('samples', values.samples, 0);
    years = wholeNumber('years', values.years, DEFAULT_YEARS, 1);
    seed = wholeNumber('seed', values.seed, DEFAULT_SEED);
    if ((samples !== undefined || values.years || values.seed) && !values.demo) throw new UsageError('--samples, --years and --seed need --demo');
    if (values.method && !['copy', 'insert'].includes(values.method)) throw new UsageError('--method must be copy or insert');
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 2;
  }
  const config = loadConfig(process.env, { requireComplaintKey: false });
  const database = await openCliDatabase();
  try {
    // With --samples the generator runs below, with the caller's N, seed and years, whatever the database holds.
    const result = await prepareDatabase(database, {
      demo: values.demo,
      demoPassword: values.password ?? config.demoPassword,
      complaintKey: config.complaintKey,
      ...(samples !== undefined ? { demoSamples: 0 } : {}),
    });
    const demoSamples = result.demoSamplesCreated ? `; demo samples: ${result.demoSamplesCreated}` : '';
    console.log(`organisation: ${result.orgUnitsInserted} units added; demo accounts created: ${result.demoUsersCreated}${demoSamples}`);
    if (samples !== undefined && samples > 0) {
      const report = await seedSyntheticSamples(database.db, {
        samples,
        years,
        seed,
        method: values.method as 'copy' | 'insert' | undefined,
        onProgress: progressPrinter(),
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      // The bulk load bypasses the results hook: the province view's aggregates are recomputed once.
      if (report.inserted.samples > 0) await rebuildSampleStats(database.db);
      const seconds = report.durationMs / 1000;
      const rate = Math.round(report.inserted.samples / Math.max(seconds, 0.001));
      const span = `seed ${report.seed}, ${report.years.from}–${report.years.to}`;
      if (report.inserted.samples === 0 && report.inserted.enterprises === 0) {
        console.log(`demo samples (${span}): nothing new — all ${report.skippedExisting} sample numbers already exist (same seed and --samples); use another --seed to add more`);
      } else {
        console.log(
          `demo samples (${span}): inserted ${report.inserted.samples} samples, ${report.inserted.resultItems} result items, ` +
            `${report.inserted.enterprises} enterprises; skipped ${report.skippedExisting} existing samples, reused ${report.reusedEnterprises} enterprises; ` +
            `${report.unqualified} 不合格 and ${report.issue} 问题; ${report.offenders.length} planted repeat offenders; ` +
            `${seconds.toFixed(1)} s (${rate} samples/s, ${report.database} ${report.method})`,
        );
      }
    }
    return 0;
  } finally {
    await database.close();
  }
}

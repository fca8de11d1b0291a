import { parseArgs } from 'node:util';
import { basename } from 'node:path';
import { createReadStream, existsSync } from 'node:fs';
import { importOptionsSchema } from '../../modules/imports/import-options.js';
import { createImportJob, finishJob, updateJobProgress } from '../../modules/imports/import-jobs.js';
import { JobHeartbeat } from '../../modules/imports/job-owner.js';
import { prepareImportRun, storeUpload } from '../../modules/imports/start-sample-import.js';
import { ImportFileError, runSampleImport } from '../../modules/imports/run-sample-import.js';
import { zodDetails } from '../../http/errors.js';
import { loadConfig } from '../../server/config.js';
import { cliOperator, openCliDatabase } from '../context.js';

const usage = 'usage: npm run cli -- import samples <file> [--format auto|provincial|national|template] [--dry-run] [--json] [--progress] [--sampling-date YYYY-MM-DD] [--link production|distribution|catering|online] [--sampling-type supervisory|risk_monitoring|evaluative] [--plan <id>]';

/**
 * Imports a file on the same database as `npm start`. On the embedded database the data
 * directory lock refuses while the server runs (use the web page or POST /api/imports/samples
 * then); on PostgreSQL both run side by side.
 */
export async function runImport(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      progress: { type: 'boolean', default: false },
      'sampling-date': { type: 'string' },
      link: { type: 'string' },
      'sampling-type': { type: 'string' },
      plan: { type: 'string' },
    },
  });
  const [what, file] = positionals;
  if (what !== 'samples' || !file) {
    console.error(usage);
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`错误：找不到文件 ${file}`);
    return 1;
  }
  const options = importOptionsSchema.safeParse({
    format: values.format,
    dryRun: values['dry-run'],
    defaultSamplingDate: values['sampling-date'],
    defaultLink: values.link,
    defaultSamplingType: values['sampling-type'],
    planId: values.plan,
  });
  if (!options.success) {
    console.error(`错误：参数不正确 ${JSON.stringify(zodDetails(options.error))}`);
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const operator = await cliOperator(database);
    const prepared = await prepareImportRun(database.db, operator, null, options.data);
    // The original stays where it is; a copy is hashed and kept for the job like an upload.
    const stored = await storeUpload(loadConfig(process.env, { requireComplaintKey: false }).uploadDir, createReadStream(file));
    const job = await createImportJob(database.db, {
      user: null,
      unitId: operator.unit.id,
      fileName: basename(file),
      fileSha256: stored.sha256,
      filePath: stored.path,
      options: options.data,
    });
    // --progress forces progress lines (one per batch) even when stderr is not a terminal (logs, tests).
    const progressLine = values.progress || (!values.json && process.stderr.isTTY);
    const newline = values.progress && !process.stderr.isTTY ? '\n' : '';
    // Beats while the file runs, so a server process can tell this job from one whose CLI was killed.
    const heartbeat = new JobHeartbeat(database.db);
    heartbeat.hold(job.id);
    try {
      const summary = await runSampleImport({
        db: database.db,
        jobId: job.id,
        filePath: stored.path,
        fileName: basename(file),
        options: options.data,
        ...prepared,
        // The job row first: a line on the screen then always matches what the row says.
        onProgress: async (percent, s) => {
          await updateJobProgress(database.db, job.id, percent, s);
          if (progressLine) process.stderr.write(`\r导入中 ${percent}%  已写入 ${s.rowsDone ?? 0} 行  新增 ${s.imported}  更新 ${s.updated}  拒绝 ${s.rejected}${newline}`);
        },
      });
      await finishJob(database.db, job.id, { summary });
      if (progressLine) process.stderr.write('\n');
      if (values.json) console.log(JSON.stringify({ id: job.id, ...summary }));
      else {
        console.log(
          `${summary.dryRun ? '预览（未写入）' : '完成'}：${summary.layout} 格式，表头第 ${summary.headerRow} 行；共 ${summary.rows} 行，新增 ${summary.imported}，更新 ${summary.updated}，未变化 ${summary.unchanged}，拒绝 ${summary.rejected}，待核实 ${summary.needsReview}`,
        );
        for (const e of summary.errors.slice(0, 50)) console.log(`  第 ${e.row} 行${e.column ? `「${e.column}」` : ''}：${e.message}`);
        if (summary.errors.length > 50) console.log(`  …… 另有 ${summary.errors.length - 50} 条，完整报告见 GET /api/imports/${job.id}/errors.xlsx`);
      }
      return 0;
    } catch (error) {
      const message = error instanceof ImportFileError ? error.message : '导入失败：系统内部错误';
      await finishJob(database.db, job.id, { error: message });
      if (values.json) console.log(JSON.stringify({ id: job.id, status: 'failed', error: message }));
      else console.error(`错误：${message}`);
      if (!(error instanceof ImportFileError)) console.error(error);
      return 1;
    } finally {
      heartbeat.release(job.id);
    }
  } finally {
    await database.close();
  }
}

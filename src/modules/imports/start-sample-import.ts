import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits, samplingPlans } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { SamplingType } from '../../domain/sampling/judge.js';
import { reaches, reachesAll } from '../../domain/jurisdiction.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';
import { loadSampleCatalogue } from '../sampling/load-sample-catalogue.js';
import { createImportJob } from './import-jobs.js';
import type { ImportQueue } from './import-queue.js';
import type { ImportOptions } from './import-options.js';
import { runSampleImport, type ImportRun } from './run-sample-import.js';

/** Writes an upload to disk while hashing it; the job reads it from there, streamed. */
export async function storeUpload(uploadDir: string, file: Readable): Promise<{ path: string; sha256: string; bytes: number }> {
  await mkdir(uploadDir, { recursive: true });
  const path = join(uploadDir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(file, tap, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
  return { path, sha256: hash.digest('hex'), bytes };
}

/** `jurisdiction.sample.enter`: province-wide samplers (抽检监测处, the institute) import anywhere; others within their jurisdiction. */
async function writeGuard(db: Db, user: SessionUser): Promise<ImportRun['mayWrite']> {
  if (reachesAll(user, 'sample', 'enter')) return undefined;
  const units = await db.select({ id: orgUnits.id, path: orgUnits.path }).from(orgUnits);
  const paths = new Map(units.map((u) => [u.id, u.path]));
  // The owner's region: the sampled party's, or a Sichuan producer's for a sample taken elsewhere.
  return (draft) =>
    reaches(user, 'sample', 'enter', { units: { owner: { path: paths.get(ownerUnitForRegion(draft.ownerRegionCode)) } } })
      ? null
      : `${draft.ownerRegionCode === draft.values.regionCode ? '被抽样单位' : '标称生产企业'}所在地区（${draft.ownerRegionCode ?? '未识别'}）不在您的管辖范围内`;
}

/** Everything a run needs besides the file: actor, catalogue, plan, jurisdiction guard. */
export async function prepareImportRun(db: Db, user: SessionUser, ip: string | null, options: ImportOptions) {
  let planSamplingType: SamplingType | null = null;
  if (options.planId) {
    const [plan] = await db.select().from(samplingPlans).where(eq(samplingPlans.id, options.planId)).limit(1);
    if (!plan) throw new DomainError('VALIDATION_FAILED', { planId: '抽检计划不存在' });
    planSamplingType = plan.samplingType as SamplingType;
  }
  return { actor: actorOf(user, ip), catalogue: await loadSampleCatalogue(db), planSamplingType, plansByName: await plansByName(db), mayWrite: await writeGuard(db, user) };
}

/** Plans a file's 计划名称 can name: only names that are unique, so a sample never joins the wrong plan. */
async function plansByName(db: Db): Promise<Map<string, string>> {
  const plans = await db.select({ id: samplingPlans.id, name: samplingPlans.name }).from(samplingPlans);
  const count = new Map<string, number>();
  for (const p of plans) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return new Map(plans.filter((p) => count.get(p.name) === 1).map((p) => [p.name, p.id]));
}

/** Accepts an uploaded file as a queued job and answers at once with its id. */
export async function startSampleImport(
  db: Db,
  queue: ImportQueue,
  user: SessionUser,
  input: { fileName: string; stored: { path: string; sha256: string }; options: ImportOptions; ip: string | null },
) {
  const prepared = await prepareImportRun(db, user, input.ip, input.options);
  const job = await createImportJob(db, {
    user,
    unitId: user.unit.id,
    fileName: input.fileName,
    fileSha256: input.stored.sha256,
    filePath: input.stored.path,
    options: input.options,
  });
  queue.enqueue({
    jobId: job.id,
    filePath: input.stored.path,
    run: (onProgress) =>
      runSampleImport({ db, jobId: job.id, filePath: input.stored.path, fileName: input.fileName, options: input.options, ...prepared, onProgress }),
  });
  return { id: job.id };
}

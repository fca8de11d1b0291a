import { rm } from 'node:fs/promises';
import { z } from 'zod';
import type { MultipartFile } from '@fastify/multipart';
import { route, idParams, type ApiContext } from '../../http/api-route.js';
import { zodDetails } from '../../http/errors.js';
import { DomainError } from '../../domain/errors.js';
import { errorReport } from './error-report.js';
import { findImportJob, jobView, listImportJobs } from './import-jobs.js';
import { importOptionsSchema, type ImportSummary } from './import-options.js';
import type { ImportQueue } from './import-queue.js';
import { startSampleImport, storeUpload } from './start-sample-import.js';
import { templateWorkbook } from './template-workbook.js';
import { cleanFileName } from '../attachments/file-types.js';
import { importJob, importJobList, importStarted } from '../../contracts/imports.js';

const ACCEPTED = /\.(xlsx|csv)$/i;

export function registerImportRoutes(api: ApiContext, queue: ImportQueue) {
  const db = api.database.db;
  route(api, {
    method: 'POST',
    url: '/api/imports/samples',
    summary: '导入抽检数据（multipart：file，可选 format、dryRun、defaultSamplingDate、defaultLink、defaultSamplingType、planId），返回任务 id',
    tags: ['imports'],
    permission: 'sample.import',
    reply: importStarted,
    handler: async ({ user, request, ip, reply }) => {
      if (!request.isMultipart()) throw new DomainError('BAD_REQUEST', { file: '请以 multipart/form-data 上传文件' });
      const fields: Record<string, string> = {};
      let upload: { fileName: string; stored: Awaited<ReturnType<typeof storeUpload>> } | null = null;
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            const file = part as MultipartFile;
            if (upload || file.fieldname !== 'file') {
              file.file.resume();
              continue;
            }
            // Control characters (a NUL cannot be stored) and directories leave the name.
            const fileName = cleanFileName(file.filename);
            if (!ACCEPTED.test(fileName)) {
              file.file.resume();
              throw new DomainError('VALIDATION_FAILED', { file: '只支持 .xlsx 或 .csv 文件' });
            }
            upload = { fileName, stored: await storeUpload(api.config.uploadDir, file.file) };
            // Over the size limit the stream just ends early; the parts iterator throws only later.
            if (file.file.truncated) throw new DomainError('PAYLOAD_TOO_LARGE', { file: '文件超过导入大小上限' });
          } else fields[part.fieldname] = String(part.value);
        }
        if (!upload) throw new DomainError('VALIDATION_FAILED', { file: '请选择要导入的文件' });
        if (upload.stored.bytes === 0) throw new DomainError('VALIDATION_FAILED', { file: '文件为空' });
        const options = importOptionsSchema.safeParse(fields);
        if (!options.success) throw new DomainError('VALIDATION_FAILED', zodDetails(options.error));
        reply.status(202);
        // Once the job exists, its queue owns the file and deletes it when the job ends.
        return await startSampleImport(db, queue, user, { fileName: upload.fileName, stored: upload.stored, options: options.data, ip });
      } catch (error) {
        // A refused request keeps no bytes (413, bad options, an empty file, an unknown plan …).
        if (upload) await rm(upload.stored.path, { force: true });
        throw error;
      }
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/imports',
    summary: '本单位及下级的导入任务（最近20个）',
    tags: ['imports'],
    permission: 'sample.import',
    reply: importJobList,
    handler: async ({ user }) => ({ items: await listImportJobs(db, user) }),
  });
  route(api, {
    method: 'GET',
    url: '/api/imports/:id',
    summary: '导入任务状态：{ status: queued|running|done|failed, progress (0–100), summary }',
    tags: ['imports'],
    permission: 'sample.import',
    reply: importJob,
    params: idParams,
    handler: async ({ user, params }) => jobView(await findImportJob(db, user, params.id)),
  });
  route(api, {
    method: 'GET',
    url: '/api/imports/:id/errors.xlsx',
    summary: '导入错误报告（xlsx：行号、列、问题）',
    tags: ['imports'],
    permission: 'sample.import',
    params: idParams,
    handler: async ({ user, params, reply }) => {
      const job = jobView(await findImportJob(db, user, params.id));
      if (!job.summary) throw new DomainError('IMPORT_NOT_FINISHED', { status: job.status });
      const name = encodeURIComponent(`导入错误报告-${job.fileName.replace(/\.(xlsx|csv)$/i, '')}.xlsx`);
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${name}`);
      const full = (await findImportJob(db, user, params.id)).summary as ImportSummary;
      return reply.send(errorReport(job.fileName, full));
    },
  });
  route(api, {
    method: 'GET',
    url: '/api/imports/template.xlsx',
    summary: '下载本平台的抽检数据导入模板',
    tags: ['imports'],
    permission: 'sample.import',
    query: z.object({}),
    handler: async ({ reply }) => {
      reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent('抽检数据导入模板.xlsx')}`);
      return reply.send(await templateWorkbook());
    },
  });
}

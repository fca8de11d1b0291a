import { randomUUID } from 'node:crypto';
import { hasMarkup, NO_MARKUP } from '../../domain/complaints/markup.js';
import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { complaintImports } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import type { ComplaintImportSummary } from '../../contracts/complaints.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';
import { recordAudit } from '../audit/record-audit.js';
import { openSheets, type RawRow } from '../imports/parse/read-rows.js';
import { checkIntake } from './create-complaint.js';
import { findComplaintHeader, kindOf, parseDateTime, type ComplaintField } from './complaint-sheet.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';
import { loadIntakeDeadlines, receiveComplaint, type IntakeDeadlines } from './receive-complaint.js';

/** A 12345 export holds a day's or a week's transfers; more than this is not one import. */
export const COMPLAINT_IMPORT_MAX_ROWS = 5000;

/**
 * 12345 transfers (转办件) from the hotline's export, xlsx or csv: each row through the same intake
 * as every channel, in its own transaction — a bad row is reported with its sheet row and reason
 * and never half-stored; a row whose 12345 number is already here, or that repeats a complainant
 * and enterprise within 7 days, is merged, not counted twice. Runs at once (a day's export is
 * small) but answers as a job, so the web polls it like the sample import.
 */
export async function importComplaints(db: Db, user: SessionUser, file: { path: string; fileName: string }, cipher: PersonalDataCipher, ip: string | null, now = new Date()) {
  const id = randomUUID();
  const actor = actorOf(user, ip);
  await db.insert(complaintImports).values({ id, unitId: user.unit.id, fileName: file.fileName, status: 'running', createdByUserId: user.id, createdAt: now });
  const summary: ComplaintImportSummary = { rows: 0, imported: 0, merged: 0, rejected: 0, mergedRows: [], errors: [], sheetName: null, headerRow: null, mapping: {} };
  let failure: string | null = null;
  try {
    const source = await openSheets(file.path, file.fileName);
    if ('error' in source) throw new DomainError('VALIDATION_FAILED', { file: source.error });
    try {
      // The deadline rules and the calendar, read once for the file rather than once per row.
      const deadlines = await loadIntakeDeadlines(db);
      for await (const sheet of source.sheets) {
        const head: RawRow[] = [];
        let header = null;
        for await (const raw of sheet.rows) {
          if (!header) {
            head.push(raw);
            if (head.length <= 15) header = findComplaintHeader(head);
            if (header) summary.sheetName = sheet.name;
            continue;
          }
          if (raw.cells.every((c) => !c?.trim())) continue;
          summary.rows++;
          if (summary.rows > COMPLAINT_IMPORT_MAX_ROWS) throw new DomainError('VALIDATION_FAILED', { file: `一次最多导入${COMPLAINT_IMPORT_MAX_ROWS}行，请分批导入` });
          await importRow(db, actor, raw, header.columns, summary, cipher, deadlines, now);
        }
        if (header) {
          summary.headerRow = header.row;
          summary.mapping = header.mapping;
          break; // the first sheet with the layout is the export
        }
      }
    } finally {
      source.close();
    }
    if (summary.headerRow === null) throw new DomainError('VALIDATION_FAILED', { file: '未找到表头：应包含“工单编号”“诉求内容”“事发地址”等列' });
  } catch (error) {
    failure = error instanceof DomainError ? String(Object.values((error.details ?? {}) as Record<string, string>)[0] ?? error.message) : '导入失败';
    if (!(error instanceof DomainError)) throw error;
  } finally {
    await rm(file.path, { force: true });
    await db.transaction(async (tx) => {
      await tx.update(complaintImports).set({ status: failure ? 'failed' : 'done', summary, error: failure, finishedAt: new Date() }).where(eq(complaintImports.id, id));
      await recordAudit(tx, actor, { action: 'complaint.import', entityType: 'complaintImport', entityId: id, after: { fileName: file.fileName, imported: summary.imported, merged: summary.merged, rejected: summary.rejected, error: failure } });
    });
  }
  return getComplaintImport(db, user, id);
}

async function importRow(
  db: Db,
  actor: ReturnType<typeof actorOf>,
  raw: RawRow,
  columns: Map<ComplaintField, number>,
  summary: ComplaintImportSummary,
  cipher: PersonalDataCipher,
  deadlines: IntakeDeadlines,
  now: Date,
) {
  const cell = (f: ComplaintField) => {
    const i = columns.get(f);
    return i === undefined ? '' : (raw.cells[i] ?? '').trim();
  };
  const numeric = (f: ComplaintField) => columns.has(f) && (raw.numeric ?? []).includes(columns.get(f)!);
  const reject = (message: string) => {
    summary.rejected++;
    summary.errors.push({ row: raw.row, message });
  };
  const description = cell('description');
  if (!description) return reject('诉求内容为空');
  if (description.length > 5000) return reject('诉求内容超过5000字');
  if (hasMarkup(description)) return reject(`诉求内容${NO_MARKUP}`);
  const kindText = cell('kind');
  const kind = kindOf(kindText) ?? (kindText ? null : 'complaint');
  if (!kind) return reject(`诉求类型“${kindText}”无法识别（应为投诉或举报）`);
  const received = parseDateTime(cell('receivedAt'), numeric('receivedAt'), false);
  if (received === 'invalid') return reject(`受理时间“${cell('receivedAt')}”无法识别`);
  const due = parseDateTime(cell('dueAt'), numeric('dueAt'), true);
  if (due === 'invalid') return reject(`办理时限“${cell('dueAt')}”无法识别`);
  const name = cell('name');
  const phone = cell('phone');
  const anonymous = /^(是|匿名|保密|Y|yes|1)$/i.test(cell('anonymous')) || (!name && !phone);
  const input = {
    channel: 'hotline' as const,
    intake: 'import' as const,
    kind,
    anonymous,
    complainantName: name || null,
    complainantPhone: phone || null,
    enterpriseName: cell('enterpriseName') || null,
    enterpriseCreditCode: cell('creditCode') || null,
    foodName: cell('foodName') || null,
    address: cell('address') || null,
    description,
    hotlineNo: cell('hotlineNo') || null,
    hotlineDueAt: due,
    receivedAt: received && received < now ? received : now,
    createdByUserId: actor.userId,
  };
  try {
    checkIntake(input, now);
    const outcome = await db.transaction((tx) => receiveComplaint(tx, actor, input, cipher, deadlines));
    if (outcome.result === 'created') summary.imported++;
    else {
      summary.merged++;
      summary.mergedRows.push({ row: raw.row, trackingNo: outcome.trackingNo });
    }
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    reject(Object.values((error.details ?? {}) as Record<string, string>)[0] ?? error.message);
  }
}

/** A job of the user's unit or a unit below it (the importing unit's line, as sample import jobs). */
export async function getComplaintImport(db: Executor, user: SessionUser, id: string) {
  const [row] = await db
    .select()
    .from(complaintImports)
    .where(and(eq(complaintImports.id, id), ownerUnitInScope(user.scope, complaintImports.unitId)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'complaintImport', id });
  return {
    id: row.id,
    status: row.status as 'done' | 'failed' | 'running' | 'queued',
    progress: row.status === 'running' ? 50 : 100,
    fileName: row.fileName,
    summary: (row.summary as ComplaintImportSummary | null) ?? null,
    error: row.error,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

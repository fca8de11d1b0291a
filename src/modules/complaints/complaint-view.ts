import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, complaints, orgUnits } from '../../db/schema/index.js';
import { complaintChannels, complaintKinds, complaintOutcomes, complaintStatuses } from './complaint-names.js';
import { maskName, maskPhone, type PersonalDataCipher } from './personal-data-cipher.js';

type Row = typeof complaints.$inferSelect;
type Unit = { id: string; name: string; kind: string; regionCode: string | null };

export async function unitsById(db: Executor, ids: (string | null)[]): Promise<Map<string, Unit>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind, regionCode: orgUnits.regionCode }).from(orgUnits).where(inArray(orgUnits.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The complainant masked: what every list and detail shows, whoever reads it. */
export function maskedComplainant(row: Row, cipher: PersonalDataCipher) {
  if (row.anonymous) return null;
  const open = (v: string | null) => (v ? cipher.decrypt(v) : null);
  const name = open(row.complainantNameEnc);
  const phone = open(row.complainantPhoneEnc);
  return { name: name ? maskName(name) : null, phone: phone ? maskPhone(phone) : null };
}

export function isComplaintOverdue(row: Pick<Row, 'status' | 'acceptDueAt' | 'dueAt'>, now: Date): boolean {
  if (row.status === 'received') return Boolean(row.acceptDueAt && row.acceptDueAt < now) || Boolean(row.dueAt && row.dueAt < now);
  if (row.status === 'accepted') return Boolean(row.dueAt && row.dueAt < now);
  return false;
}

/** A complaint as list rows show it. */
export function complaintRowView(row: Row, units: Map<string, Unit>, cipher: PersonalDataCipher, now: Date) {
  const unit = (id: string | null) => (id ? (units.get(id) ?? { id, name: '', kind: '', regionCode: null }) : null);
  return {
    id: row.id,
    trackingNo: row.trackingNo,
    channel: row.channel as keyof typeof complaintChannels,
    channelName: complaintChannels[row.channel as keyof typeof complaintChannels] ?? row.channel,
    kind: row.kind as keyof typeof complaintKinds,
    kindName: complaintKinds[row.kind as keyof typeof complaintKinds] ?? row.kind,
    status: row.status as keyof typeof complaintStatuses,
    statusName: complaintStatuses[row.status as keyof typeof complaintStatuses] ?? row.status,
    anonymous: row.anonymous,
    complainant: maskedComplainant(row, cipher),
    enterpriseName: row.enterpriseName,
    foodName: row.foodName,
    regionCode: row.regionCode,
    handlerUnit: unit(row.handlerUnitId)!,
    divisionUnit: unit(row.divisionUnitId),
    hotlineNo: row.hotlineNo,
    receivedAt: row.receivedAt,
    acceptDueAt: row.acceptDueAt,
    dueAt: row.dueAt,
    overdue: isComplaintOverdue(row, now),
    outcome: row.status === 'rejected' ? 'rejected' : row.outcome,
    outcomeName: row.status === 'rejected' ? '不予受理' : row.outcome ? (complaintOutcomes[row.outcome as keyof typeof complaintOutcomes] ?? row.outcome) : null,
    duplicateCount: row.duplicateCount,
    mergedIntoId: row.mergedIntoId,
  };
}

export async function caseOf(db: Executor, caseId: string | null) {
  if (!caseId) return null;
  const [c] = await db.select({ id: cases.id, caseNo: cases.caseNo }).from(cases).where(eq(cases.id, caseId)).limit(1);
  return c ?? null;
}

export async function duplicatesOf(db: Executor, id: string) {
  return db
    .select({ id: complaints.id, trackingNo: complaints.trackingNo, receivedAt: complaints.receivedAt })
    .from(complaints)
    .where(and(eq(complaints.mergedIntoId, id)));
}

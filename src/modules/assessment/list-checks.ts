import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assessmentCheckUnits, assessmentChecks, assessmentFindings, attachments, orgUnits } from '../../db/schema/index.js';
import { checkMethodNames, findingStatusNames, type CheckMethod } from '../../domain/assessment/checks.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { checkReadable, isCheckingSide, managesAssessment } from './assessment-scope.js';
import { FINDING_ENTITY } from './finding-attachments.js';
import { outer } from '../../db/outer-column.js';
import { ownerUnitInScope } from '../access/scope-sql.js';

export async function listChecks(db: Executor, user: SessionUser, year: number | undefined, now = new Date()) {
  const today = toLocalDate(now);
  const rows = await db
    .select({
      check: assessmentChecks,
      units: sql<{ id: string; name: string }[]>`(SELECT coalesce(jsonb_agg(jsonb_build_object('id', o.id, 'name', o.name) ORDER BY o.region_code, o.name), '[]'::jsonb) FROM assessment_check_units cu JOIN org_units o ON o.id = cu.unit_id WHERE cu.check_id = ${outer(assessmentChecks.id)})`,
      findings: sql<number>`(SELECT count(*)::int FROM assessment_findings f WHERE f.check_id = ${outer(assessmentChecks.id)})`,
      openFindings: sql<number>`(SELECT count(*)::int FROM assessment_findings f WHERE f.check_id = ${outer(assessmentChecks.id)} AND f.status <> 'accepted')`,
    })
    .from(assessmentChecks)
    .where(and(checkReadable(user, today), year ? eq(assessmentChecks.year, year) : undefined))
    .orderBy(desc(assessmentChecks.startOn), asc(assessmentChecks.title));
  return {
    canPlan: managesAssessment(user),
    items: rows.map((r) => ({ ...checkView(r.check), units: r.units, findings: r.findings, openFindings: r.openFindings })),
  };
}

function checkView(c: typeof assessmentChecks.$inferSelect) {
  return { id: c.id, year: c.year, title: c.title, method: c.method as CheckMethod, methodName: checkMethodNames[c.method as CheckMethod] ?? c.method, startOn: c.startOn, endOn: c.endOn, team: c.team, notes: c.notes, createdByUnitId: c.createdByUnitId, version: c.version };
}

/** A check through the reader's scope (404 outside it), its units and the findings the reader may see (a checked unit its own). */
export async function getCheck(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const today = toLocalDate(now);
  const [c] = await db.select().from(assessmentChecks).where(and(eq(assessmentChecks.id, id), checkReadable(user, today))).limit(1);
  if (!c) throw new DomainError('NOT_FOUND', { entity: 'assessmentCheck', id });
  const checking = isCheckingSide(user, c);
  const units = await db
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(assessmentCheckUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, assessmentCheckUnits.unitId))
    .where(eq(assessmentCheckUnits.checkId, id))
    .orderBy(asc(orgUnits.regionCode), asc(orgUnits.name));
  const teamUnits = c.team.length ? await db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits).where(inArray(orgUnits.id, c.team.map((m) => m.unitId))) : [];
  const findings = await db
    .select({ finding: assessmentFindings, unitName: orgUnits.name })
    .from(assessmentFindings)
    .innerJoin(orgUnits, eq(orgUnits.id, assessmentFindings.unitId))
    .where(and(eq(assessmentFindings.checkId, id), checking ? undefined : ownerUnitInScope(user.scope, assessmentFindings.unitId)))
    .orderBy(asc(assessmentFindings.createdAt));
  const files = findings.length
    ? await db.select().from(attachments).where(and(eq(attachments.entityType, FINDING_ENTITY), inArray(attachments.entityId, findings.map((f) => f.finding.id)))).orderBy(asc(attachments.createdAt))
    : [];
  return {
    ...checkView(c),
    team: c.team.map((m) => ({ ...m, unitName: teamUnits.find((u) => u.id === m.unitId)?.name ?? '' })),
    units,
    checkingSide: checking,
    findings: findings.map(({ finding: f, unitName }) => ({
      id: f.id,
      unitId: f.unitId,
      unitName,
      description: f.description,
      requirement: f.requirement,
      dueOn: f.dueOn,
      foundOn: f.foundOn,
      indicatorCode: f.indicatorCode,
      deduction: f.deduction,
      status: f.status as 'open' | 'reported' | 'accepted',
      statusName: findingStatusNames[f.status] ?? f.status,
      report: f.report,
      reportedAt: f.reportedAt,
      acceptedAt: f.acceptedAt,
      reviewNote: f.reviewNote,
      version: f.version,
      overdue: f.status === 'open' && f.dueOn < today,
      actions: [
        ...(checking && f.status === 'reported' ? (['accept', 'return'] as const) : []),
        ...(f.status === 'open' && f.unitId === user.unit.id ? (['report'] as const) : []),
        ...(checking || f.unitId === user.unit.id ? (['attach'] as const) : []),
      ],
      files: files
        .filter((a) => a.entityId === f.id)
        .map((a) => ({ id: a.id, fileName: a.fileName, bytes: a.bytes, createdAt: a.createdAt, href: `/api/assessment/findings/${f.id}/attachments/${a.id}` })),
    })),
  };
}

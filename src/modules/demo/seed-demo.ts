import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { userRoles, users } from '../../db/schema/index.js';
import type { Role } from '../../domain/permissions.js';
import { systemActor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password-hash.js';
import { provincialUnits } from '../org/organisation-data.js';
import { unitIdForSlug, unitIdForRegion, organisationRows } from '../org/seed-organisation.js';
import { seedSyntheticSamples } from './synthetic/seed-samples.js';
import { rebuildSampleStats } from '../stats/rebuild-sample-stats.js';
import { seedDemoDisposals } from './seed-demo-disposals.js';
import { seedDemoUrgentReports } from './seed-demo-urgent.js';
import { seedDemoNotices } from './seed-demo-notices.js';
import { seedDemoEscalations } from './seed-demo-escalations.js';
import { seedDemoCases } from './seed-demo-cases.js';
import { seedDemoDishonest } from './seed-demo-credit.js';
import { completeDemoPlans, createDemoPlans } from './seed-demo-plans.js';
import { seedDemoReconciliations } from './seed-demo-reconciliations.js';
import { seedDemoRiskMeetings } from './seed-demo-risk-meetings.js';
import { seedDemoPublications } from './seed-demo-publications.js';
import { seedDemoComplaints } from './seed-demo-complaints.js';
import { seedDemoOpinion } from './seed-demo-opinion.js';
import { seedDemoAssessment } from './seed-demo-assessment.js';
import { DEMO_SIGNAL_PLANTS, seedDemoSignals } from './seed-demo-signals.js';

export const DEFAULT_DEMO_PASSWORD = 'Demo#2026';
/** Synthetic samples on a fresh demo database: enough for every page to show a living province. */
export const DEFAULT_DEMO_SAMPLES = 3000;

/** Roles of each provincial unit's demo account. */
const divisionRoles: Record<string, Role[]> = {
  enforcement: ['division_officer', 'enforcement_officer'],
  institute: ['lab_user'],
  news: ['division_officer', 'news_reviewer'],
};

interface DemoAccount {
  username: string;
  displayName: string;
  unitId: string;
  roles: Role[];
}

export function demoAccounts(): DemoAccount[] {
  const rows = organisationRows();
  const accounts: DemoAccount[] = [
    { username: 'admin', displayName: '系统管理员', unitId: unitIdForSlug('province'), roles: ['admin', 'auditor'] },
    { username: 'leader', displayName: '省局领导', unitId: unitIdForSlug('province'), roles: ['leader'] },
  ];
  for (const unit of provincialUnits) {
    accounts.push({
      username: `div-${unit.slug}`,
      displayName: `${unit.shortName}工作人员`,
      unitId: unitIdForSlug(unit.slug),
      roles: divisionRoles[unit.slug] ?? ['division_officer'],
    });
  }
  for (const row of rows) {
    if (row.kind === 'city_bureau' || row.kind === 'county_bureau') {
      const prefix = row.kind === 'city_bureau' ? 'city' : 'county';
      accounts.push({
        username: `${prefix}-${row.regionCode}`,
        displayName: `${row.shortName}市场监管局工作人员`,
        unitId: unitIdForRegion(row.regionCode!),
        roles: ['bureau_officer', 'enforcement_officer'],
      });
      // The bureau's own legal staff (法制审核, 行政处罚法 art. 58), never the case officers themselves.
      accounts.push({ username: `legal-${row.regionCode}`, displayName: `${row.shortName}市场监管局法制审核人员`, unitId: unitIdForRegion(row.regionCode!), roles: ['legal_reviewer'] });
      // A city bureau's leader approves its counties' seriously-dishonest listings (the level above).
      if (row.kind === 'city_bureau') {
        accounts.push({ username: `leader-${row.regionCode}`, displayName: `${row.shortName}市场监管局领导`, unitId: unitIdForRegion(row.regionCode!), roles: ['leader'] });
      }
    }
  }
  return accounts;
}

/**
 * Demo mode: one account per unit (README lists them), a living inbox and, on the first seed,
 * `samples` synthetic samples (src/modules/demo/synthetic). Idempotent: accounts that exist are
 * left alone. Demo accounts need no password change at first login.
 */
export async function seedDemo(db: Db, options: { password?: string; now?: Date; samples?: number; complaintKey?: Buffer } = {}) {
  const accounts = demoAccounts();
  const existing = await db
    .select({ username: users.username })
    .from(users)
    .where(inArray(users.username, accounts.map((a) => a.username)));
  const have = new Set(existing.map((u) => u.username));
  const missing = accounts.filter((a) => !have.has(a.username));
  if (missing.length === 0) return { users: 0, samples: 0 };
  // One hash for all demo accounts: hashing 200+ passwords would slow the first start by seconds.
  const passwordHash = await hashPassword(options.password ?? DEFAULT_DEMO_PASSWORD);
  const now = options.now ?? new Date();
  const firstSeed = !have.has('admin');
  const seeded = await db.transaction(async (tx) => {
    const rows = missing.map((a) => ({
      id: randomUUID(),
      username: a.username,
      displayName: a.displayName,
      unitId: a.unitId,
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
    }));
    await tx.insert(users).values(rows);
    await tx.insert(userRoles).values(rows.flatMap((r, i) => missing[i].roles.map((role) => ({ userId: r.id, role }))));
    await recordAudit(tx, systemActor, {
      action: 'demo.seedUsers',
      entityType: 'user',
      after: { count: rows.length, usernames: rows.length > 10 ? `${rows.length} demo accounts` : rows.map((r) => r.username) },
    });
    return { users: rows.length };
  });
  // The 321 rhythm: the scheduler's periods and a year of meetings, by the module's own use cases.
  const riskMeetings = firstSeed ? await seedDemoRiskMeetings(db, now) : null;
  // This year's plans exist before the samples taken under them; their quotas follow the samples.
  const demoPlans = firstSeed && (options.samples ?? 0) > 0 ? await createDemoPlans(db, now) : null;
  const samples = demoPlans ? await seedSyntheticSamples(db, { samples: options.samples!, now, planFor: demoPlans.planFor, plant: DEMO_SIGNAL_PLANTS }) : null;
  const plans = demoPlans ? await completeDemoPlans(db, demoPlans, now) : null;
  // Their unqualified results become disposals in every state, by the real use cases.
  const disposals = samples ? await seedDemoDisposals(db, now) : null;
  const urgentReports = samples ? await seedDemoUrgentReports(db, now) : 0;
  // The samples were bulk-loaded past the incremental path: the rules run once over all of them.
  const escalations = samples ? await seedDemoEscalations(db, now) : null;
  // Cases from those disposals, an escalation and a complaint, in every stage; the decided major
  // case's party goes on the dishonest list. Nothing is exported: the 归集 tab shows them as due.
  const demoCases = samples ? await seedDemoCases(db, now) : null;
  const dishonestEntries = demoCases ? await seedDemoDishonest(db, demoCases.severe, now) : 0;
  const cases = demoCases && { total: demoCases.total, byStage: demoCases.byStage, bySource: demoCases.bySource, legalReviews: demoCases.legalReviews, transfers: demoCases.transfers };
  // 稽查局's reconciliations of the ledger, once the disposals and cases have their states.
  const reconciliations = samples ? await seedDemoReconciliations(db, now) : null;
  // The samples were bulk-loaded (and some overturned) past the results hook: the province
  // view's aggregates are recomputed once over all of them.
  if (samples) await rebuildSampleStats(db);
  // Notices between the province, cities and counties, with mixed receipts (issue 11 §2).
  const notices = firstSeed ? await seedDemoNotices(db, now) : 0;
  // An announcement, a warning (published) and a batch in co-review: the portal shows them.
  const publications = samples ? await seedDemoPublications(db, now) : null;
  // Complaints across the channels, routed and in several states (issue 14 §1).
  const complaints = firstSeed ? await seedDemoComplaints(db, options.complaintKey, now) : null;
  // The announcement's opinion watch recorded, a 较大 event from it with a published rumour response, a closed local event (issue 14 §2).
  const opinion = publications ? await seedDemoOpinion(db, now) : null;
  // 考核评价: this year's indicator set, a cross check with a rectified finding, an open one and an overdue one.
  const assessment = firstSeed ? await seedDemoAssessment(db, now) : null;
  // The risk signals over the whole history, planted patterns included (issue 12).
  const signalRun = samples ? await seedDemoSignals(db, now) : null;
  return { ...seeded, riskMeetings, samples: samples?.inserted.samples ?? 0, plans, disposals, urgentReports, escalations, cases, dishonestEntries, reconciliations, notices, publications, complaints, opinion, assessment, signals: signalRun?.signals ?? 0 };
}

export async function isDemoSeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'admin')).limit(1);
  return Boolean(row);
}


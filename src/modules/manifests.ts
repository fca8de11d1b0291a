import { accessManifest } from './access/manifest.js';
import { analyticsManifest } from './analytics/manifest.js';
import { attachmentsManifest } from './attachments/manifest.js';
import { auditManifest } from './audit/manifest.js';
import { authManifest } from './auth/manifest.js';
import { casesManifest } from './cases/manifest.js';
import { catalogueManifest } from './catalogue/manifest.js';
import { complaintsManifest } from './complaints/manifest.js';
import { creditManifest } from './credit/manifest.js';
import { deadlinesManifest } from './deadlines/manifest.js';
import { demoManifest } from './demo/manifest.js';
import { disposalsManifest } from './disposals/manifest.js';
import { documentsManifest } from './documents/manifest.js';
import { enterprisesManifest } from './enterprises/manifest.js';
import { escalationsManifest } from './escalations/manifest.js';
import { explainersManifest } from './explainers/manifest.js';
import { importsManifest } from './imports/manifest.js';
import { ledgerManifest } from './ledger/manifest.js';
import { linksManifest } from './links/manifest.js';
import type { ModuleManifest } from './module-manifest.js';
import { noticesManifest } from './notices/manifest.js';
import { notificationsManifest } from './notifications/manifest.js';
import { objectionsManifest } from './objections/manifest.js';
import { opinionManifest } from './opinion/manifest.js';
import { orgManifest } from './org/manifest.js';
import { overviewManifest } from './overview/manifest.js';
import { plansManifest } from './plans/manifest.js';
import { portalManifest } from './portal/manifest.js';
import { publicationManifest } from './publication/manifest.js';
import { assessmentManifest } from './assessment/manifest.js';
import { reconciliationManifest } from './reconciliation/manifest.js';
import { riskMeetingsManifest } from './risk-meetings/manifest.js';
import { samplingManifest } from './sampling/manifest.js';
import { scheduleManifest } from './schedule/manifest.js';
import { signalsManifest } from './signals/manifest.js';
import { statsManifest } from './stats/manifest.js';
import { urgentManifest } from './urgent/manifest.js';
import { usersManifest } from './users/manifest.js';
import { workItemsManifest } from './work-items/manifest.js';
import { workflowManifest } from './workflow/manifest.js';

/**
 * Every module, once. The order is the order of routes in the OpenAPI document and of seeds at
 * start: the organisation seeds before anything that names a unit.
 */
export const moduleManifests: readonly ModuleManifest[] = [
  authManifest,
  orgManifest,
  workItemsManifest,
  overviewManifest,
  usersManifest,
  auditManifest,
  importsManifest,
  samplingManifest,
  enterprisesManifest,
  plansManifest,
  catalogueManifest,
  deadlinesManifest,
  disposalsManifest,
  attachmentsManifest,
  documentsManifest,
  ledgerManifest,
  reconciliationManifest,
  objectionsManifest,
  urgentManifest,
  creditManifest,
  escalationsManifest,
  casesManifest,
  complaintsManifest,
  riskMeetingsManifest,
  accessManifest,
  linksManifest,
  workflowManifest,
  notificationsManifest,
  noticesManifest,
  explainersManifest,
  publicationManifest,
  opinionManifest,
  assessmentManifest,
  portalManifest,
  statsManifest,
  analyticsManifest,
  signalsManifest,
  demoManifest,
  scheduleManifest,
];

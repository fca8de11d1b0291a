import { complaintImports, complaints, intakeKeys } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { registerComplaintRoutes } from './routes.js';

/**
 * 投诉举报 and 12345 transfers (issue 14 §1): intake from the portal form, manual entry, the
 * hotline's export and the Open311 intake API; routing, duplicates, deadlines, outcomes, replies.
 */
export const complaintsManifest: ModuleManifest = {
  name: 'complaints',
  tables: [complaints, intakeKeys, complaintImports],
  routes: registerComplaintRoutes,
  workItemKinds: ['complaint_accept', 'complaint_handle'],
};

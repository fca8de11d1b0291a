import type { ModuleManifest } from '../module-manifest.js';
import { registerLedgerRoutes } from './routes.js';

/** The 台账 reads disposals and samples; it writes nothing. */
export const ledgerManifest: ModuleManifest = { name: 'ledger', tables: [], routes: registerLedgerRoutes };

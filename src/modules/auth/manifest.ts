import { loginRateLimits, sessions } from '../../db/schema/index.js';
import type { ModuleManifest } from '../module-manifest.js';
import { pruneLoginRateLimits } from './login-rate-store.js';
import { registerAuthRoutes } from './routes.js';

export const authManifest: ModuleManifest = {
  name: 'auth',
  tables: [sessions, loginRateLimits],
  routes: registerAuthRoutes,
  // Ended windows of the login rate limit (one row per address and username tried).
  jobs: [{ name: 'pruneLoginRateLimits', everyMs: 10 * 60_000, run: (db) => pruneLoginRateLimits(db), done: 'ended login rate-limit windows removed' }],
};

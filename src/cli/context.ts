import { userInfo } from 'node:os';
import { eq, or } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.js';
import { orgUnits } from '../db/schema/index.js';
import { DomainError } from '../domain/errors.js';
import { scopeOf } from '../domain/scope.js';
import type { SessionUser } from '../modules/access/actor.js';
import { loadConfig } from '../server/config.js';
import { unitIdForSlug } from '../modules/org/seed-organisation.js';

/** The CLI works on the same database as `npm start`: DATABASE_URL, else DATA_DIR (default ./data). */
export async function openCliDatabase(): Promise<Database> {
  const config = loadConfig(process.env, { requireComplaintKey: false });
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 4 });
}

/** The operator at the console acts as a province-wide administrator, audited under "cli:<os user>". */
export async function cliOperator(database: Database): Promise<SessionUser> {
  const [root] = await database.db.select().from(orgUnits).where(eq(orgUnits.id, unitIdForSlug('province'))).limit(1);
  if (!root) throw new Error('organisation not seeded: run `npm run cli -- seed` first');
  const unit = { id: root.id, name: root.name, kind: root.kind, regionCode: root.regionCode, path: root.path, businesses: root.businesses };
  return {
    id: '00000000-0000-0000-0000-000000000000',
    username: `cli:${userInfo().username}`,
    displayName: '命令行操作员',
    unit,
    roles: ['admin', 'auditor'],
    mustChangePassword: false,
    scope: scopeOf(unit),
    sessionId: 'cli',
    csrfToken: 'cli',
  };
}

/** A unit named by region code (510107), slug (sampling) or id. */
export async function findUnit(database: Database, handle: string) {
  const [unit] = await database.db
    .select()
    .from(orgUnits)
    .where(
      /^[0-9a-f-]{36}$/.test(handle)
        ? eq(orgUnits.id, handle)
        : or(eq(orgUnits.regionCode, handle), eq(orgUnits.slug, handle)),
    )
    .limit(1);
  if (!unit) throw new DomainError('VALIDATION_FAILED', { unit: `找不到单位：${handle}` });
  return unit;
}

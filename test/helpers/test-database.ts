import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/server/prepare-database.js';
import { registerResultsHandlers } from '../../src/server/results-changed-handlers.js';

export const DEMO_PASSWORD = 'Demo#2026';

/**
 * A fresh database per test file: in-memory PGlite by default; with DATABASE_URL, a new
 * PostgreSQL database created for this file and dropped afterwards.
 */
export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<Database & { dispose(): Promise<void> }> {
  registerResultsHandlers();
  const adminUrl = process.env.DATABASE_URL;
  let database: Database;
  let dropDatabase: (() => Promise<void>) | undefined;
  if (adminUrl) {
    const name = `jjld_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    database = await openDatabase({ dataDir: 'memory://' });
  }
  // A small synthetic province keeps demo-mode tests fast (the server's default is 3000 samples).
  await prepareDatabase(database, { demo: options.demo ?? true, demoPassword: DEMO_PASSWORD, demoSamples: 300 });
  return {
    ...database,
    async dispose() {
      await database.close();
      await dropDatabase?.();
    },
  };
}

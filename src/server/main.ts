import { openDatabase } from '../db/client.js';
import { DomainError } from '../domain/errors.js';
import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { prepareDatabase } from './prepare-database.js';
import { registerResultsHandlers } from './results-changed-handlers.js';
import { purgeEndedSessions } from '../modules/auth/sessions.js';
import { startJobs } from '../jobs/scheduler.js';
import { attachmentsRootOf } from '../modules/attachments/receive-upload.js';
import { isDemoSeeded } from '../modules/demo/seed-demo.js';
import { DEMO_SEEDING_LINE, readyLine, serverUrl } from './start-up-messages.js';
import type { AddressInfo } from 'node:net';

const config = loadConfig();

async function main() {
  registerResultsHandlers();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  // The first demo start takes a while: say so rather than sit silent.
  if (config.demo && !(await isDemoSeeded(database.db))) process.stderr.write(`${DEMO_SEEDING_LINE}\n`);
  const prepared = await prepareDatabase(database, config);
  const app = await buildApp(database, config);
  let jobs: { stop(): void } | undefined;
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    jobs?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const purge = () => purgeEndedSessions(database.db).catch((error) => app.log.warn({ err: error }, 'session purge failed'));
  await purge();
  setInterval(purge, 3600_000).unref();
  await app.listen({ port: config.port, host: config.host });
  jobs = startJobs(database.db, app.log, { uploadDir: config.uploadDir, attachmentsRoot: attachmentsRootOf(config.uploadDir) }, config.jobIntervals);
  const url = serverUrl(app.server.address() as AddressInfo);
  app.log.info({ database: database.kind, location: database.location, demo: config.demo, complaintKey: config.complaintKeyIsDev ? 'development' : 'configured', ...prepared }, `JJLD ready at ${url}`);
  // Demo mode is a development default as a whole; anywhere else a published key is worth a warning.
  if (config.complaintKeyIsDev && !config.demo) app.log.warn('JJLD_COMPLAINT_KEY is not set: complainants\' personal data is encrypted with the fixed development key (test mode only)');
  // The one line for the person at the console (stdout), whatever the JSON log does.
  console.log(readyLine(url, config));
}

main().catch((error) => {
  if (error instanceof DomainError) console.error(`错误：${error.message}`, error.details ?? '');
  else console.error(error);
  process.exit(1);
});

import { openDatabase } from '../db/client.js';
import { DomainError } from '../domain/errors.js';
import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { prepareDatabase } from './prepare-database.js';
import { purgeEndedSessions } from '../modules/auth/sessions.js';
import { startJobs } from '../jobs/scheduler.js';
import { attachmentsRootOf } from '../modules/attachments/receive-upload.js';

const config = loadConfig();

async function main() {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
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
  jobs = startJobs(database.db, app.log, { uploadDir: config.uploadDir, attachmentsRoot: attachmentsRootOf(config.uploadDir) });
  app.log.info(
    { database: database.kind, location: database.location, demo: config.demo, ...prepared },
    `JJLD ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`,
  );
}

main().catch((error) => {
  if (error instanceof DomainError) console.error(`错误：${error.message}`, error.details ?? '');
  else console.error(error);
  process.exit(1);
});

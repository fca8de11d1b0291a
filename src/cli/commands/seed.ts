import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.js';
import { prepareDatabase } from '../../server/prepare-database.js';
import { openCliDatabase } from '../context.js';

export async function runSeed(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: 'boolean', default: false }, password: { type: 'string' } } });
  const config = loadConfig();
  const database = await openCliDatabase();
  try {
    const result = await prepareDatabase(database, { demo: values.demo, demoPassword: values.password ?? config.demoPassword });
    console.log(`organisation: ${result.orgUnitsInserted} units added; demo accounts created: ${result.demoUsersCreated}`);
    return 0;
  } finally {
    await database.close();
  }
}

import { parseArgs } from 'node:util';
import { actorOf } from '../../modules/access/actor.js';
import { personalDataCipher } from '../../modules/complaints/personal-data-cipher.js';
import { rekeyComplainants } from '../../modules/complaints/rekey-complainants.js';
import { loadConfig } from '../../server/config.js';
import { cliOperator, openCliDatabase } from '../context.js';

/**
 * `complaints rekey [--json]`: after JJLD_COMPLAINT_KEY was replaced (the old key moved to
 * JJLD_COMPLAINT_KEY_PREVIOUS), re-encrypts every complainant under the new key. Exit 1 when some
 * could be read under none of the keys.
 */
export async function runComplaints(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'rekey') {
    console.error('usage: npm run cli -- complaints rekey [--json]');
    return 2;
  }
  const config = loadConfig(process.env);
  if (config.complaintPreviousKeys.length === 0) console.error('JJLD_COMPLAINT_KEY_PREVIOUS is not set: only values already under the current key can be read');
  const database = await openCliDatabase();
  try {
    const operator = await cliOperator(database);
    const report = await rekeyComplainants(database.db, actorOf(operator, null), personalDataCipher(config.complaintKey, config.complaintPreviousKeys), (r) => {
      if (!values.json) console.error(`checked ${r.checked}, re-encrypted ${r.rekeyed}`);
    });
    if (values.json) console.log(JSON.stringify(report));
    else {
      console.log(`checked ${report.checked} complaints, re-encrypted ${report.rekeyed} under the current key`);
      if (report.unreadable.length) console.log(`under none of the configured keys (left unchanged): ${report.unreadable.join(', ')}`);
    }
    return report.unreadable.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

import { parseArgs } from 'node:util';
import { createIntakeKey, listIntakeKeys, revokeIntakeKey } from '../../modules/complaints/intake-keys.js';
import { cliOperator, openCliDatabase } from '../context.js';

/** `intake-keys create --name 12345 | list | revoke <id>`: the same use cases as /api/intake-keys, audited as cli:<os user>. */
export async function runIntakeKeys(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { name: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const [action, target] = positionals;
  if (!['create', 'list', 'revoke'].includes(action ?? '') || (action === 'create' && !values.name?.trim()) || (action === 'revoke' && !target)) {
    console.error('usage: npm run cli -- intake-keys create --name <name> | list | revoke <id>');
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const operator = await cliOperator(database);
    if (action === 'create') {
      const created = await createIntakeKey(database.db, operator, values.name!, null);
      if (values.json) console.log(JSON.stringify(created));
      else console.log(`created intake key "${created.name}" (${created.id}); the key (shown once, give it to the system as X-Api-Key): ${created.key}`);
    } else if (action === 'list') {
      const { items } = await listIntakeKeys(database.db);
      if (values.json) console.log(JSON.stringify(items));
      else for (const k of items) console.log(`${k.id}  ${k.prefix}…  ${k.name}${k.revokedAt ? '  (revoked)' : ''}`);
    } else {
      await revokeIntakeKey(database.db, operator, target!, null);
      console.log(`revoked ${target}`);
    }
    return 0;
  } finally {
    await database.close();
  }
}

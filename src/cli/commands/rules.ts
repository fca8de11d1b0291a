import { parseArgs } from 'node:util';
import { actorOf } from '../../modules/access/actor.js';
import { recomputeEscalations } from '../../modules/escalations/recompute-escalations.js';
import { cliOperator, openCliDatabase } from '../context.js';

/** `rules recompute`: re-evaluates the escalation rules over every enterprise (after imports or rule edits). */
export async function runRules(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'recompute') {
    console.error('usage: npm run cli -- rules recompute [--json]');
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const operator = await cliOperator(database);
    const result = await recomputeEscalations(database.db, actorOf(operator, null));
    if (values.json) console.log(JSON.stringify(result));
    else console.log(`escalation rules recomputed: ${result.enterprises} enterprises, ${result.created} escalations created, ${result.updated} updated (${result.ms} ms)`);
    return 0;
  } finally {
    await database.close();
  }
}

import { parseArgs } from 'node:util';
import { runSignals } from '../../modules/signals/run-signals.js';
import { openCliDatabase } from '../context.js';

/** `signals run`: computes the risk signals now (the same run as the nightly job and the API). */
export async function runSignalsCommand(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'run') {
    console.error('usage: npm run cli -- signals run [--json]');
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const result = await runSignals(database.db, { trigger: 'cli' });
    if (values.json) console.log(JSON.stringify(result));
    else console.log(`risk signals: ${result.tests} tests, ${result.signals} signals (${result.newSignals} new) in ${result.durationMs} ms`);
    return 0;
  } finally {
    await database.close();
  }
}

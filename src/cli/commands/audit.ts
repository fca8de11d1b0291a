import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../../modules/audit/verify-audit-chain.js';
import { openCliDatabase } from '../context.js';

export async function runAudit(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  if (positionals[0] !== 'verify') {
    console.error('usage: npm run cli -- audit verify [--json]');
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const report = await verifyAuditChain(database.db, (checked) => {
      if (!values.json && process.stderr.isTTY) process.stderr.write(`\rchecked ${checked} rows…`);
    });
    if (!values.json && process.stderr.isTTY) process.stderr.write('\n');
    if (values.json) console.log(JSON.stringify(report));
    else if (report.ok) console.log(`audit chain intact: ${report.checked} rows verified (SM3)`);
    else console.log(`audit chain BROKEN at seq ${report.firstBreak!.seq} (${report.firstBreak!.reason}); ${report.checked} rows before it verified`);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

import { parseArgs } from 'node:util';
import { DomainError } from '../domain/errors.js';
import { runSeed } from './commands/seed.js';
import { runAudit } from './commands/audit.js';
import { runUsers } from './commands/users.js';
import { runImport } from './commands/import.js';
import { runRules } from './commands/rules.js';
import { runStats } from './commands/stats.js';
import { runIntakeKeys } from './commands/intake-keys.js';
import { runComplaints } from './commands/complaints.js';
import { runSignalsCommand } from './commands/signals.js';
import { registerResultsHandlers } from '../server/results-changed-handlers.js';

const usage = `用法 / usage: npm run cli -- <command>

  seed [--demo] [--password <pw>]       seed the organisation (and demo accounts/data with --demo)
  seed --demo --samples <N> [--years 4] [--seed 42]
                                        generate N synthetic samples for Sichuan (deterministic for a
                                        seed; running it again with the same seed and N adds nothing)
  audit verify [--json]                 walk the audit hash chain; exit 1 at the first broken link
  users create --username <u> --name <n> --unit <region code|slug> --roles <r1,r2>
                                        create an account; prints a one-time initial password
  users reset-password <username>       issue a new initial password
  users unlock <username>               lift a login lockout
  import samples <file> [--format auto|provincial|national|template] [--dry-run] [--json]
                 [--sampling-date YYYY-MM-DD] [--link …] [--sampling-type …] [--plan <id>]
                                        import a sampling results file (xlsx or csv)
  rules recompute [--json]              re-evaluate the escalation rules (督办) over every enterprise
  signals run [--json]                  compute the risk signals (风险信号) now
  stats rebuild [--json]                recompute the province view's sample aggregates from the samples
  intake-keys create --name <name> [--json] | list | revoke <id>
                                        keys of outside systems (the 12345 hotline) for /open311/v2;
                                        the key is printed once, only its hash is stored
  complaints rekey [--json]             after JJLD_COMPLAINT_KEY was replaced (the old one in
                                        JJLD_COMPLAINT_KEY_PREVIOUS): re-encrypt the complainants

The database is the one npm start uses: DATABASE_URL if set, else DATA_DIR (default ./data).`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  seed: runSeed,
  audit: runAudit,
  users: runUsers,
  import: runImport,
  rules: runRules,
  signals: runSignalsCommand,
  stats: runStats,
  'intake-keys': runIntakeKeys,
  complaints: runComplaints,
};

async function main(argv: string[]): Promise<number> {
  registerResultsHandlers();
  const { positionals } = parseArgs({ args: argv.slice(0, 1), allowPositionals: true, strict: false });
  const command = positionals[0];
  if (!command || command === 'help' || command === '--help' || !commands[command]) {
    console.log(usage);
    return command && !['help', '--help'].includes(command) ? 2 : 0;
  }
  return commands[command](argv.slice(1));
}

main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((error) => {
    if (error instanceof DomainError) {
      console.error(`错误 [${error.code}]：${error.message}`);
      if (error.details) console.error(JSON.stringify(error.details));
    } else console.error(error);
    process.exit(1);
  });

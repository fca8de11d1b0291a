import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { createUser, resetUserPassword, unlockUser } from '../../modules/users/save-user.js';
import { cliOperator, findUnit, openCliDatabase } from '../context.js';

export async function runUsers(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { username: { type: 'string' }, name: { type: 'string' }, unit: { type: 'string' }, roles: { type: 'string' } },
  });
  const [action, target] = positionals;
  const database = await openCliDatabase();
  try {
    const operator = await cliOperator(database);
    const byUsername = async (username: string | undefined) => {
      if (!username) throw new DomainError('VALIDATION_FAILED', { username: '请指定用户名' });
      const [row] = await database.db.select().from(users).where(eq(users.username, username)).limit(1);
      if (!row) throw new DomainError('NOT_FOUND', { username });
      return row;
    };
    switch (action) {
      case 'create': {
        if (!values.username || !values.unit || !values.roles) {
          console.error('usage: users create --username <u> --name <n> --unit <region code|slug> --roles <r1,r2>');
          return 2;
        }
        const unit = await findUnit(database, values.unit);
        const created = await createUser(
          database.db,
          operator,
          { username: values.username, displayName: values.name ?? values.username, unitId: unit.id, roles: values.roles.split(',') },
          null,
        );
        console.log(`created ${created.username} in ${unit.name}; initial password (shown once, must be changed at first login): ${created.initialPassword}`);
        return 0;
      }
      case 'reset-password': {
        const user = await byUsername(target);
        const { initialPassword } = await resetUserPassword(database.db, operator, user.id, null);
        console.log(`new initial password for ${user.username} (must be changed at next login): ${initialPassword}`);
        return 0;
      }
      case 'unlock': {
        const user = await byUsername(target);
        await unlockUser(database.db, operator, user.id, null);
        console.log(`unlocked ${user.username}`);
        return 0;
      }
      default:
        console.error('usage: users create|reset-password|unlock …');
        return 2;
    }
  } finally {
    await database.close();
  }
}

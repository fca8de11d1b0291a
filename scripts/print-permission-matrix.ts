// Prints the permission matrix in the Markdown layout docs/security.md uses between its
// permission-matrix markers: `npx tsx scripts/print-permission-matrix.ts`.
import { permissions, roleCodes, roles } from '../src/domain/permissions.js';

const rows = [`| permission | ${roleCodes.join(' | ')} |`, `|---|${roleCodes.map(() => ':-:').join('|')}|`];
for (const permission of Object.keys(permissions)) {
  const cells = roleCodes.map((role) => ((roles[role].permissions as readonly string[]).includes(permission) ? '✓' : ' '));
  rows.push(`| \`${permission}\` | ${cells.join(' | ')} |`);
}
console.log(rows.join('\n'));

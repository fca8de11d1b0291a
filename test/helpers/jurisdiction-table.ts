import { jurisdiction, type Rule } from '../../src/domain/jurisdiction.js';

/**
 * docs/security.md's jurisdiction table as src/domain/jurisdiction.ts declares it: one row per
 * record type and access level, the rules in declaration order, joined by "; " (any one suffices).
 * test/api/security-doc.test.ts compares the doc with these rows. To print them after changing
 * the declaration: `npx tsx test/helpers/jurisdiction-table.ts`.
 */
export function jurisdictionRows(): string[][] {
  const rows: string[][] = [];
  for (const [type, record] of Object.entries(jurisdiction)) {
    const refs = record.refs as Record<string, { label: string }>;
    for (const [access, rules] of Object.entries(record.access as Record<string, readonly Rule<string>[]>)) {
      rows.push([`\`${type}\``, access, rules.map((rule) => ruleText(rule, refs)).join('; ')]);
    }
  }
  return rows;
}

const codes = (list: readonly string[]) => list.map((c) => `\`${c}\``).join(', ');

function ruleText(rule: Rule<string>, refs: Record<string, { label: string }>): string {
  switch (rule.rule) {
    case 'oversees':
      return `all, for a unit whose business is ${codes(rule.businesses)}`;
    case 'anyBusiness':
      return 'all, for a provincial unit with any business';
    case 'provincialPermission':
      return `all, for a provincial unit's ${codes([rule.permission])} holders`;
    case 'subtree':
      return `${refs[rule.ref].label} in the user's subtree`;
    case 'unitIs':
      return `the user's unit is ${refs[rule.ref].label}`;
    case 'provincial':
      return `${refs[rule.ref].label} is a provincial unit`;
    case 'linkDivision':
      return "a link division: its link's records";
    case 'specialFood':
      return '特殊食品处: the special-food categories';
    case 'public':
      return 'everyone, once the record is public (listed or removed)';
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('| record | access | who (any one rule) |\n|---|---|---|');
  for (const row of jurisdictionRows()) console.log(`| ${row.join(' | ')} |`);
}

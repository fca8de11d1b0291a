import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorDisplayName, auditActionName, auditActionNames, auditEntityName } from './audit-actions.js';

const srcDir = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Actions built from a template in the code, with every value the template can take. */
const templated: Record<string, string[]> = {
  '${input.kind}.apply': ['objection.apply', 'retest.apply'],
  "${application.kind as ApplicationKind}.${input.accept ? 'accept' : 'reject'}": ['objection.accept', 'objection.reject', 'retest.accept', 'retest.reject'],
  '${application.kind as ApplicationKind}.conclude': ['objection.conclude', 'retest.conclude'],
  'escalation.${input.decision}': ['escalation.close', 'escalation.return', 'escalation.withdraw'],
  'suggestion.${decision.action}': ['suggestion.accept', 'suggestion.decline'],
};

/** Every audit action the code can record: literals on `action` lines of files that call recordAudit. */
function recordedActions(): { literal: Set<string>; unknownTemplates: string[] } {
  const literal = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit')) continue;
    for (const line of text.split('\n').filter((l) => /\baction\b\s*:/.test(l))) {
      for (const m of line.matchAll(/'([a-z][A-Za-z]*\.[a-z][A-Za-z]*)'/g)) literal.add(m[1]);
      for (const m of line.matchAll(/action:\s*`([^`]+)`/g)) {
        if (templated[m[1]]) templated[m[1]].forEach((a) => literal.add(a));
        else unknownTemplates.push(`${relative(srcDir, file)}: ${m[1]}`);
      }
    }
  }
  return { literal, unknownTemplates };
}

describe('audit action names', () => {
  it('names in Chinese every action the code records (add new ones to auditActionNames)', () => {
    const { literal, unknownTemplates } = recordedActions();
    expect(literal.size).toBeGreaterThan(60);
    expect(unknownTemplates, 'a templated action: list its values in this test').toEqual([]);
    expect([...literal].filter((a) => !Object.hasOwn(auditActionNames, a))).toEqual([]);
  });

  it('never shows a code for an action or record it does not know', () => {
    expect(auditActionName('urgentReport.escalate')).toBe('超时未签收，升级督办');
    expect(auditActionName('case.somethingNew')).toBe('稽查案件操作');
    expect(auditActionName('mystery.thing')).toBe('其他操作');
    expect(auditEntityName('mystery')).toBe('其他记录');
  });
});

describe('who acted', () => {
  it('is the account name, 系统 for jobs and the command line, and the unit for demo data', () => {
    expect(actorDisplayName('county-510107', '武侯区市场监管局工作人员')).toBe('武侯区市场监管局工作人员');
    expect(actorDisplayName('system', null)).toBe('系统');
    expect(actorDisplayName('public:portal', null)).toBe('公众（网上投诉举报）');
    expect(actorDisplayName('intake:12345', null)).toBe('外部系统（12345）');
    expect(actorDisplayName(null, null)).toBe('系统');
    expect(actorDisplayName('cli:root', null)).toBe('系统（命令行）');
    expect(actorDisplayName('demo:成都市', null)).toBe('成都市（演示数据）');
  });
});

/**
 * The menu each account gets from /api/me follows its role and its unit's business, and it never
 * hides a page whose records the unit reads province-wide (checked against each module's scope).
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { menuFor } from '../../src/domain/menu.js';
import { roles as roleTable } from '../../src/domain/permissions.js';
import { scopeOf } from '../../src/domain/scope.js';
import type { SessionUser } from '../../src/modules/access/actor.js';
import { caseReadable } from '../../src/modules/cases/case-scope.js';
import { disposalReadable } from '../../src/modules/disposals/disposal-scope.js';
import { enterpriseInScope } from '../../src/modules/enterprises/enterprise-scope.js';
import { escalationReadable } from '../../src/modules/escalations/escalation-scope.js';
import { provincialUnits } from '../../src/modules/org/organisation-data.js';
import { sampleInScope } from '../../src/modules/sampling/sample-scope.js';
import { urgentReadable } from '../../src/modules/urgent/urgent-scope.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('menus by role and unit', () => {
  it('sends the page buttons with the menu: a county officer may create samples, not manage users', async () => {
    const county = await t.login('county-510107');
    const me = (await county.get('/api/me')).json();
    expect(me.capabilities).toContain('samples.create');
    expect(me.capabilities).not.toContain('users.manage');
  });

  it('does not offer 新闻宣传处 数据导入 nor the disposal pages it cannot read', async () => {
    const news = await t.login('div-news');
    const menu: string[] = (await news.get('/api/me')).json().menu;
    expect(menu).toContain('samples');
    for (const key of ['imports', 'disposals', 'ledger', 'urgent', 'reconciliations']) expect(menu).not.toContain(key);
  });

  it('offers 数据导入 to 抽检监测处, and a county bureau every page of its roles', async () => {
    expect((await (await t.login('div-sampling')).get('/api/me')).json().menu).toContain('imports');
    expect((await (await t.login('county-510107')).get('/api/me')).json().menu).toEqual(
      expect.arrayContaining(['imports', 'disposals', 'urgent', 'ledger', 'escalations', 'cases', 'credit', 'enterprises']),
    );
  });
});

/** A provincial unit's user with every role, as the scope functions see it. */
function userOf(unit: (typeof provincialUnits)[number]): SessionUser {
  const scopeUnit = { id: unit.slug, name: unit.name, kind: unit.kind, regionCode: null, path: `/root/${unit.slug}/`, businesses: unit.businesses };
  return { id: 'u', username: 'u', displayName: 'u', unit: scopeUnit, roles: Object.keys(roleTable), mustChangePassword: false, scope: scopeOf(scopeUnit), sessionId: 's', csrfToken: 'c' };
}

const readsAll = (condition: SQL) => new PgDialect().sqlToQuery(condition).sql.trim() === 'true';

describe('the menu never hides what a provincial unit reads province-wide', () => {
  const scopes: [string, (u: SessionUser) => SQL][] = [
    ['samples', sampleInScope],
    ['disposals', disposalReadable],
    ['ledger', disposalReadable],
    ['urgent', urgentReadable],
    ['escalations', escalationReadable],
    ['cases', caseReadable],
    ['enterprises', enterpriseInScope],
  ];
  for (const unit of provincialUnits) {
    it(`${unit.shortName}`, () => {
      const user = userOf(unit);
      const menu = menuFor(user);
      for (const [key, readable] of scopes) if (readsAll(readable(user))) expect(menu, `${unit.shortName} reads every ${key}`).toContain(key);
    });
  }
});

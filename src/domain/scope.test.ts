import { describe, expect, it } from 'vitest';
import { inSubtree as unitInScope } from './jurisdiction.js';
import { childPath, scopeOf } from './scope.js';

describe('data scope', () => {
  const province = childPath(null, 'p');
  const chengdu = childPath(province, 'cd');
  const wuhou = childPath(chengdu, 'wh');
  const mianyang = childPath(province, 'my');

  it('covers the own unit and everything below it', () => {
    const scope = scopeOf({ id: 'cd', path: chengdu, kind: 'city_bureau', businesses: [] });
    expect(unitInScope(scope, chengdu)).toBe(true);
    expect(unitInScope(scope, wuhou)).toBe(true);
    expect(unitInScope(scope, mianyang)).toBe(false);
    expect(unitInScope(scope, province)).toBe(false);
  });

  it('a county does not see its city or its sibling counties', () => {
    const scope = scopeOf({ id: 'wh', path: wuhou, kind: 'county_bureau', businesses: [] });
    expect(unitInScope(scope, chengdu)).toBe(false);
    expect(unitInScope(scope, childPath(chengdu, 'jj'))).toBe(false);
  });

  it('a province-level user sees every unit', () => {
    const scope = scopeOf({ id: 'p', path: province, kind: 'province_bureau', businesses: [] });
    expect([chengdu, wuhou, mianyang].every((p) => unitInScope(scope, p))).toBe(true);
  });
});

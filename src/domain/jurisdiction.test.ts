import { describe, expect, it } from 'vitest';
import { inSubtree, jurisdiction, reaches, reachesAll, type AccessOf, type RecordFacts, type RecordType, type RefOf, type Viewer } from './jurisdiction.js';

/**
 * The declaration read in memory, record type by record type, from four places: a provincial
 * division (with and without the business that oversees the type), the city bureau above the
 * record's county, the county itself, and another city (out of scope).
 */
const province = { id: 'p', path: '/p/', kind: 'province_bureau' };
const chengdu = { id: 'cd', path: '/p/cd/', kind: 'city_bureau' };
const wuhou = { id: 'wh', path: '/p/cd/wh/', kind: 'county_bureau' };
const mianyang = { id: 'my', path: '/p/my/', kind: 'city_bureau' };
const fucheng = { id: 'fc', path: '/p/my/fc/', kind: 'county_bureau' };
const production = { id: 'd-prod', path: '/p/d-prod/', kind: 'division' };

const at = (unit: { id: string; path: string; kind: string }, businesses: string[] = [], roles: string[] = ['bureau_officer']): Viewer => ({
  scope: { pathPrefix: unit.path },
  unit: { id: unit.id, kind: unit.kind, businesses },
  roles,
});
const division = (...businesses: string[]) => at({ id: `d-${businesses.join('-') || 'office'}`, path: `/p/d-${businesses.join('-') || 'office'}/`, kind: 'division' }, businesses, ['division_officer']);

const city = at(chengdu);
const county = at(wuhou);
const otherCity = at(mianyang);
const provinceBureau = at(province, [], ['leader']);

/** Who reaches the record at the access level, by name, so a failure reads as a table row. */
function who<T extends RecordType>(type: T, access: AccessOf<T>, facts: RecordFacts<RefOf<T>>, viewers: Record<string, Viewer>) {
  return Object.fromEntries(Object.entries(viewers).map(([name, v]) => [name, reaches(v, type, access, facts)]));
}

describe('jurisdiction: the owner-line rule every record type shares', () => {
  it('the owner unit and the units above it reach a record; another city and a unit below do not', () => {
    expect(inSubtree(city.scope, wuhou.path)).toBe(true);
    expect(inSubtree(county.scope, chengdu.path)).toBe(false);
    expect(inSubtree(otherCity.scope, wuhou.path)).toBe(false);
    expect(inSubtree(county.scope, null)).toBe(false);
    expect(inSubtree(county.scope, '')).toBe(false);
  });

  it('declares at least one rule for every access level, and only references it names', () => {
    for (const [type, record] of Object.entries(jurisdiction)) {
      const refs = Object.keys(record.refs);
      for (const [access, rules] of Object.entries(record.access as Record<string, readonly { rule: string; ref?: string }[]>)) {
        expect(rules.length, `${type}.${access}`).toBeGreaterThan(0);
        for (const rule of rules) if ('ref' in rule && rule.ref) expect(refs, `${type}.${access}`).toContain(rule.ref);
      }
    }
  });
});

describe('jurisdiction per record type', () => {
  it('sample: the owner line, province-wide businesses, link divisions on their link, 特殊食品处 on special foods', () => {
    const facts = { units: { owner: wuhou }, link: 'production', categoryRoot: '粮食加工品' };
    const viewers = { county, city, otherCity, sampling: division('sampling'), production: division('production'), catering: division('catering'), specialFood: division('special_food'), office: division() };
    expect(who('sample', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, sampling: true, production: true, catering: false, specialFood: false, office: false });
    expect(reaches(division('special_food'), 'sample', 'see', { ...facts, categoryRoot: '保健食品' })).toBe(true);
    expect(who('sample', 'work', facts, viewers)).toEqual(who('sample', 'see', facts, viewers));
    // Entering a sample: only 抽检监测处 and the institute reach beyond their own jurisdiction.
    expect(who('sample', 'enter', facts, { ...viewers, lab: division('lab') })).toEqual({
      county: true, city: true, otherCity: false, sampling: true, production: false, catering: false, specialFood: false, office: false, lab: true,
    });
  });

  it('enterprise: the owner line, and any provincial unit that carries a business', () => {
    const facts = { units: { owner: wuhou } };
    const viewers = { county, city, otherCity, production: division('production'), office: division() };
    expect(who('enterprise', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, production: true, office: false });
    expect(who('enterprise', 'work', facts, viewers)).toEqual(who('enterprise', 'see', facts, viewers));
  });

  it('plan: plans organised in the subtree, every provincial plan, and 抽检监测处 all; only the organiser line edits', () => {
    const countyPlan = { units: { organiser: wuhou } };
    const provincialPlan = { units: { organiser: production } };
    const viewers = { county, city, otherCity, sampling: division('sampling'), production: division('production') };
    expect(who('plan', 'see', countyPlan, viewers)).toEqual({ county: true, city: true, otherCity: false, sampling: true, production: false });
    expect(who('plan', 'see', provincialPlan, viewers)).toEqual({ county: true, city: true, otherCity: true, sampling: true, production: true });
    expect(who('plan', 'edit', countyPlan, viewers)).toEqual({ county: true, city: true, otherCity: false, sampling: false, production: false });
  });

  it('suggestion: made in the subtree; 抽检监测处 and provincial plan writers read all', () => {
    const facts = { units: { from: wuhou } };
    const planWriter = division('production');
    const reader = at(production, ['production'], ['leader']);
    expect(who('suggestion', 'see', facts, { county, city, otherCity, sampling: division('sampling'), planWriter, reader })).toEqual({
      county: true, city: true, otherCity: false, sampling: true, planWriter: true, reader: false,
    });
  });

  it('disposal: the owner line, the guiding division, a bureau asked to assist and the overseeing units read; only the owner line works', () => {
    const facts = { units: { owner: wuhou, guiding: production, assisting: [fucheng] } };
    const viewers = { county, city, otherCity, assistingCounty: at(fucheng), guiding: at(production, ['production']), catering: division('catering'), enforcement: division('enforcement') };
    expect(who('disposal', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: true, assistingCounty: true, guiding: true, catering: false, enforcement: true });
    expect(reaches(otherCity, 'disposal', 'see', { units: { owner: wuhou } })).toBe(false);
    expect(who('disposal', 'work', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, assistingCounty: false, guiding: false, catering: false, enforcement: false });
  });

  it('assist request: the bureau asked answers (the asker for an out-of-province one), the asker closes', () => {
    const viewers = { county, city, otherCity, asked: at(fucheng), sampling: division('sampling') };
    expect(who('assistRequest', 'answer', { units: { addressed: fucheng, asker: wuhou } }, viewers)).toEqual({ county: false, city: false, otherCity: true, asked: true, sampling: false });
    expect(who('assistRequest', 'close', { units: { addressed: fucheng, asker: wuhou } }, viewers)).toEqual({ county: true, city: true, otherCity: false, asked: false, sampling: false });
  });

  it('24-hour report: a recipient line, the raising unit, 抽检监测处 and 协调处 read; the owner line works', () => {
    const lab = { id: 'lab', path: '/p/lab/', kind: 'lab' };
    const facts = { units: { owner: wuhou, recipient: [wuhou, production], raisedBy: lab } };
    const viewers = { county, city, otherCity, raiser: at(lab, ['lab']), production: at(production, ['production']), coordination: division('coordination'), enforcement: division('enforcement') };
    expect(who('urgentReport', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, raiser: true, production: true, coordination: true, enforcement: false });
    expect(who('urgentReport', 'work', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, raiser: false, production: false, coordination: false, enforcement: false });
  });

  it('escalation: owning division, assigned bureau and enterprise bureau lines read; work and supervision split', () => {
    const facts = { units: { owner: production, assigned: chengdu, enterpriseOwner: wuhou } };
    const viewers = { county, city, otherCity, owner: at(production, ['production']), inspection: division('inspection'), province: provinceBureau };
    expect(who('escalation', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, owner: true, inspection: true, province: true });
    expect(who('escalation', 'work', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, owner: false, inspection: false, province: true });
    expect(who('escalation', 'supervise', facts, viewers)).toEqual({ county: false, city: false, otherCity: false, owner: true, inspection: false, province: true });
  });

  it('case: owner and filing lines, the link division and the four overseeing units read; the owner line works', () => {
    const enforcementBureau = { id: 'enf', path: '/p/enf/', kind: 'affiliated_unit' };
    const facts = { units: { owner: enforcementBureau, filedBy: wuhou, link: production } };
    const viewers = { county, city, otherCity, link: at(production, ['production']), credit: division('credit'), sampling: division('sampling'), enforcement: at(enforcementBureau, ['enforcement']) };
    expect(who('case', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, link: true, credit: true, sampling: false, enforcement: true });
    expect(who('case', 'work', facts, viewers)).toEqual({ county: false, city: false, otherCity: false, link: false, credit: false, sampling: false, enforcement: true });
  });

  it('reconciliation: the running unit and the checked line see all checks; a drawn unit below sees its own; only the runner works', () => {
    const runner = { id: 'enf', path: '/p/enf/', kind: 'affiliated_unit' };
    const facts = { units: { runner, checked: chengdu, drawnOwner: [wuhou] } };
    const viewers = { county, city, otherCity, runner: at(runner, ['enforcement']), sampling: division('sampling'), province: provinceBureau };
    expect(who('reconciliation', 'see', facts, viewers)).toEqual({ county: true, city: true, otherCity: false, runner: true, sampling: false, province: true });
    expect(who('reconciliation', 'allChecks', facts, viewers)).toEqual({ county: false, city: true, otherCity: false, runner: true, sampling: false, province: true });
    expect(who('reconciliation', 'work', facts, viewers)).toEqual({ county: false, city: false, otherCity: false, runner: true, sampling: false, province: false });
  });

  it("严重违法失信名单 entry: public once listed; a proposal is the proposing line's and 信用处's", () => {
    const viewers = { county, city, otherCity, credit: division('credit'), sampling: division('sampling') };
    expect(who('dishonestEntry', 'see', { units: { listedBy: wuhou }, isPublic: false }, viewers)).toEqual({ county: true, city: true, otherCity: false, credit: true, sampling: false });
    expect(who('dishonestEntry', 'see', { units: { listedBy: wuhou }, isPublic: true }, viewers)).toEqual({ county: true, city: true, otherCity: true, credit: true, sampling: true });
  });

  it('work items, users and import jobs: the unit line alone, whatever the business', () => {
    const viewers = { county, city, otherCity, sampling: division('sampling'), province: provinceBureau };
    const expected = { county: true, city: true, otherCity: false, sampling: false, province: true };
    expect(who('workItem', 'see', { units: { owner: wuhou } }, viewers)).toEqual(expected);
    expect(who('user', 'see', { units: { unit: wuhou } }, viewers)).toEqual(expected);
    expect(who('user', 'manage', { units: { unit: wuhou } }, viewers)).toEqual(expected);
    expect(who('importJob', 'see', { units: { unit: wuhou } }, viewers)).toEqual(expected);
  });

  it('reachesAll: only the province-wide rules make a unit reach every record', () => {
    expect(reachesAll(division('sampling'), 'disposal', 'see')).toBe(true);
    expect(reachesAll(division('sampling'), 'disposal', 'work')).toBe(false);
    expect(reachesAll(provinceBureau, 'disposal', 'see')).toBe(false);
    expect(reachesAll(division('production'), 'enterprise', 'see')).toBe(true);
    expect(reachesAll(division(), 'enterprise', 'see')).toBe(false);
  });
});

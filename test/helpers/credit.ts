/** Test data for the credit suites: valid credit codes, samples of chosen enterprises and dates, case decisions. */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { cases, foodCategories } from '../../src/db/schema/index.js';
import type { CaseDecision } from '../../src/db/schema/cases.js';
import { creditCodeCheckChar } from '../../src/domain/sampling/credit-code.js';
import type { TestApp, TestClient } from './test-app.js';

/** A valid 统一社会信用代码 (check character computed), distinct per number. */
export function creditCode(n: number, region = '510107'): string {
  const first17 = `91${region}MA6${String(n).padStart(6, '0')}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export const failedAdditive = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.9', limitText: '≤0.5', unit: 'g/kg' };
export const passedAdditive = { itemName: '脱氢乙酸及其钠盐(以脱氢乙酸计)', resultText: '0.31', limitText: '≤0.5', unit: 'g/kg' };

export interface Party {
  name: string;
  creditCode?: string | null;
  address: string;
}

/** Records a 糕点 sample through the API: unqualified unless `passed`, supervisory unless told. */
export async function recordSample(
  t: TestApp,
  client: TestClient,
  input: { sampleNo: string; samplingDate: string; sampledParty: Party; nominalProducer?: Party; passed?: boolean; samplingType?: string; reportNo?: string },
) {
  const [category] = await t.database.db.select().from(foodCategories).where(eq(foodCategories.name, '糕点'));
  const res = await client.post('/api/samples', {
    sampleNo: input.sampleNo,
    samplingType: input.samplingType ?? 'supervisory',
    foodName: '蛋黄酥',
    spec: '500克/袋',
    categoryId: category.id,
    link: 'distribution',
    sampledParty: input.sampledParty,
    nominalProducer: input.nominalProducer ?? null,
    samplingDate: input.samplingDate,
    samplers: ['张三', '李四'],
    labName: '四川省食品检验研究院',
    reportNo: input.reportNo,
    items: [input.passed ? passedAdditive : failedAdditive],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; conclusion: string; ownerUnitId: string; sampledPartyId: string; nominalProducerId: string | null };
}

/** A case with a penalty decision, inserted directly: the cases module owns the flow that makes one. */
export async function insertDecidedCase(t: TestApp, input: { enterpriseId: string | null; partyName: string; ownerUnitId: string; decision: Partial<CaseDecision> & { decisionNo: string; decidedOn: string } }) {
  const decision: CaseDecision = { fineAmount: 5000, confiscatedIllegalGains: 0, confiscatedGoods: null, licenceAction: 'none', content: '销售不符合食品安全标准的食品', ...input.decision };
  const [row] = await t.database.db
    .insert(cases)
    .values({
      id: randomUUID(),
      caseNo: `案-${randomUUID().slice(0, 8)}`,
      title: `${input.partyName}销售不合格食品案`,
      enterpriseId: input.enterpriseId,
      partyName: input.partyName,
      source: 'manual',
      ownerUnitId: input.ownerUnitId,
      filedByUnitId: input.ownerUnitId,
      stage: 'execution',
      facts: '经查，当事人销售的蛋黄酥脱氢乙酸超标',
      filedOn: decision.decidedOn,
      dueAt: new Date(`${decision.decidedOn}T15:59:59.999Z`),
      decision,
      fineAmount: decision.fineAmount,
    })
    .returning();
  return row;
}

/** Files an objection on a sample and accepts it; returns the application. */
export async function acceptedObjection(client: TestClient, sampleId: string, windowStartOn: string, appliedOn: string) {
  const filed = await client.post(`/api/samples/${sampleId}/objections`, { applicant: '企业', content: '对样品真实性有异议', ground: 'sample_identity', windowStartOn, appliedOn });
  expect(filed.statusCode, filed.body).toBe(201);
  expect(filed.json().status).toBe('pending');
  const accepted = await client.post(`/api/objections/${filed.json().id}/decision`, { version: 1, accept: true, reason: '符合受理条件' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return accepted.json() as { id: string; version: number };
}

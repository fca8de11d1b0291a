import { randomUUID } from 'node:crypto';
import { and, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { enterprises } from '../../db/schema/index.js';
import { normaliseEnterpriseName, toHalfWidth } from '../../domain/sampling/normalise.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';

export type EnterpriseKind = 'producer' | 'distributor' | 'caterer' | 'special_food' | 'online_platform';
export const enterpriseKinds: Record<EnterpriseKind, string> = {
  producer: '食品生产者',
  distributor: '食品经营者',
  caterer: '餐饮服务提供者',
  special_food: '特殊食品生产经营者',
  online_platform: '网络食品交易第三方平台',
};

export interface EnterpriseRef {
  name: string;
  /** Already validated (checkCreditCode) or null. */
  creditCode: string | null;
  address: string | null;
  regionCode: string | null;
  kind: EnterpriseKind;
  licenceNumber?: string | null;
}

export interface ResolvedEnterprise {
  id: string;
  created: boolean;
  needsReview: boolean;
}

/** The identity an enterprise is matched on: its credit code, else normalised name + region. */
export function enterpriseKey(ref: Pick<EnterpriseRef, 'name' | 'creditCode' | 'regionCode'>): string {
  return ref.creditCode ? `code:${ref.creditCode}` : `name:${normaliseEnterpriseName(ref.name)}|${ref.regionCode ?? ''}`;
}

/**
 * Finds or creates the enterprises a batch names, in three queries whatever the batch size:
 * one per credit code (unique), else one per normalised name + region, flagged for review
 * because a name is a weaker identity than a code.
 */
export async function resolveEnterprises(tx: Tx, actor: Actor, refs: EnterpriseRef[]): Promise<Map<string, ResolvedEnterprise>> {
  const unique = new Map<string, EnterpriseRef>();
  for (const ref of refs) if (!unique.has(enterpriseKey(ref))) unique.set(enterpriseKey(ref), ref);
  const result = new Map<string, ResolvedEnterprise>();
  if (unique.size === 0) return result;

  const lookup = async () => {
    const codes = [...unique.values()].filter((r) => r.creditCode).map((r) => r.creditCode!);
    const names = [...unique.values()].filter((r) => !r.creditCode).map((r) => normaliseEnterpriseName(r.name));
    const found = [
      ...(codes.length ? await tx.select().from(enterprises).where(inArray(enterprises.creditCode, codes)) : []),
      ...(names.length
        ? await tx.select().from(enterprises).where(and(inArray(enterprises.normalizedName, names), isNull(enterprises.creditCode)))
        : []),
    ];
    for (const row of found) {
      const key = row.creditCode ? `code:${row.creditCode}` : `name:${row.normalizedName}|${row.regionCode ?? ''}`;
      if (unique.has(key) && !result.has(key)) result.set(key, { id: row.id, created: false, needsReview: row.needsReview });
    }
  };
  await lookup();

  const missing = [...unique.entries()].filter(([key]) => !result.has(key));
  if (missing.length > 0) {
    const rows = missing.map(([, ref]) => {
      const name = toHalfWidth(ref.name);
      return {
        id: randomUUID(),
        name,
        normalizedName: normaliseEnterpriseName(name),
        creditCode: ref.creditCode,
        licenceNumbers: ref.licenceNumber ? [ref.licenceNumber] : [],
        kind: ref.kind,
        regionCode: ref.regionCode,
        address: ref.address ? toHalfWidth(ref.address) : null,
        ownerUnitId: ownerUnitForRegion(ref.regionCode),
        needsReview: !ref.creditCode,
        reviewReasons: ref.creditCode ? [] : ['无统一社会信用代码，按名称+地区匹配，请核实'],
      };
    });
    const inserted = await tx.insert(enterprises).values(rows).onConflictDoNothing().returning();
    for (const row of inserted) {
      const key = row.creditCode ? `code:${row.creditCode}` : `name:${row.normalizedName}|${row.regionCode ?? ''}`;
      result.set(key, { id: row.id, created: true, needsReview: row.needsReview });
    }
    if (inserted.length < rows.length) await lookup(); // another transaction created some meanwhile
    await recordAudit(
      tx,
      actor,
      ...inserted.map((row) => ({ action: 'enterprise.create' as const, entityType: 'enterprise', entityId: row.id, after: row })),
    );
  }
  return result;
}


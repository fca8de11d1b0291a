/**
 * The 风险预警提示 an official drafts from a signal (seed art. 16(6)): kind `risk_warning`, the title
 * and body from the signal's explanation and samples, recipients the routed units the sender may
 * notify (mayNotify). The notices module sends it (relatedSignalId links the two); nothing is stored
 * here, the compose form opens with this draft.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orgUnits, signalUnits } from '../../db/schema/index.js';
import { mayNotify } from '../../domain/notices/notice-rules.js';
import type { SessionUser } from '../access/actor.js';
import { readableSignal } from './get-signal.js';

export async function signalNoticeDraft(db: Db, user: SessionUser, id: string) {
  const signal = await readableSignal(db, user, id);
  const routed = await db.select({ unitId: signalUnits.unitId }).from(signalUnits).where(eq(signalUnits.signalId, id));
  const ids = routed.map((r) => r.unitId).filter((u) => u !== user.unit.id);
  const units = ids.length ? await db.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind }).from(orgUnits).where(inArray(orgUnits.id, ids)) : [];
  const [sender] = await db.select({ id: orgUnits.id, parentId: orgUnits.parentId, kind: orgUnits.kind }).from(orgUnits).where(eq(orgUnits.id, user.unit.id));
  const shown = signal.sampleNos.slice(0, 20);
  const body = [
    `经平台风险信号分析发现：${signal.title}。`,
    `一、分析依据\n${signal.explanation}`,
    shown.length ? `二、涉及样品（抽样编号）\n${shown.join('、')}${signal.sampleNos.length > shown.length ? ` 等 ${signal.sampleNos.length} 批次` : ''}` : null,
    `${shown.length ? '三' : '二'}、工作要求\n请结合辖区实际开展风险排查，加强相关食品的监督检查和跟踪抽检，并及时反馈排查处置情况。`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    relatedSignalId: id,
    kind: 'risk_warning' as const,
    title: `关于${signal.title}的风险预警提示`.slice(0, 200),
    body,
    recipientUnitIds: units.filter((u) => sender && mayNotify(sender, u)).map((u) => u.id),
    relatedSampleIds: signal.sampleIds.slice(0, 50),
  };
}

import type { Db } from '../../db/client.js';
import { acceptComplaint, rejectComplaint, replyToComplainant } from '../complaints/handle-complaint.js';
import { closeComplaint } from '../complaints/close-complaint.js';
import { intakeComplaint } from '../complaints/create-complaint.js';
import { DEV_COMPLAINT_KEY, personalDataCipher } from '../complaints/personal-data-cipher.js';
import type { ComplaintIntake } from '../complaints/receive-complaint.js';
import { unitIdForRegion } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';

const DAY = 86_400_000;

/**
 * A handful of complaints across the channels (issue 14 §1), made by the module's own use cases:
 * a portal complaint waiting in 武侯区's inbox, a 12345 transfer accepted in 乐山市市中区, an
 * address that names 市中区 without its city (waiting at 投诉举报中心), a 举报 handled and
 * answered in 锦江区, a repeat of the first complaint (merged), and one not accepted.
 */
export async function seedDemoComplaints(db: Db, key: Buffer | undefined, now = new Date()) {
  const cipher = personalDataCipher(key ?? DEV_COMPLAINT_KEY);
  const actor = { userId: null, username: 'demo:投诉举报', unitId: null, ip: null };
  const at = (days: number) => new Date(now.getTime() - days * DAY);
  const take = (input: Omit<ComplaintIntake, 'intake'> & { intake?: ComplaintIntake['intake'] }) => intakeComplaint(db, actor, { intake: 'manual', ...input }, cipher, now);

  const portal = await take({ intake: 'portal', channel: 'portal', kind: 'complaint', anonymous: false, complainantName: '王小明', complainantPhone: '13800138001', address: '四川省成都市武侯区科华北路62号', enterpriseName: '武侯区演示烘焙坊', foodName: '蛋黄酥', description: '购买的蛋黄酥已过保质期两天仍在销售，要求退款并赔偿。', receivedAt: at(2) });
  await take({ intake: 'portal', channel: 'portal', kind: 'complaint', anonymous: false, complainantName: '王小明', complainantPhone: '13800138001', address: '四川省成都市武侯区科华北路62号', enterpriseName: '武侯区演示烘焙坊', foodName: '蛋黄酥', description: '补充：同一家店还有过期的月饼。', receivedAt: at(1) });
  const hotline = await take({ intake: 'import', channel: 'hotline', kind: 'complaint', anonymous: false, complainantName: '李女士', complainantPhone: '13900139002', address: '四川省乐山市市中区嘉州大道3号', enterpriseName: '乐山演示超市', foodName: '散装白酒', description: '12345转办：购买的散装白酒无标签，商家拒绝退货。', hotlineNo: `DEMO-12345-${now.getFullYear()}-0001`, hotlineDueAt: new Date(now.getTime() + 10 * DAY), receivedAt: at(5) });
  await take({ channel: 'phone', kind: 'complaint', anonymous: false, complainantName: '赵先生', complainantPhone: '13700137003', address: '市中区人民路18号', enterpriseName: '某小吃店', description: '在小吃店就餐后腹泻，怀疑食材不新鲜。（地址未写明市，待投诉举报中心转办）', receivedAt: at(1) });
  const report = await take({ channel: 'letter', kind: 'report', anonymous: true, address: '四川省成都市锦江区春熙路1号', enterpriseName: '锦江区演示餐馆', description: '举报该餐馆后厨使用来源不明的冻肉。', receivedAt: at(20) });
  const rejected = await take({ channel: 'visit', kind: 'complaint', anonymous: false, complainantName: '孙先生', complainantPhone: '13600136004', address: '四川省成都市武侯区人民南路四段1号', description: '对某网店的衣服质量不满意。', receivedAt: at(6) });

  const wuhou = await demoOfficer(db, unitIdForRegion('510107'), ['bureau_officer', 'enforcement_officer']);
  const jinjiang = await demoOfficer(db, unitIdForRegion('510104'), ['bureau_officer', 'enforcement_officer']);
  const leshan = await demoOfficer(db, unitIdForRegion('511102'), ['bureau_officer', 'enforcement_officer']);
  await acceptComplaint(db, leshan, { id: hotline.id, version: 1 }, null, at(3));
  const accepted = await acceptComplaint(db, jinjiang, { id: report.id, version: 1, note: '转执法人员现场核查' }, null, at(18));
  const closed = await closeComplaint(db, jinjiang, { id: report.id, version: accepted.version, outcome: 'inspection', note: '现场检查发现冻肉无进货查验记录，已责令整改' }, null, at(10));
  const rej = await rejectComplaint(db, wuhou, { id: rejected.id, version: 1, reason: '反映的是服装质量问题，不属于食品安全投诉，已告知向网店所在地市场监管部门反映' }, null, at(4));
  await replyToComplainant(db, wuhou, { id: rejected.id, version: rej.version, text: '您反映的服装质量问题不属于食品领域，请向网店经营者住所地市场监管部门投诉。' }, null, at(4));
  void closed;
  return { complaints: 6, pending: portal.trackingNo };
}

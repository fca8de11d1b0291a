import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { toLocalDate } from '../../domain/time.js';
import type { SessionUser } from '../access/actor.js';
import { markNoticeRead } from '../notices/read-notice.js';
import { getMeeting } from '../risk-meetings/list-meetings.js';
import { noticeDraft } from '../risk-meetings/notice-follow-up.js';
import { replyToNotice } from '../notices/reply-notice.js';
import { sendNotice, type NoticeInput } from '../notices/send-notice.js';
import { unitIdForRegion, unitIdForSlug } from '../org/seed-organisation.js';
import { demoOfficer } from './demo-officer.js';

const DAY = 86_400_000;

/** A demo account as a session user: receipts and replies name real accounts (the columns reference users). */
async function account(db: Db, username: string): Promise<SessionUser> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  const officer = await demoOfficer(db, row.unitId, ['division_officer', 'bureau_officer']);
  return { ...officer, id: row.id, username: row.username, displayName: row.displayName };
}

/**
 * The 武侯区 demo meeting's notice follow-up answered the way an official does it: the draft from
 * the meeting, sent as it stands — the follow-up's work item completes, the meeting lists it.
 */
export async function sendDemoMeetingNotice(db: Db, meetingId: string, now = new Date()): Promise<void> {
  const sender = await account(db, 'county-510107');
  const meeting = await getMeeting(db, sender, meetingId);
  const followUp = meeting.followUps.find((f) => f.kind === 'notice' && f.ownerUnitId === sender.unit.id);
  if (!followUp) return;
  const draft = await noticeDraft(db, sender, meetingId, followUp.id);
  const recipientUnitIds = [...new Set([...draft.recipientUnitIds, unitIdForRegion('510100'), unitIdForRegion('510104')])];
  await sendNotice(db, sender, { kind: draft.kind, title: draft.title, body: draft.body, recipientUnitIds, relatedMeetingId: meetingId, relatedMeetingActionId: followUp.id }, null, now);
}

interface DemoNotice {
  from: string;
  daysAgo: number;
  input: NoticeInput;
  /** Recipient accounts that opened it, and hours after sending. */
  reads: [string, number][];
  replies: [string, number, string][];
}

/**
 * Demo mode: a few notices between the province, cities and counties with mixed receipts — read
 * and replied, read only, unread, and one whose reply date has passed (overdue) — made by the
 * real use cases, so work items, notifications and audit rows follow.
 */
export async function seedDemoNotices(db: Db, now = new Date()): Promise<number> {
  const day = (offset: number) => toLocalDate(new Date(now.getTime() + offset * DAY));
  const notices: DemoNotice[] = [
    {
      from: 'div-sampling',
      daysAgo: 2,
      input: {
        kind: 'risk_warning',
        title: '关于散装白酒甲醇超标风险的预警提示',
        body: '近期省级监督抽检中，成都、绵阳、德阳等地散装白酒甲醇项目不合格率明显上升。请各地立即组织对辖区小作坊、餐饮环节自酿酒开展排查，依法控制问题产品，并于反馈期限内报送排查处置情况。',
        recipientUnitIds: [unitIdForRegion('510100'), unitIdForRegion('510700'), unitIdForRegion('510600')],
        replyDueOn: day(5),
      },
      reads: [['city-510100', 3], ['city-510700', 20]],
      replies: [['city-510100', 26, '已部署全市开展散装白酒专项排查，共检查小作坊42家，下架问题产品3批次，相关案件已立案调查。']],
    },
    {
      from: 'div-coordination',
      daysAgo: 12,
      input: {
        kind: 'circular',
        title: '关于报送第三季度“监检联动”工作情况的通报函',
        body: '请各市（州）局总结第三季度不合格食品核查处置、风险研判和信息通报工作开展情况，于期限内反馈。',
        recipientGroups: [{ group: 'allCities' }],
        replyDueOn: day(-3),
      },
      reads: [['city-510100', 2], ['city-510300', 30], ['city-510700', 50], ['city-511100', 70]],
      replies: [
        ['city-510100', 48, '成都市第三季度共完成不合格食品核查处置128件，按时办结率96%，召开风险研判会2次。'],
        ['city-510300', 80, '自贡市第三季度核查处置27件，已全部按时办结。'],
      ],
    },
    {
      from: 'city-510100',
      daysAgo: 4,
      input: {
        kind: 'supervision_tip',
        title: '关于加强元旦春节期间食品安全监管的提示',
        body: '元旦春节临近，请各区（市）县局加强对商超、农贸市场和网络订餐平台的监督检查，重点关注肉制品、酒类和节令食品。',
        recipientGroups: [{ group: 'cityCounties', cityUnitId: unitIdForRegion('510100') }],
      },
      reads: [['county-510107', 1], ['county-510104', 5], ['county-510105', 30]],
      replies: [],
    },
    {
      from: 'county-510107',
      daysAgo: 1,
      input: {
        kind: 'work_update',
        title: '武侯区开展校园周边食品安全专项检查',
        body: '武侯区局本周联合教育部门检查校园周边食品经营户86家，责令整改5家，抽检样品20批次。',
        recipientUnitIds: [unitIdForRegion('510100')],
      },
      reads: [['city-510100', 4]],
      replies: [],
    },
    {
      from: 'city-510100',
      daysAgo: 0,
      input: {
        kind: 'risk_warning',
        title: '关于建议开展预制菜跟踪抽检的风险提示',
        body: '成都市近两月预制菜菌落总数不合格批次增多，建议省局在下一阶段计划中增加预制菜跟踪抽检。',
        recipientUnitIds: [unitIdForSlug('sampling')],
        replyDueOn: day(10),
      },
      reads: [],
      replies: [],
    },
  ];
  for (const n of notices) {
    const sentAt = new Date(now.getTime() - n.daysAgo * DAY);
    const notice = await sendNotice(db, await account(db, n.from), n.input, null, sentAt);
    const at = (hours: number) => new Date(Math.min(now.getTime(), sentAt.getTime() + hours * 3600_000));
    for (const [username, hours] of n.reads) await markNoticeRead(db, await account(db, username), notice.id, null, at(hours));
    for (const [username, hours, body] of n.replies) await replyToNotice(db, await account(db, username), notice.id, { body }, null, at(hours));
  }
  return notices.length;
}

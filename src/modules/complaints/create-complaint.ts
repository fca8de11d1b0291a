import type { Db } from '../../db/client.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type Actor, type SessionUser } from '../access/actor.js';
import type { PersonalDataCipher } from './personal-data-cipher.js';
import { receiveComplaint, type ComplaintIntake, type IntakeOutcome } from './receive-complaint.js';

/** Checks every channel shares; field messages in Chinese. */
export function checkIntake(input: Pick<ComplaintIntake, 'anonymous' | 'complainantName' | 'complainantPhone' | 'receivedAt'>, now: Date) {
  const errors: Record<string, string> = {};
  if (!input.anonymous && !input.complainantPhone?.trim() && !input.complainantName?.trim()) errors.complainantPhone = '实名投诉举报请填写联系电话或姓名；不愿留名请选择匿名';
  if (input.complainantPhone && !/^[0-9+\-\s()]{5,20}$/.test(input.complainantPhone.trim())) errors.complainantPhone = '联系电话格式不正确';
  if (input.receivedAt.getTime() > now.getTime() + 60_000) errors.receivedAt = '收到日期不能晚于现在';
  if (Object.keys(errors).length) throw new DomainError('VALIDATION_FAILED', errors);
}

/** One complaint through one transaction: the shared intake (routing, duplicates, deadlines, work item, audit). */
export async function intakeComplaint(db: Db, actor: Actor, input: ComplaintIntake, cipher: PersonalDataCipher, now = new Date()): Promise<IntakeOutcome> {
  checkIntake(input, now);
  return db.transaction((tx) => receiveComplaint(tx, actor, input, cipher));
}

/** 登记 by an official (phone, letter, visit, or a transfer typed in): routed by address like any other. */
export async function createComplaint(db: Db, user: SessionUser, input: Omit<ComplaintIntake, 'intake' | 'createdByUserId'>, cipher: PersonalDataCipher, ip: string | null, now = new Date()) {
  return intakeComplaint(db, actorOf(user, ip), { ...input, intake: 'manual', createdByUserId: user.id }, cipher, now);
}

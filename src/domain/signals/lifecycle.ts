/**
 * A signal's life: 新信号 → 研判中 → 已采纳 / 已排除 (with a reason). Taking a follow-up (a
 * tracking-sampling suggestion, a warning notice, the 321 agenda) moves a new signal to 研判中;
 * the review decides. A decided signal found again by a later run keeps its decision and gains a
 * history row: one signal, not a new one each night.
 */
export const signalStatuses = { new: '新信号', reviewing: '研判中', accepted: '已采纳', dismissed: '已排除' } as const;
export type SignalStatus = keyof typeof signalStatuses;

export type SignalAction = 'startReview' | 'accept' | 'dismiss' | 'followUp';

/** The table: action → the states it starts from, the state it leads to. */
export const signalTransitions: Record<SignalAction, { from: readonly SignalStatus[]; to: SignalStatus | 'same' }> = {
  startReview: { from: ['new'], to: 'reviewing' },
  followUp: { from: ['new', 'reviewing', 'accepted'], to: 'same' },
  accept: { from: ['new', 'reviewing'], to: 'accepted' },
  dismiss: { from: ['new', 'reviewing'], to: 'dismissed' },
};

export function nextStatus(status: SignalStatus, action: SignalAction): SignalStatus | null {
  const t = signalTransitions[action];
  if (!t.from.includes(status)) return null;
  if (t.to !== 'same') return t.to;
  return status === 'new' ? 'reviewing' : status;
}

export function allowedSignalActions(status: SignalStatus): SignalAction[] {
  return (Object.keys(signalTransitions) as SignalAction[]).filter((a) => nextStatus(status, a) !== null);
}

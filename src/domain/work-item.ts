/** Work item kinds known so far; later capabilities add theirs here (the UI shows the Chinese). */
export const workItemKinds = {
  risk_meeting: '召开风险研判会',
  suggestion_review: '处理抽检建议',
} as const satisfies Record<string, string>;

export type WorkItemKind = keyof typeof workItemKinds;
export type WorkItemStatus = 'open' | 'done' | 'cancelled';

export function kindName(kind: string): string {
  return (workItemKinds as Record<string, string>)[kind] ?? kind;
}

/** Overdue is derived, never stored: an open item whose due time has passed. */
export function isOverdue(item: { status: string; dueAt: Date | null }, now: Date): boolean {
  return item.status === 'open' && item.dueAt !== null && item.dueAt.getTime() < now.getTime();
}

/** Kinds of assessment check (seed art. 25: 明查暗访、交叉检查、“四不两直”). */
export const checkMethods = ['open', 'covert', 'cross', 'unannounced'] as const;
export type CheckMethod = (typeof checkMethods)[number];

export const checkMethodNames: Record<CheckMethod, string> = { open: '明查', covert: '暗访', cross: '交叉检查', unannounced: '四不两直' };

/** Checks the checked unit must not learn of in advance: 暗访 and 四不两直 (不发通知、不打招呼). */
export function hiddenBeforeStart(method: string): boolean {
  return method === 'covert' || method === 'unannounced';
}

/** Whether a checked unit sees the check on `today` (local date). */
export function visibleToChecked(check: { method: string; startOn: string }, today: string): boolean {
  return !hiddenBeforeStart(check.method) || check.startOn <= today;
}

export const findingStatusNames: Record<string, string> = { open: '待整改', reported: '已报整改情况，待验收', accepted: '已验收' };

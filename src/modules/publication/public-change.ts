/**
 * Tells the readers of the public snapshot in this process that it changed (a publication, a
 * correction, a withdrawal), after the change committed: the open data cache drops its replies at
 * once instead of at its next freshness check (src/modules/portal/open-data-cache.ts). Other
 * processes notice through that check, within a second.
 */
const listeners = new Set<() => void>();

export function onPublicChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publicChanged(): void {
  for (const listener of listeners) listener();
}

/** Which version of a plan the page opens on when the address names none. */

/**
 * The version named in the address, else the newest for someone who writes the plan, else the
 * newest approved one: a reader (a politician, say) opens what the leader approved, not a draft
 * in the making, and can still choose the draft.
 */
export function shownVersion<T extends { id: string; status: string }>(
  newestFirst: readonly T[],
  asked: string | null,
  writes: boolean,
): T | undefined {
  const named = newestFirst.find((version) => version.id === asked);
  if (named) return named;
  if (writes) return newestFirst[0];
  return newestFirst.find((version) => version.status === 'approved') ?? newestFirst[0];
}

// Which upstream changes a person has chosen: non-colliding ones start chosen, collisions start as "keep ours".
import type { UpstreamChange } from '@prozesswerk/contract';

/** Change id → chosen. For a collision, chosen means "take theirs"; not chosen, "keep ours". */
export type Choice = ReadonlyMap<string, boolean>;

/** What can be chosen at all: changes the variant does not have yet. */
export function choosable(changes: readonly UpstreamChange[]): UpstreamChange[] {
  return changes.filter((change) => !change.alreadyApplied);
}

export function initialChoice(changes: readonly UpstreamChange[]): Choice {
  return new Map(choosable(changes).map((change) => [change.id, change.collision === null]));
}

/*
 * An added connection needs its added steps: choosing it chooses them, and leaving a step out leaves out the
 * connections that need it, so what is taken over never holds a connection to nowhere.
 */
export function choose(
  changes: readonly UpstreamChange[],
  choice: Choice,
  id: string,
  chosen: boolean,
): Choice {
  const next = new Map(choice);
  next.set(id, chosen);
  const change = changes.find((c) => c.id === id);
  if (chosen) {
    for (const needed of change?.requires ?? []) if (next.has(needed)) next.set(needed, true);
  } else {
    for (const other of changes) if (other.requires.includes(id)) next.set(other.id, false);
  }
  return next;
}

/** The ids to send: every chosen change (a chosen collision takes theirs). */
export function chosenIds(choice: Choice): string[] {
  return [...choice].filter(([, chosen]) => chosen).map(([id]) => id);
}

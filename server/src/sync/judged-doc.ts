// What a discussion update is judged against: a copy of the room's stored document plus what is queued for storage.
import * as Y from 'yjs';
import {
  applyAndJudgeDiscussionUpdate,
  type DiscussionRefusal,
  type DiscussionWriter,
} from '@prozesswerk/process-model';

export type JudgedDoc = {
  /** Judges `update` against everything the room took; a taken update stays in the copy, a refused one rebuilds it. */
  judge(update: Uint8Array, writer: DiscussionWriter, now: number): DiscussionRefusal | undefined;
  /** The room's document gained `update` (stored here, heard from another instance, or read back from storage). */
  heard(update: Uint8Array): void;
  /** A queued update was not stored after all: the copy is built again when next needed. */
  invalidate(): void;
  destroy(): void;
};

/**
 * `source` gives what the room holds: its stored document and the updates queued for storage, in order. The copy is
 * built from it only when first needed and after a refusal (which leaves the refused change in the copy); otherwise
 * it follows the room update by update, so judging costs the update, not the document.
 */
export function createJudgedDoc(source: () => Uint8Array[]): JudgedDoc {
  let copy: Y.Doc | undefined;

  const current = (): Y.Doc => {
    if (copy) return copy;
    const fresh = new Y.Doc();
    for (const part of source()) Y.applyUpdate(fresh, part);
    return (copy = fresh);
  };

  const invalidate = () => {
    copy?.destroy();
    copy = undefined;
  };

  return {
    judge(update, writer, now) {
      const verdict = applyAndJudgeDiscussionUpdate(current(), update, writer, now);
      if (verdict) invalidate();
      return verdict;
    },
    heard(update) {
      // Applying what the copy already holds (an update it judged) changes nothing.
      if (copy) Y.applyUpdate(copy, update);
    },
    invalidate,
    destroy: invalidate,
  };
}

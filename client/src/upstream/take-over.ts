// Taking upstream changes over from the editor: merged into this browser's own map as one undoable step, then confirmed.
import * as Y from 'yjs';
import { LOCAL_ORIGIN, applyUpstreamChanges, readUpstreamVersions } from '@prozesswerk/process-model';
import type { Board } from '../board/board.ts';
import type { ProcessSession } from '../sync/process-session.ts';
import { fetchUpstreamDocuments, postUpstreamApply } from './api.ts';

/** What the person took over (as written in this browser) and the version the variant is now based on. */
export type TakenOver = { taken: string[]; basedOn: number };

/** Why taking over stopped before the server confirmed it; each has its own message. */
export class TakeOverError extends Error {
  constructor(readonly code: 'read-only' | 'not-saved' | 'refused') {
    super(code);
  }
}

const SAVE_TIMEOUT_MS = 20_000;

/*
 * Why the browser merges and not only the server: a change the server writes arrives here like anyone
 * else's, and Ctrl+Z only takes back this person's own changes (the undo manager tracks the local origin).
 * So the same three-way merge runs on this browser's document as one local transaction, travels the normal
 * write path (stored before anyone else sees it), and only once it is stored does the server confirm it:
 * its own merge then finds every change already there and writes nothing twice, and it moves the variant
 * onto the new version. Concurrent edits stay correct: the merge writes only the fields the origin
 * changed, and Yjs's undo of a field someone else has since overwritten leaves their value.
 */
export async function takeOverInEditor(options: {
  processId: string;
  version: number;
  chosen: string[];
  board: Board;
  session: ProcessSession;
}): Promise<TakenOver> {
  const { processId, version, chosen, board, session } = options;
  const documents = await fetchUpstreamDocuments(processId, version);
  const [base, theirs] = [decode(documents.base), decode(documents.theirs)];
  let taken: string[] = [];
  try {
    if (board.store.getState().access.readOnly) throw new TakeOverError('read-only');
    board.undo.stopCapturing();
    try {
      taken = applyUpstreamChanges(
        board.doc,
        readUpstreamVersions(base, theirs),
        chosen,
        LOCAL_ORIGIN,
      ).applied;
    } finally {
      board.undo.stopCapturing();
    }
  } finally {
    base.destroy();
    theirs.destroy();
  }
  await stored(session);
  const confirmed = await postUpstreamApply(processId, { version, changes: chosen });
  // Written here or, had this browser missed one, by the server's merge: both were chosen.
  return { taken: [...new Set([...taken, ...confirmed.applied])], basedOn: confirmed.basedOn };
}

function decode(base64: string): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(
    doc,
    Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)),
  );
  return doc;
}

/** Resolves once the server has stored every local change of the map; rejects if it refused them. */
function stored(session: ProcessSession): Promise<void> {
  return new Promise((resolve, reject) => {
    let stop = () => undefined as void;
    const timer = setTimeout(() => {
      stop();
      reject(new TakeOverError('not-saved'));
    }, SAVE_TIMEOUT_MS);
    const check = () => {
      const { map } = session.status.getState();
      if (map.denied) {
        clearTimeout(timer);
        stop();
        reject(new TakeOverError('refused'));
      } else if (map.unsaved === 0) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    };
    stop = session.status.subscribe(check);
    check();
  });
}

// Tells a screen reader, through a polite live region, what other people changed on the map: at most every few seconds.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useBoard } from '../board/store/context.tsx';
import { announcement, mergeTallies, tallyChanges, type ChangeTally, type MapRecords } from './announce.ts';

// Gather a burst (someone typing a label) before speaking, and speak at most once in this interval.
const GATHER_MS = 1500;
const INTERVAL_MS = 5000;

export function useRemoteAnnouncements(): string {
  const board = useBoard();
  const { t } = useTranslation();
  const [message, setMessage] = useState('');

  useEffect(() => {
    const records = (): MapRecords => {
      const { nodes, edges } = board.store.getState();
      return { nodes, edges };
    };
    let seen = records();
    let pending: ChangeTally | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let spokenAt = 0;
    const speak = () => {
      timer = undefined;
      const text = pending ? announcement(t, pending) : null;
      pending = null;
      if (!text) return;
      spokenAt = Date.now();
      setMessage(text);
    };
    // Runs after the board store has read the same transaction (its handler was registered first).
    const onTransaction = (transaction: Y.Transaction) => {
      const now = records();
      if (!transaction.local && (now.nodes !== seen.nodes || now.edges !== seen.edges)) {
        pending = mergeTallies(pending, tallyChanges(seen, now));
        timer ??= setTimeout(speak, Math.max(GATHER_MS, spokenAt + INTERVAL_MS - Date.now()));
      }
      seen = now;
    };
    board.doc.on('afterTransaction', onTransaction);
    return () => {
      board.doc.off('afterTransaction', onTransaction);
      if (timer) clearTimeout(timer);
    };
  }, [board, t]);

  return message;
}

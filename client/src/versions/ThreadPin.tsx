// A pin with the number of threads on a node of the frozen canvas; pressing it shows those threads in the side list.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

/** Given by the page that lists the threads; without it the canvas shows no pins. */
export const ShowThreadsContext = createContext<((nodeId: string) => void) | null>(null);

export function ThreadPin({ nodeId, count, label }: { nodeId: string; count: number; label: string }) {
  const { t } = useTranslation();
  const showThreads = useContext(ShowThreadsContext);
  if (!showThreads || count === 0) return null;
  return (
    <button
      type="button"
      className="thread-pin nodrag nopan"
      aria-label={t('versionThreads.pin', { count, label })}
      title={t('versionThreads.pin', { count, label })}
      data-testid="thread-pin"
      onClick={(event) => {
        event.stopPropagation();
        showThreads(nodeId);
      }}
    >
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d="M2 3h12v8H7l-3 3v-3H2z" fill="currentColor" />
      </svg>
      {count}
    </button>
  );
}

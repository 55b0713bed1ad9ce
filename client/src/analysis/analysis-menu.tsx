// The analysis entries of the editor's "Datei" menu: save the whole map as PNG or SVG, open the process sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../shared/router.ts';
import type { FileMenuSection } from '../board/slots.ts';
import { useBoard } from '../board/store/context.tsx';
import { useProcess } from '../sync/process-context.tsx';
import { mapFromSlice } from './use-board-map.ts';

export function useAnalysisMenu(): FileMenuSection {
  const { t } = useTranslation();
  const board = useBoard();
  const { processId, title } = useProcess();
  const [failed, setFailed] = useState(false);
  const save = (format: 'png' | 'svg') => {
    setFailed(false);
    const map = mapFromSlice(board.store.getState());
    // The drawing code is loaded when someone first exports, not with the editor.
    import('./image-export.ts')
      .then(({ exportMapImage }) => exportMapImage(map, title, format))
      .catch((error: unknown) => {
        console.warn('Image export failed', error);
        setFailed(true);
      });
  };
  return {
    items: [
      { id: 'export-png', label: t('analysis.export.png'), onSelect: () => save('png') },
      { id: 'export-svg', label: t('analysis.export.svg'), onSelect: () => save('svg') },
      {
        id: 'process-sheet',
        label: t('analysis.export.sheet'),
        onSelect: () => navigate(`/p/${encodeURIComponent(processId)}/sheet`),
      },
    ],
    element: failed ? (
      <p className="banner banner-error" role="alert">
        {t('analysis.export.failed')}{' '}
        <button type="button" className="link-button" onClick={() => setFailed(false)}>
          {t('notice.dismiss')}
        </button>
      </p>
    ) : null,
  };
}

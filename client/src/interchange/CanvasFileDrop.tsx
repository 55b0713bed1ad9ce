// Wraps the canvas: a BPMN file dropped on it goes into the open map (for those who may edit it now).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { useElementFileDrop } from './file-drag.ts';
import { useMapImport } from './use-map-import.tsx';
import './interchange.css';

export function CanvasFileDrop({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const board = useBoard();
  const readOnly = useBoardState((s) => s.access.readOnly);
  const mapImport = useMapImport(board);
  // Always catch file drops, so a read-only user gets a reason instead of the browser opening the file.
  const drop = useElementFileDrop(true, mapImport.start);
  return (
    <div className="canvas-file-drop" data-testid="canvas-file-drop" {...drop.props}>
      {children}
      {drop.active && !readOnly ? (
        <div className="file-drop-zone" aria-hidden="true">
          <p>{t('interchange.canvas.dropZone')}</p>
        </div>
      ) : null}
      {mapImport.element}
    </div>
  );
}

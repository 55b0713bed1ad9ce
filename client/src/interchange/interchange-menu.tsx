// The "Datei" menu entries of BPMN interchange: import a file into the map, export the map as BPMN.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readProcessMap } from '@prozesswerk/process-model';
import { downloadBpmn } from './export.ts';
import type { FileMenuSection } from '../board/slots.ts';
import { useBoard, useBoardState } from '../board/store/context.tsx';
import { useProcess } from '../sync/process-context.tsx';
import { useMapImport } from './use-map-import.tsx';
import './interchange.css';

export function useInterchangeMenu(): FileMenuSection {
  const { t } = useTranslation();
  const board = useBoard();
  const { title } = useProcess();
  const readOnly = useBoardState((s) => s.access.readOnly);
  const input = useRef<HTMLInputElement>(null);
  const mapImport = useMapImport(board);
  const exportBpmn = () => {
    downloadBpmn(readProcessMap(board.doc), title).catch((error: unknown) => {
      console.warn('Exporting BPMN failed', error);
      board.store.setState({ notice: 'interchange.export.failed' });
    });
  };
  return {
    items: [
      {
        id: 'import-bpmn',
        label: t('interchange.menu.importBpmn'),
        disabled: readOnly,
        onSelect: () => input.current?.click(),
      },
      { id: 'export-bpmn', label: t('interchange.menu.exportBpmn'), onSelect: exportBpmn },
    ],
    element: (
      <>
        <input
          ref={input}
          type="file"
          accept=".bpmn,.bpmn2,.xml,application/xml,text/xml"
          hidden
          data-testid="map-import-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) mapImport.start(file);
          }}
        />
        {mapImport.element}
      </>
    ),
  };
}

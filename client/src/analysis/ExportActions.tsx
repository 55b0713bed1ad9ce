// Image export (PNG, SVG) of the whole map and the link to the printable process sheet.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '@prozesswerk/process-model';
import { navigate } from '../shared/router.ts';
import { exportMapImage } from './image-export.ts';

type Props = { processId: string; title: string; map: ProcessMap | (() => ProcessMap) };

export function ExportActions({ processId, title, map }: Props) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const save = (format: 'png' | 'svg') => {
    setFailed(false);
    exportMapImage(typeof map === 'function' ? map() : map, title, format).catch((error: unknown) => {
      console.warn('Image export failed', error);
      setFailed(true);
    });
  };
  const sheet = `/p/${encodeURIComponent(processId)}/sheet`;
  return (
    <div className="export-actions" role="group" aria-label={t('analysis.export.title')}>
      <button type="button" className="button" onClick={() => save('png')}>
        {t('analysis.export.png')}
      </button>
      <button type="button" className="button" onClick={() => save('svg')}>
        {t('analysis.export.svg')}
      </button>
      <a
        className="button"
        href={sheet}
        onClick={(event) => {
          event.preventDefault();
          navigate(sheet);
        }}
      >
        {t('analysis.export.sheet')}
      </a>
      {failed ? (
        <p className="field-error" role="alert">
          {t('analysis.export.failed')}
        </p>
      ) : null}
    </div>
  );
}

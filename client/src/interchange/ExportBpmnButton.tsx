// "Als BPMN exportieren" as a plain button, for pages that show a map without the editor's menu (a frozen version).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessMap } from '@prozesswerk/process-model';
import { downloadBpmn } from './export.ts';

export function ExportBpmnButton({ map, title }: { map: ProcessMap; title: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const run = () => {
    setFailed(false);
    downloadBpmn(map, title).catch((error: unknown) => {
      console.warn('Exporting BPMN failed', error);
      setFailed(true);
    });
  };
  return (
    <>
      <button type="button" className="button" onClick={run}>
        {t('interchange.menu.exportBpmn')}
      </button>
      {failed ? (
        <span className="field-error" role="alert">
          {t('interchange.export.failed')}
        </span>
      ) : null}
    </>
  );
}

// Warnings about missing values in plain words; each one about a node can jump to it on the map.
import { useTranslation } from 'react-i18next';
import type { MetricWarning, ProcessMap } from '@prozesswerk/process-model';

type Props = {
  warnings: readonly MetricWarning[];
  map: ProcessMap;
  /** Shows the node on the map; without it warnings are plain text (e.g. on the printed sheet). */
  onShow?: (nodeId: string) => void;
};

export function WarningList({ warnings, map, onShow }: Props) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <p className="metrics-ok">{t('analysis.warnings.none')}</p>;
  const labels = new Map(map.nodes.map((node) => [node.id as string, node.label]));
  return (
    <ul className="metrics-warnings" data-testid="metrics-warnings">
      {warnings.map((warning, index) => {
        const label = (warning.nodeId && labels.get(warning.nodeId)) || t('analysis.warnings.unnamed');
        const text = t(`analysis.warnings.${warning.code}`, { label });
        const nodeId = warning.nodeId;
        return (
          <li key={`${warning.code}-${nodeId ?? index}`}>
            {nodeId && onShow ? (
              <button
                type="button"
                className="link-button"
                title={t('analysis.warnings.show')}
                onClick={() => onShow(nodeId)}
              >
                {text}
              </button>
            ) : (
              text
            )}
          </li>
        );
      })}
    </ul>
  );
}

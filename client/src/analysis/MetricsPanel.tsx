// The editor's live metrics drawer: figures, missing values (click to find the node), rates and export.
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useReactFlow } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { computeMetrics, nodeSize } from '@prozesswerk/process-model';
import { closeOnEscape, useFocusReturn } from '../shared/focus.ts';
import { navigate } from '../shared/router.ts';
import { useBoard } from '../board/store/context.tsx';
import { useProcess } from '../sync/process-context.tsx';
import { ExportActions } from './ExportActions.tsx';
import { MetricsTable } from './MetricsTable.tsx';
import { RatesEditor } from './RatesEditor.tsx';
import { metricsOptions } from './rates.ts';
import { useBoardMap } from './use-board-map.ts';
import { ratesOf, useProcessRates } from './use-process-rates.ts';
import { WarningList } from './WarningList.tsx';
import './analysis.css';

export function MetricsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const { processId, title } = useProcess();
  const board = useBoard();
  const flow = useReactFlow();
  const focusRef = useFocusReturn<HTMLElement>();
  const [ratesState, setRates] = useProcessRates(processId);
  const rates = ratesOf(ratesState);
  // Typing in the inspector changes the doc per keystroke; the figures may lag a frame behind it.
  const map = useDeferredValue(useBoardMap());
  const options = useMemo(() => metricsOptions(rates, map.lanes), [rates, map.lanes]);
  const metrics = useMemo(() => computeMetrics(map, options), [map, options]);
  const suggestions = useMemo(
    () =>
      [
        ...new Set([...map.lanes.map((l) => l.label), ...map.nodes.flatMap((n) => n.attrs.role ?? [])]),
      ].sort(),
    [map],
  );

  const show = useCallback(
    (nodeId: string) => {
      const node = map.nodes.find((n) => n.id === nodeId);
      if (!node) return;
      board.actions.select([nodeId]);
      const { width, height } = nodeSize(node);
      void flow.setCenter(node.x + width / 2, node.y + height / 2, {
        zoom: Math.max(flow.getZoom(), 1),
        duration: 300,
      });
    },
    [board, flow, map],
  );

  return (
    <aside
      ref={focusRef}
      className="drawer metrics-drawer"
      id="editor-metrics"
      aria-labelledby="metrics-title"
      data-testid="metrics-panel"
      onKeyDown={closeOnEscape(onClose)}
    >
      <div className="drawer-head">
        <h2 id="metrics-title">{t('analysis.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('analysis.close')} onClick={onClose}>
          ×
        </button>
      </div>
      <p className="muted analysis-note">{t('analysis.lead')}</p>
      <MetricsTable metrics={metrics} />
      <section aria-labelledby="metrics-warnings-title">
        <h3 id="metrics-warnings-title">
          {t('analysis.warnings.title')}{' '}
          {metrics.warnings.length > 0 ? (
            <span className="badge">{t('analysis.warnings.count', { count: metrics.warnings.length })}</span>
          ) : null}
        </h3>
        <WarningList warnings={metrics.warnings} map={map} onShow={show} />
      </section>
      {rates ? (
        <RatesEditor rates={rates} suggestions={suggestions} onSaved={setRates} />
      ) : ratesState.state === 'failed' ? (
        <p className="muted">{t('analysis.rates.loadFailed')}</p>
      ) : null}
      <section aria-labelledby="metrics-export-title">
        <h3 id="metrics-export-title">{t('analysis.export.title')}</h3>
        <ExportActions processId={processId} title={title} map={map} />
        <button
          type="button"
          className="link-button"
          onClick={() => navigate(`/compare?a=${encodeURIComponent(processId)}`)}
        >
          {t('analysis.compareWith')}
        </button>
      </section>
    </aside>
  );
}

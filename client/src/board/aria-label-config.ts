// React Flow's own words for assistive technology (hints, controls, handles), in the reader's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AriaLabelConfig } from '@xyflow/react';

export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('board.a11y.nodeHint'),
      'node.a11yDescription.keyboardDisabled': t('board.a11y.nodeHint'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { direction: string; x: number; y: number }) =>
        t('board.a11y.moved', { x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('board.a11y.edgeHint'),
      'controls.ariaLabel': t('board.controls.label'),
      'controls.zoomIn.ariaLabel': t('board.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('board.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('board.controls.fitView'),
      'controls.interactive.ariaLabel': t('board.controls.interactive'),
      'minimap.ariaLabel': t('board.minimap'),
      'handle.ariaLabel': t('board.a11y.handle'),
    }),
    [t],
  );
}

// What analysis adds to the editor: the live metrics drawer, and image export and the process sheet in "Datei".
import type { EditorFeature } from '../board/slots.ts';
import { useAnalysisMenu } from './analysis-menu.tsx';
import { lazySlot } from '../shared/lazy-slot.ts';
import { MetricsButton } from './MetricsButton.tsx';

export const analysisFeature: EditorFeature = {
  id: 'analysis',
  drawers: [
    {
      id: 'metrics',
      Button: MetricsButton,
      Panel: lazySlot(async () => (await import('./MetricsPanel.tsx')).MetricsPanel),
    },
  ],
  fileMenu: useAnalysisMenu,
};

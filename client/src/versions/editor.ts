// What versions add to the editor: the versions drawer (freeze, view, compare, restore, publish, lineage).
import type { EditorFeature } from '../board/slots.ts';
import { lazySlot } from '../shared/lazy-slot.ts';
import { VersionsButton } from './VersionsButton.tsx';

export const versionsFeature: EditorFeature = {
  id: 'versions',
  drawers: [
    {
      id: 'versions',
      Button: VersionsButton,
      Panel: lazySlot(async () => (await import('./EditorVersions.tsx')).EditorVersions),
    },
  ],
};

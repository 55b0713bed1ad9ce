// What versions add to the editor: the versions drawer (freeze, view, compare, restore, publish, lineage).
import type { EditorFeature } from '../board/slots.ts';
import { EditorVersions, VersionsButton } from './EditorVersions.tsx';

export const versionsFeature: EditorFeature = {
  id: 'versions',
  drawers: [{ id: 'versions', Button: VersionsButton, Panel: EditorVersions }],
};

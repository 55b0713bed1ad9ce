// What following the origin adds to the editor: a banner about a new version, the review drawer, marks on the map.
import type { EditorFeature } from '../board/slots.ts';
import { UPSTREAM_DRAWER, UpstreamProvider } from './context.tsx';
import { UpstreamBanner } from './UpstreamBanner.tsx';
import { UpstreamGhosts, UpstreamNodeMark } from './UpstreamMarks.tsx';
import { lazySlot } from '../shared/lazy-slot.ts';
import { UpstreamButton } from './UpstreamButton.tsx';

export const upstreamFeature: EditorFeature = {
  id: 'upstream',
  Provider: UpstreamProvider,
  banners: [UpstreamBanner],
  nodeBadges: [UpstreamNodeMark],
  canvasOverlays: [UpstreamGhosts],
  drawers: [
    {
      id: UPSTREAM_DRAWER,
      Button: UpstreamButton,
      Panel: lazySlot(async () => (await import('./UpstreamPanel.tsx')).UpstreamPanel),
    },
  ],
};

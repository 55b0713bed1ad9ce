// What the discussion adds to the editor: comment pins on the canvas and the comments drawer.
import type { EditorFeature } from '../board/slots.ts';
import { DiscussionProvider } from './context.tsx';
import { lazySlot } from '../shared/lazy-slot.ts';
import { DiscussionButton } from './DiscussionButton.tsx';
import { DiscussionPins } from './Pins.tsx';
import { DISCUSSION_DRAWER } from './ui-store.ts';

export const discussionFeature: EditorFeature = {
  id: 'discussion',
  Provider: DiscussionProvider,
  canvasOverlays: [DiscussionPins],
  drawers: [
    {
      id: DISCUSSION_DRAWER,
      Button: DiscussionButton,
      Panel: lazySlot(async () => (await import('./DiscussionPanel.tsx')).DiscussionDrawer),
    },
  ],
};

// What the discussion adds to the editor: comment pins on the canvas and the comments drawer.
import type { EditorFeature } from '../board/slots.ts';
import { DiscussionProvider } from './context.tsx';
import { DiscussionButton, DiscussionDrawer } from './DiscussionPanel.tsx';
import { DiscussionPins } from './Pins.tsx';
import { DISCUSSION_DRAWER } from './ui-store.ts';

export const discussionFeature: EditorFeature = {
  id: 'discussion',
  Provider: DiscussionProvider,
  canvasOverlays: [DiscussionPins],
  drawers: [{ id: DISCUSSION_DRAWER, Button: DiscussionButton, Panel: DiscussionDrawer }],
};

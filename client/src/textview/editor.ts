// What the text view adds to the editor: the map as text in the canvas's place, and the switch to it.
import type { EditorFeature } from '../board/slots.ts';
import { lazySlot } from '../shared/lazy-slot.ts';
import { TEXT_VIEW_ID, TextViewToggle } from './TextViewToggle.tsx';

export const textViewFeature: EditorFeature = {
  id: 'textview',
  mapViews: [{ id: TEXT_VIEW_ID, View: lazySlot(async () => (await import('./TextView.tsx')).TextView) }],
  topBar: [{ place: 'tools', Item: TextViewToggle }],
};

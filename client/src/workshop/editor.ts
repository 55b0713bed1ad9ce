// What the workshop adds to the editor: vote dots, note conversion, follow mode, the facilitator's controls, the lock.
import type { EditorFeature } from '../board/slots.ts';
import { endFollowOnUserMove, useFollowAction } from './follow.ts';
import { LockBanner } from './LockBanner.tsx';
import { NodeVotes } from './NodeVotes.tsx';
import { ConvertNote, MergeNotes } from './NoteConversion.tsx';
import { FacilitatorBar, WorkshopBar } from './WorkshopBar.tsx';

export const workshopFeature: EditorFeature = {
  id: 'workshop',
  nodeBadges: [NodeVotes],
  inspectorSections: [
    { place: 'node', Section: ConvertNote },
    { place: 'multiple', Section: MergeNotes },
  ],
  peerMenuActions: [useFollowAction],
  topBar: [{ place: 'people', Item: WorkshopBar }],
  banners: [FacilitatorBar, LockBanner],
  viewportListeners: [endFollowOnUserMove],
};

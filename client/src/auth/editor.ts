// What workshop invites add to the editor: the facilitator's "Einladen" button and dialog.
import type { EditorFeature } from '../board/slots.ts';
import { InviteButton } from './InviteButton.tsx';

export const invitesFeature: EditorFeature = {
  id: 'invites',
  topBar: [{ place: 'actions', Item: InviteButton }],
};

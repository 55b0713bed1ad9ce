// The one place that lists what the editor is made of: each feature's registration, in the order they appear.
import { analysisFeature } from '../../analysis/editor.ts';
import { invitesFeature } from '../../auth/editor.ts';
import { combineFeatures, type EditorFeature } from '../../board/slots.ts';
import { discussionFeature } from '../../discussion/editor.ts';
import { interchangeFeature } from '../../interchange/editor.ts';
import { textViewFeature } from '../../textview/editor.ts';
import { versionsFeature } from '../../versions/editor.ts';
import { upstreamFeature } from '../../upstream/editor.ts';
import { workshopFeature } from '../../workshop/editor.ts';

/*
 * The order decides where contributions appear: drawers on the rail (comments, metrics, versions),
 * sections of the "Datei" menu (BPMN, then images and the sheet), top-bar items and banners. A new
 * feature is one more entry here and a registration in its own folder; the board stays as it is.
 */
export const EDITOR_FEATURES: readonly EditorFeature[] = [
  textViewFeature,
  discussionFeature,
  workshopFeature,
  interchangeFeature,
  analysisFeature,
  versionsFeature,
  upstreamFeature,
  invitesFeature,
];

export const EDITOR_SLOTS = combineFeatures(EDITOR_FEATURES);

// The German catalogue, bundled with the app: every layer's and feature folder's entries merged side by side.
import { de as analysis } from '../../analysis/i18n.de.ts';
import { de as auth } from '../../auth/i18n.de.ts';
import { de as discussion } from '../../discussion/i18n.de.ts';
import { de as interchange } from '../../interchange/i18n.de.ts';
import { de as library } from '../../library/i18n.de.ts';
import { de as members } from '../../members/i18n.de.ts';
import app from '../../shared/i18n/de.json';
import { de as shared } from '../../shared/i18n/problems.de.ts';
import { de as textView } from '../../textview/i18n.de.ts';
import { de as upstream } from '../../upstream/i18n.de.ts';
import { de as versions } from '../../versions/i18n.de.ts';
import { de as workshop } from '../../workshop/i18n.de.ts';

export const german = Object.assign(
  {},
  app,
  shared,
  auth,
  library,
  versions,
  workshop,
  discussion,
  analysis,
  interchange,
  upstream,
  textView,
  members,
);

// The English catalogue, loaded only when someone chooses English: every layer's and feature folder's entries merged side by side.
import { en as analysis } from '../../analysis/i18n.en.ts';
import { en as auth } from '../../auth/i18n.en.ts';
import { en as discussion } from '../../discussion/i18n.en.ts';
import { en as interchange } from '../../interchange/i18n.en.ts';
import { en as library } from '../../library/i18n.en.ts';
import { en as members } from '../../members/i18n.en.ts';
import app from '../../shared/i18n/en.json';
import { en as shared } from '../../shared/i18n/problems.en.ts';
import { en as textView } from '../../textview/i18n.en.ts';
import { en as upstream } from '../../upstream/i18n.en.ts';
import { en as versions } from '../../versions/i18n.en.ts';
import { en as workshop } from '../../workshop/i18n.en.ts';

export const english = Object.assign(
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

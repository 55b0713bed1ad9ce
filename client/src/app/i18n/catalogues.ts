// Every layer's and feature folder's catalogue as a German/English pair, for the checks that both say the same things.
import { analysisCatalogue } from '../../analysis/i18n.ts';
import { authCatalogue } from '../../auth/i18n.ts';
import { discussionCatalogue } from '../../discussion/i18n.ts';
import { interchangeCatalogue } from '../../interchange/i18n.ts';
import { libraryCatalogue } from '../../library/i18n.ts';
import { membersCatalogue } from '../../members/i18n.ts';
import { sharedCatalogue } from '../../shared/i18n/problems.ts';
import { textViewCatalogue } from '../../textview/i18n.ts';
import { upstreamCatalogue } from '../../upstream/i18n.ts';
import { versionsCatalogue } from '../../versions/i18n.ts';
import { workshopCatalogue } from '../../workshop/i18n.ts';

export const featureCatalogues = {
  shared: sharedCatalogue,
  auth: authCatalogue,
  library: libraryCatalogue,
  versions: versionsCatalogue,
  workshop: workshopCatalogue,
  discussion: discussionCatalogue,
  analysis: analysisCatalogue,
  interchange: interchangeCatalogue,
  upstream: upstreamCatalogue,
  textview: textViewCatalogue,
  members: membersCatalogue,
} as const;

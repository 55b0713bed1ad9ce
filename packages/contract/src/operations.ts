// Every operation of the REST API by its operationId: the one list the server, the document and the tests read.
import { analysisOperations } from './analysis.ts';
import { comparisonOperations } from './comparison.ts';
import { documentOperations } from './api-document.ts';
import { authOperations } from './auth.ts';
import { discussionOperations } from './discussion.ts';
import { importOperations } from './interchange.ts';
import { inviteOperations } from './invites.ts';
import { memberOperations } from './members.ts';
import { orgOperations } from './orgs.ts';
import { peopleOperations } from './people.ts';
import { processOperations } from './processes.ts';
import { upstreamOperations } from './upstream.ts';
import { versionOperations } from './versions.ts';

export const operations = {
  ...authOperations,
  ...orgOperations,
  ...memberOperations,
  ...peopleOperations,
  ...processOperations,
  ...upstreamOperations,
  ...inviteOperations,
  ...versionOperations,
  ...discussionOperations,
  ...analysisOperations,
  ...comparisonOperations,
  ...importOperations,
  ...documentOperations,
};

export type OperationId = keyof typeof operations;

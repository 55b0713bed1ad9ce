// REST calls of process analysis: a process's map for sheets and comparison, and hourly rates.
import type { ProcessMap } from '@prozesswerk/process-model';
import type { LibraryProcess } from '../shared/processes-api.ts';
import { requestJson } from '../shared/http.ts';
import type { HourlyRates } from './rates.ts';

/** Which state of a map: the live one, the one published to the library, or a frozen version. */
export type MapVersion = 'live' | 'published' | number;

export type ProcessMapRead = {
  process: LibraryProcess;
  version: 'live' | number;
  map: ProcessMap;
};

const processPath = (id: string) => `/api/processes/${encodeURIComponent(id)}`;

/** Without `version`, the freshest state the caller may see: live for members, else the published version. */
export function fetchProcessMap(processId: string, version?: MapVersion): Promise<ProcessMapRead> {
  const query = version === undefined ? '' : `?version=${version}`;
  return requestJson<ProcessMapRead>(`${processPath(processId)}/map${query}`);
}

export function fetchProcessRates(processId: string): Promise<HourlyRates> {
  return requestJson<HourlyRates>(`${processPath(processId)}/hourly-rates`);
}

export type RatesInput = Pick<HourlyRates, 'defaultRate' | 'roles'> & { basedOn?: string | null };

export function saveOrgRates(orgId: string, rates: RatesInput): Promise<HourlyRates> {
  return requestJson<HourlyRates>(`/api/orgs/${encodeURIComponent(orgId)}/hourly-rates`, 'PUT', rates);
}

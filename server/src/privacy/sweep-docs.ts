// Erasing a person from every live document: the map, discussion and session of every process.
import { phrasesFor, redactPerson, type PersonRedaction } from '@prozesswerk/process-model';
import { CHANNELS, roomName } from '@prozesswerk/protocol';
import { readStoredDoc } from '../library/stored-docs.ts';
import { storedParts } from '../store/merge.ts';
import type { Store, StoredDoc } from '../store/store.ts';
import type { DocWriter } from './doc-writer.ts';

export type SweepResult = { changedProcesses: string[]; documentsChanged: number };

/**
 * For each document that names the person (by id in a person entry, or by full name or email in free text) the
 * redaction is written as one change through `docs`. Every room whose stored bytes still held the name — in the
 * change just made, or in overwritten history — is then compacted: the merged state keeps deleted content only as
 * its length, so the old text leaves storage. Each step can run again without harm.
 */
export async function sweepDocuments(
  store: Store,
  docs: DocWriter,
  person: { ids: readonly string[]; name: string; emails: readonly string[]; pseudonym: string },
): Promise<SweepResult> {
  const redaction: PersonRedaction = {
    ids: new Set(person.ids),
    pseudonym: person.pseudonym,
    phrases: phrasesFor(person.name, person.emails),
  };
  const traces = [person.name, ...person.emails].map((t) => t.trim()).filter((t) => t.length >= 2);
  const changed = new Set<string>();
  let documentsChanged = 0;
  for (const processId of await store.listProcessIds()) {
    for (const channel of CHANNELS) {
      const copy = await readStoredDoc(store, processId, channel);
      const needed = redactPerson(copy, redaction) > 0;
      copy.destroy();
      if (needed) {
        await docs.change(processId, channel, (doc) => void redactPerson(doc, redaction));
        changed.add(processId);
        documentsChanged += 1;
      }
      const room = roomName(processId, channel);
      if (needed || holdsTrace(await store.loadDoc(room), traces)) await store.compact(room);
    }
  }
  return { changedProcesses: [...changed], documentsChanged };
}

function holdsTrace(stored: StoredDoc, traces: readonly string[]) {
  return storedParts(stored).some((bytes) => {
    const text = Buffer.from(bytes).toString('utf8').toLowerCase();
    return traces.some((trace) => text.includes(trace.toLowerCase()));
  });
}

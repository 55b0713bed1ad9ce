// Erasing a person (Art. 17 DSGVO): records first, then live documents, then frozen versions — each step its own
// transaction and safe to run again, so an erasure cut short by a crash completes when it is resumed.
import { conflict } from '../errors.ts';
import { recordAudit } from '../members/audit.ts';
import type { ErasureReason, ErasureRecord } from '../store/privacy-store.ts';
import type { Store } from '../store/store.ts';
import type { DocWriter } from './doc-writer.ts';
import { orgsOf, personIdsOf, type FoundPerson } from './person.ts';
import { ERASURE_REASON, pseudonymName } from './pseudonym.ts';
import { sweepDocuments } from './sweep-docs.ts';

export type ErasureReport = {
  personId: string;
  pseudonym: string;
  startedAt: string;
  finishedAt: string;
  /** Live documents (map, discussion, session) in which the person was replaced by the pseudonym. */
  documentsChanged: number;
  /** Frozen versions from which a name was erased. */
  versionsRedacted: number;
  /**
   * Frozen versions whose sealed free text (step labels, comment texts, the note) still contains the name or
   * email: sealed text cannot change without breaking the version. Checked by hand; see docs/datenschutz.md.
   */
  remainingInFrozenText: { processId: string; version: number }[];
};

export type EraserDeps = {
  store: Store;
  docs: DocWriter;
  /** After live maps changed: refresh their search entries. */
  onMapsChanged?: ((processIds: readonly string[]) => Promise<void>) | undefined;
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
};

export type Eraser = {
  /** Erases a person found by findPerson; an erasure already done answers its report again. */
  erase(person: FoundPerson, requestedBy: string | null, reason?: ErasureReason): Promise<ErasureReport>;
  /** Completes every erasure a crash left unfinished. */
  resumeUnfinished(): Promise<number>;
  /** Whether this process completed the erasure (else another instance or the CLI did). */
  ranHere(id: string): boolean;
};

export function createEraser(deps: EraserDeps): Eraser {
  const { store } = deps;
  const now = () => (deps.now ?? (() => new Date()))();

  async function refuseLastAdmin(person: FoundPerson): Promise<void> {
    if (person.kind !== 'user') return;
    for (const membership of person.memberships) {
      if (membership.role !== 'admin') continue;
      const admins = (await store.listMembers(membership.orgId)).filter((m) => m.role === 'admin');
      if (admins.length > 1) continue;
      const org = await store.getOrg(membership.orgId);
      throw conflict(
        'last-admin',
        `This person is the last admin of ${org?.name ?? membership.orgId}. Make someone else admin first.`,
      );
    }
  }

  async function start(person: FoundPerson, requestedBy: string | null, reason: ErasureReason) {
    if (person.kind === 'erased') return person.erasure;
    await refuseLastAdmin(person);
    const name = person.kind === 'user' ? person.user.name : person.guest.name;
    const emails = person.kind === 'user' ? [person.user.email] : [];
    return store.beginErasure({
      id: person.id,
      personIds: personIdsOf(person),
      kind: person.kind,
      orgIds: orgsOf(person),
      requestedBy,
      reason,
      startedAt: now().toISOString(),
      pending: { name, emails },
    });
  }

  async function complete(erasure: ErasureRecord): Promise<ErasureReport> {
    const pseudonym = pseudonymName(erasure.pseudonym);
    const report: ErasureReport = {
      personId: erasure.id,
      pseudonym,
      startedAt: erasure.startedAt,
      finishedAt: erasure.finishedAt ?? '',
      documentsChanged: 0,
      versionsRedacted: 0,
      remainingInFrozenText: [],
    };
    if (erasure.finishedAt !== null || erasure.pending === null) return report;
    const { name, emails } = erasure.pending;
    const swept = await sweepDocuments(store, deps.docs, { ids: erasure.personIds, name, emails, pseudonym });
    report.documentsChanged = swept.documentsChanged;
    if (swept.changedProcesses.length > 0) await deps.onMapsChanged?.(swept.changedProcesses);

    const at = now().toISOString();
    const inScope = await processesInScope(erasure);
    const mentions = await store.findVersionPeople({ personIds: erasure.personIds, names: [name] });
    for (const mention of mentions) {
      // A typed-in name only counts where the person was: their municipalities' processes, their workshops.
      const typedIn = !erasure.personIds.includes(mention.person.personId);
      if (typedIn && !inScope.has(mention.processId)) continue;
      const done = await store.redactVersionPerson(mention.processId, mention.version, {
        personId: mention.person.personId,
        redactedAt: at,
        pseudonym,
        reason: ERASURE_REASON,
      });
      if (done) report.versionsRedacted += 1;
    }
    report.remainingInFrozenText = await frozenTextMentions(inScope, [name, ...emails]);

    for (const orgId of erasure.orgIds) {
      await recordAudit(store, {
        orgId,
        actorId: erasure.requestedBy,
        action: 'person.erased',
        targetId: erasure.id,
        detail: { reason: erasure.reason, versionsRedacted: report.versionsRedacted },
      });
    }
    const finishedAt = now().toISOString();
    await store.finishErasure(erasure.id, finishedAt);
    completedHere.add(erasure.id);
    report.finishedAt = finishedAt;
    return report;
  }

  /** The processes of the person's municipalities, and the workshops they joined as a guest. */
  async function processesInScope(erasure: ErasureRecord): Promise<Set<string>> {
    const ids = new Set((await store.listProcesses(erasure.orgIds)).map((p) => p.id));
    for (const version of await store.findVersionPeople({ personIds: erasure.personIds, names: [] }))
      ids.add(version.processId);
    return ids;
  }

  async function frozenTextMentions(processIds: ReadonlySet<string>, traces: readonly string[]) {
    const words = traces.map((t) => t.trim().toLowerCase()).filter((t) => t.includes(' ') || t.includes('@'));
    const found: { processId: string; version: number }[] = [];
    if (words.length === 0) return found;
    for (const processId of processIds) {
      for (const meta of await store.listSnapshots(processId)) {
        const record = await store.getSnapshot(processId, meta.version);
        const sealed = record?.canonicalJson.toLowerCase() ?? '';
        if (words.some((word) => sealed.includes(word))) found.push({ processId, version: meta.version });
      }
    }
    return found;
  }

  // One run per erasure at a time in this process; a second request waits for the first and gets its report.
  const running = new Map<string, Promise<ErasureReport>>();
  const completedHere = new Set<string>();
  const once = (id: string, run: () => Promise<ErasureReport>) => {
    const existing = running.get(id);
    if (existing) return existing;
    const promise = run().finally(() => running.delete(id));
    running.set(id, promise);
    return promise;
  };

  return {
    erase(person, requestedBy, reason = 'request') {
      const id = person.kind === 'erased' ? person.erasure.id : person.id;
      return once(id, async () => complete(await start(person, requestedBy, reason)));
    },
    async resumeUnfinished() {
      const unfinished = await store.listUnfinishedErasures();
      for (const erasure of unfinished) {
        await once(erasure.id, () => complete(erasure)).catch((error: unknown) =>
          deps.log(`resuming erasure ${erasure.id} failed`, error),
        );
      }
      return unfinished.length;
    },
    ranHere: (id) => completedHere.has(id),
  };
}

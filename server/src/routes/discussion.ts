// Discussion summaries: "since your last visit", unread counts per process, the decision log as Markdown, and
// the discussion of a frozen version as it was when it was frozen.
import { operations as api } from '@prozesswerk/contract';
import {
  peopleNamedIn,
  readDiscussion,
  readProcessMap,
  threadViews,
  unreadSummary,
  withKnownPeople,
} from '@prozesswerk/process-model';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import { personId } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { decisionLogFile } from '../library/decision-log-file.ts';
import { knownPeople } from '../library/known-people.ts';
import { discussionWithoutIds, requireDiscussionShared, sharedWith } from '../library/shared-view.ts';
import { readStoredDoc } from '../library/stored-docs.ts';
import { upstreamStanding } from '../library/upstream.ts';
import { loadVerifiedVersion } from '../library/versions.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { createRouter } from './router.ts';

export function discussionRoutes(store: Store, docs: LiveDocs) {
  const summaryFor = async (processId: string, person: string, lastSeenAt: string | null) => {
    const doc = await readStoredDoc(store, processId, 'discussion');
    const summary = unreadSummary(readDiscussion(doc), person, lastSeenAt);
    doc.destroy();
    return summary;
  };

  // The decision log names the municipality, so it can go into a council record as it is.
  const municipalityOf = async (process: ProcessRecord) =>
    process.orgId === null ? undefined : (await store.getOrg(process.orgId))?.name;

  // Exactly the access of reading the version itself, checked before anything is loaded.
  // A reader from another municipality gets the discussion only if it was published with it, and with names only
  // if those were too.
  const loadVersion = async (c: Parameters<typeof requireVersionAccess>[0], id: string, wanted: number) => {
    const { process, role, version } = await requireVersionAccess(c, store, id, wanted);
    const shared = await sharedWith(store, process, role);
    requireDiscussionShared(shared);
    const names = shared?.names ?? 'full';
    const loaded = await loadVerifiedVersion(store, process.id, version, names);
    loaded.mapDoc.destroy();
    const discussionView =
      names === 'full' ? loaded.discussionView : discussionWithoutIds(loaded.discussionView);
    return { ...loaded, discussionView, process };
  };

  return (
    createRouter()
      .openapi(api.recordVisit, async (c) => {
        const { process, principal } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
        const person = personId(principal);
        const previous = await store.recordVisit(person, process.id, new Date().toISOString());
        // What was new since the previous visit, so the page can mark it once.
        return c.json({ lastSeenAt: previous, unread: await summaryFor(process.id, person, previous) }, 200);
      })
      .openapi(api.getUnread, async (c) => {
        const { process, principal } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
        const person = personId(principal);
        const lastSeenAt = (await store.listVisits(person)).get(process.id) ?? null;
        return c.json({ lastSeenAt, ...(await summaryFor(process.id, person, lastSeenAt)) }, 200);
      })
      .openapi(api.listUnread, async (c) => {
        const principal = requireUser(c);
        const person = personId(principal);
        const visits = await store.listVisits(person);
        const processes = await store.listProcesses(principal.memberships.map((m) => m.orgId));
        const counts = await Promise.all(
          processes.map(async (p) => {
            const standing = await upstreamStanding(store, p);
            return {
              processId: p.id,
              ...(await summaryFor(p.id, person, visits.get(p.id) ?? null)),
              // The origin published a newer version than this variant is based on.
              upstream:
                standing?.updateAvailable && standing.newest !== null
                  ? { basedOn: standing.basedOn, newest: standing.newest }
                  : null,
            };
          }),
        );
        const shown = counts.filter((n) => n.unreadThreads > 0 || n.mentions > 0 || n.upstream !== null);
        return c.json(
          {
            processes: shown,
            // How many of the caller's variants have a newer version at their origin, for one badge.
            upstreamUpdates: shown.filter((n) => n.upstream !== null).length,
          },
          200,
        );
      })
      .openapi(api.getDecisionLog, async (c) => {
        const { process } = await requireProcessRole(c, store, c.req.valid('param').id, 'viewer');
        const [discussion, map, municipality] = await Promise.all([
          docs.read(process.id, 'discussion'),
          docs.read(process.id, 'map'),
          municipalityOf(process),
        ]);
        // Everything the server took since it judges the discussion is in its writer's name; this also holds
        // for what was written before: names come from storage, never from the document.
        const written = readDiscussion(discussion);
        const verified = withKnownPeople(written, await knownPeople(store, peopleNamedIn(written)));
        const file = decisionLogFile(verified, readProcessMap(map), { title: process.title, municipality });
        discussion.destroy();
        map.destroy();
        return c.body(file.markdown, 200, file.headers);
      })
      // A frozen version is readable by whoever may read that version, so its discussion is too.
      .openapi(api.getVersionDiscussion, async (c) => {
        const { id, version } = c.req.valid('param');
        const loaded = await loadVersion(c, id, version);
        return c.json(
          {
            processId: loaded.record.processId,
            version: loaded.record.version,
            threads: threadViews(loaded.discussionView, loaded.map),
          },
          200,
        );
      })
      .openapi(api.getVersionDecisionLog, async (c) => {
        const { id, version } = c.req.valid('param');
        const loaded = await loadVersion(c, id, version);
        const { record } = loaded;
        const municipality = await municipalityOf(loaded.process);
        const file = decisionLogFile(loaded.discussionView, loaded.map, {
          title: loaded.process.title,
          municipality,
          version: { number: record.version, name: record.name, frozenAt: record.frozenAt },
        });
        return c.body(file.markdown, 200, file.headers);
      })
  );
}

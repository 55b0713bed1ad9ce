// Discussion summaries: "since your last visit", unread counts per process, the decision log as Markdown, and
// the discussion of a frozen version as it was when it was frozen.
import { Hono, type Context } from 'hono';
import { readDiscussion, readProcessMap, threadViews, unreadSummary } from '@prozesswerk/process-model';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import { personId } from '../auth/principal.ts';
import { requireVersionAccess } from '../auth/version-access.ts';
import { decisionLogFile } from '../library/decision-log-file.ts';
import { readStoredDoc } from '../library/stored-docs.ts';
import { loadVerifiedVersion } from '../library/versions.ts';
import type { ProcessRecord, Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';
import { versionNumber } from './versions.ts';

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

  const loadVersion = async (c: Context<AuthEnv>) => {
    // Exactly the access of reading the version itself, checked before anything is loaded.
    const { process, version } = await requireVersionAccess(
      c,
      store,
      c.req.param('id') ?? '',
      versionNumber(c.req.param('version') ?? ''),
    );
    const loaded = await loadVerifiedVersion(store, process.id, version);
    loaded.mapDoc.destroy();
    return { ...loaded, process };
  };

  return (
    new Hono<AuthEnv>()
      .post('/processes/:id/visits', async (c) => {
        const { process, principal } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
        const person = personId(principal);
        const previous = await store.recordVisit(person, process.id, new Date().toISOString());
        // What was new since the previous visit, so the page can mark it once.
        return c.json({ lastSeenAt: previous, unread: await summaryFor(process.id, person, previous) });
      })
      .get('/processes/:id/unread', async (c) => {
        const { process, principal } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
        const person = personId(principal);
        const lastSeenAt = (await store.listVisits(person)).get(process.id) ?? null;
        return c.json({ lastSeenAt, ...(await summaryFor(process.id, person, lastSeenAt)) });
      })
      .get('/unread', async (c) => {
        const principal = requireUser(c);
        const person = personId(principal);
        const visits = await store.listVisits(person);
        const processes = await store.listProcesses(principal.memberships.map((m) => m.orgId));
        const counts = await Promise.all(
          processes.map(async (p) => ({
            processId: p.id,
            ...(await summaryFor(p.id, person, visits.get(p.id) ?? null)),
          })),
        );
        return c.json({ processes: counts.filter((count) => count.unreadThreads > 0 || count.mentions > 0) });
      })
      .get('/processes/:id/decision-log', async (c) => {
        const { process } = await requireProcessRole(c, store, c.req.param('id'), 'viewer');
        const [discussion, map, municipality] = await Promise.all([
          docs.read(process.id, 'discussion'),
          docs.read(process.id, 'map'),
          municipalityOf(process),
        ]);
        const file = decisionLogFile(readDiscussion(discussion), readProcessMap(map), {
          title: process.title,
          municipality,
        });
        discussion.destroy();
        map.destroy();
        return c.body(file.markdown, 200, file.headers);
      })
      // A frozen version is readable by whoever may read that version, so its discussion is too.
      .get('/processes/:id/versions/:version/discussion', async (c) => {
        const loaded = await loadVersion(c);
        return c.json({
          processId: loaded.record.processId,
          version: loaded.record.version,
          threads: threadViews(loaded.discussionView, loaded.map),
        });
      })
      .get('/processes/:id/versions/:version/decision-log', async (c) => {
        const loaded = await loadVersion(c);
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

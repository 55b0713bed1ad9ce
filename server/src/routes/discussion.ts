// Discussion summaries: "since your last visit", unread counts per process, and the decision log as Markdown.
import { Hono } from 'hono';
import {
  decisionLogMarkdown,
  readDiscussion,
  readProcessMap,
  unreadSummary,
} from '@prozesswerk/process-model';
import { requireProcessRole, requireUser } from '../auth/guards.ts';
import type { AuthEnv } from '../auth/middleware.ts';
import type { Principal } from '../auth/principal.ts';
import { readStoredDoc } from '../library/stored-docs.ts';
import type { Store } from '../store/store.ts';
import type { LiveDocs } from '../sync/live-docs.ts';

/** The id a person has in discussion documents: their user id, or their guest id. */
export function personId(principal: Principal): string {
  return principal.kind === 'user' ? principal.user.id : principal.guest.id;
}

export function discussionRoutes(store: Store, docs: LiveDocs) {
  const summaryFor = async (processId: string, person: string, lastSeenAt: string | null) => {
    const doc = await readStoredDoc(store, processId, 'discussion');
    const summary = unreadSummary(readDiscussion(doc), person, lastSeenAt);
    doc.destroy();
    return summary;
  };

  return new Hono<AuthEnv>()
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
      const [discussion, map] = await Promise.all([
        docs.read(process.id, 'discussion'),
        docs.read(process.id, 'map'),
      ]);
      const markdown = decisionLogMarkdown(readDiscussion(discussion), {
        processTitle: process.title,
        map: readProcessMap(map),
      });
      discussion.destroy();
      map.destroy();
      const file = `Entscheidungen-${process.title.replace(/[^\p{L}\p{N}]+/gu, '-')}.md`;
      return c.body(markdown, 200, {
        'content-type': 'text/markdown; charset=utf-8',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file)}`,
      });
    });
}

// A person's data on SQLite and PostgreSQL: exported with every item, then erased — their name and email are nowhere
// in the database afterwards, every frozen version still verifies, and everyone else's data is as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  castVote,
  createThread,
  newId,
  readDiscussion,
  reply,
  resolveThread,
  toggleReaction,
  type Person,
} from '@prozesswerk/process-model';
import type { ErasureReport, PersonExport } from '@prozesswerk/contract';
import { addMember, createOrg, issueAccessToken } from '../server/src/auth/accounts.ts';
import { readStoredDoc } from '../server/src/library/stored-docs.ts';
import { fetchWithBearer } from './support/api.ts';
import { testBackends } from './support/backends.ts';
import { connectStockClient, waitFor, whenSynced, type StockClient } from './support/clients.ts';
import { placesHolding, postgresPlaces, sqlitePlaces, type Place } from './support/database-text.ts';
import { removeDataDir, startTestServer, type TestServer } from './support/server.ts';

const ANNA = { email: 'anna.albrecht@kehl.example', name: 'Anna Albrecht' };
const BERT = { email: 'bert.brandt@kehl.example', name: 'Bert Brandt' };

type Member = { id: string; token: string; person: Person };

async function member(
  server: TestServer,
  who: typeof ANNA,
  orgId: string,
  orgName: string,
  role: 'editor' | 'admin',
) {
  const { id } = await addMember(server.store, { ...who, orgId, role, password: 'passwort-1234' });
  const { token } = await issueAccessToken(server.store, who.email);
  return { id, token, person: { id, name: who.name, org: orgName } } satisfies Member;
}

/** A y-websocket client authenticated by a browser session cookie (what a workshop guest has). */
function connectWithCookie(
  server: TestServer,
  processId: string,
  channel: string,
  cookie: string,
): StockClient {
  class WithCookie extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${server.url.replace(/^http/, 'ws')}/sync`,
    `${processId}/${channel}`,
    doc,
    {
      WebSocketPolyfill: WithCookie as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      maxBackoffTime: 300,
    },
  );
  return { doc, provider, destroy: () => (provider.destroy(), doc.destroy()) };
}

async function storedThreads(server: TestServer, processId: string) {
  const doc = await readStoredDoc(server.store, processId, 'discussion');
  const discussion = readDiscussion(doc);
  doc.destroy();
  return discussion;
}

describe.each(testBackends())('a person’s data on $name', (backend) => {
  let server: TestServer;
  let env: Record<string, string>;
  let kehlAdmin: Member;
  let offenburgAdmin: Member;
  let anna: Member;
  let bert: Member;
  let kehlProcess: string;
  let offenburgProcess: string;
  let guestId: string;
  let bertsView: StockClient;
  const clients: StockClient[] = [];

  const api = (who: Member, method: string, path: string, body?: unknown) =>
    fetchWithBearer(server, who.token, method, path, body);

  beforeAll(async () => {
    env = backend.env();
    server = await startTestServer(env);
    const kehl = { id: server.orgId, name: 'Testhausen' };
    kehlAdmin = await member(
      server,
      { email: 'admin.kehl@kehl.example', name: 'Karla Admin' },
      kehl.id,
      kehl.name,
      'admin',
    );
    anna = await member(server, ANNA, kehl.id, kehl.name, 'editor');
    bert = await member(server, BERT, kehl.id, kehl.name, 'editor');
    const offenburg = await createOrg(server.store, 'Offenburg');
    offenburgAdmin = await member(
      server,
      { email: 'otto@offenburg.example', name: 'Otto Ofen' },
      offenburg.id,
      'Offenburg',
      'admin',
    );
    const created = async (who: Member, title: string, orgId: string) =>
      ((await (await api(who, 'POST', '/api/processes', { title, orgId })).json()) as { id: string }).id;
    kehlProcess = await created(kehlAdmin, 'Gewerbeanmeldung', kehl.id);
    offenburgProcess = await created(offenburgAdmin, 'Hundesteuer', offenburg.id);

    // In Kehl: Anna opens a thread, Bert answers mentioning her, she reacts and votes; the thread is decided.
    const annas = connectStockClient(server.url, kehlProcess, 'discussion', { token: anna.token });
    bertsView = connectStockClient(server.url, kehlProcess, 'discussion', { token: bert.token });
    clients.push(annas, bertsView);
    await Promise.all([whenSynced(annas), whenSynced(bertsView)]);
    const thread = createThread(annas.doc, {
      anchor: { type: 'point', x: 10, y: 20 },
      author: anna.person,
      text: 'Reicht die Frist von vier Wochen? Fragen gern an anna.albrecht@kehl.example',
    });
    await waitFor(() => readDiscussion(bertsView.doc).threads.length === 1, 5000, 'thread at Bert');
    const answer = reply(bertsView.doc, thread, {
      author: bert.person,
      text: '@Anna Albrecht: ja, das reicht',
      mentions: [anna.id],
    });
    await waitFor(() => readDiscussion(annas.doc).threads[0]?.comments.length === 2, 5000, 'reply at Anna');
    toggleReaction(annas.doc, thread, answer, { emoji: '👍', by: anna.person });
    castVote(annas.doc, {
      round: { id: 'round-1', open: true, votesPerParticipant: 3 },
      targetId: newId() as never,
      by: anna.person,
    });
    await waitFor(() => readDiscussion(bertsView.doc).votes.length === 1, 5000, 'vote at Bert');
    resolveThread(annas.doc, thread, { by: anna.person, decision: 'Vier Wochen reichen.' });
    await waitFor(
      () => readDiscussion(bertsView.doc).threads[0]?.status === 'resolved',
      15_000,
      'decision at Bert',
    );
    const frozen = await api(kehlAdmin, 'POST', `/api/processes/${kehlProcess}/versions`, {
      name: 'Abgestimmt im Workshop',
      agreedBy: [
        { id: anna.id, name: 'wird vom Server gesetzt', org: 'Testhausen' },
        { id: bert.id, name: BERT.name, org: 'Testhausen' },
        { name: 'Gisela Gast', org: 'Landratsamt' },
      ],
    });
    expect(frozen.status).toBe(201);

    // In Offenburg: Anna joins a workshop as a guest (signed in, so the guest record is hers) and comments.
    const link = (await (
      await api(offenburgAdmin, 'POST', `/api/processes/${offenburgProcess}/invites`, { role: 'commenter' })
    ).json()) as { token: string };
    const joined = await api(anna, 'POST', `/api/invites/by-token/${link.token}/join`, { name: ANNA.name });
    expect(joined.status).toBe(201);
    const cookie = joined.headers
      .getSetCookie()
      .find((c) => c.startsWith('pw_session='))!
      .split(';')[0]!;
    const session = (await (
      await fetch(`${server.url}/api/auth/session`, { headers: { cookie } })
    ).json()) as { guest: { id: string } };
    guestId = session.guest.id;
    const asGuest = connectWithCookie(server, offenburgProcess, 'discussion', cookie);
    clients.push(asGuest);
    await whenSynced(asGuest);
    createThread(asGuest.doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      // A guest signs with their name alone: the server knows no municipality of theirs.
      author: { id: guestId, name: ANNA.name },
      text: 'Gilt das auch für Zweithunde?',
    });
    await waitFor(
      () => readDiscussion(asGuest.doc).threads.length === 1 && asGuest.provider.synced,
      5000,
      'guest thread',
    );
    for (let i = 0; i < 200 && (await storedThreads(server, offenburgProcess)).threads.length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await storedThreads(server, offenburgProcess)).threads).toHaveLength(1);
    const frozenThere = await api(offenburgAdmin, 'POST', `/api/processes/${offenburgProcess}/versions`, {
      name: 'Stand Workshop',
      agreedBy: [{ id: guestId, name: ANNA.name, org: 'Testhausen' }],
    });
    expect(frozenThere.status).toBe(201);
    // An admin's action about her, for the audit log.
    expect(
      (await api(kehlAdmin, 'PATCH', `/api/orgs/${server.orgId}/members/${anna.id}`, { role: 'editor' }))
        .status,
    ).toBe(200);
    await api(kehlAdmin, 'PATCH', `/api/orgs/${server.orgId}/members/${anna.id}`, { role: 'facilitator' });
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.close();
    removeDataDir(server.dataDir);
    await backend.cleanup();
  });

  it('exports every item of the person, as JSON and as a readable document', async () => {
    const response = await api(kehlAdmin, 'GET', `/api/people/${anna.id}/export`);
    expect(response.status).toBe(200);
    const data = (await response.json()) as PersonExport;
    expect(data.person).toMatchObject({ id: anna.id, name: ANNA.name, email: ANNA.email, kind: 'user' });
    expect(data.memberships).toEqual([{ orgId: server.orgId, orgName: 'Testhausen', role: 'facilitator' }]);
    expect(data.guestAccess).toEqual([
      expect.objectContaining({ guestId, processTitle: 'Hundesteuer', name: ANNA.name, role: 'commenter' }),
    ]);
    expect(data.accessTokens).toHaveLength(1);
    expect(data.comments.map((c) => [c.processTitle, c.opensThread])).toEqual(
      expect.arrayContaining([
        ['Gewerbeanmeldung', true],
        ['Hundesteuer', true],
      ]),
    );
    expect(data.reactions).toEqual([expect.objectContaining({ emoji: '👍', processId: kehlProcess })]);
    expect(data.votes).toEqual([expect.objectContaining({ processId: kehlProcess, count: 1 })]);
    expect(data.versions.map((v) => [v.processTitle, v.as])).toEqual(
      expect.arrayContaining([
        ['Gewerbeanmeldung', 'agreed'],
        ['Hundesteuer', 'agreed'],
      ]),
    );
    expect(data.auditEntries.map((e) => e.action)).toContain('member.role-changed');

    const markdown = await (await api(anna, 'GET', `/api/people/${anna.id}/export?format=markdown`)).text();
    expect(markdown).toContain('# Auskunft über gespeicherte Daten: Anna Albrecht');
    expect(markdown).toContain('Hundesteuer');
    expect(markdown).toContain('zugestimmt');
  });

  it('answers 404 to someone outside her municipalities, and refuses to erase the last admin', async () => {
    for (const path of [`/api/people/${anna.id}/export`, `/api/people/${anna.id}/erase`]) {
      const response = await api(offenburgAdmin, path.endsWith('erase') ? 'POST' : 'GET', path);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(ANNA.name);
    }
    expect((await api(bert, 'POST', `/api/people/${anna.id}/erase`)).status).toBe(404);
    const lastAdmin = await api(offenburgAdmin, 'POST', `/api/people/${offenburgAdmin.id}/erase`);
    expect(lastAdmin.status).toBe(409);
    expect(((await lastAdmin.json()) as { code: string }).code).toBe('last-admin');
  });

  it('erases her: nowhere in the database, versions still verify, the others unchanged', async () => {
    const before = await api(kehlAdmin, 'GET', `/api/processes/${kehlProcess}/versions/1`);
    const versionBefore = (await before.json()) as { sha256: string; agreedBy: { name: string }[] };
    expect(versionBefore.agreedBy.map((p) => p.name)).toEqual([ANNA.name, BERT.name, 'Gisela Gast']);

    const erased = await api(kehlAdmin, 'POST', `/api/people/${anna.id}/erase`);
    expect(erased.status).toBe(200);
    const report = (await erased.json()) as ErasureReport;
    expect(report.pseudonym).toMatch(/^Ehemalige Person \d+$/);
    expect(report.versionsRedacted).toBe(2);
    // Her email in her own comment was sealed as a reference too: nothing is left in any frozen text.
    expect(report.remainingInFrozenText).toEqual([]);

    const places: Place[] =
      backend.name === 'SQLite'
        ? sqlitePlaces(server.dataDir)
        : await postgresPlaces(env.DATABASE_URL!, env.DATABASE_SCHEMA!);
    expect(places.length).toBeGreaterThan(100);
    expect(placesHolding(places, [BERT.name])).not.toEqual([]);
    expect(placesHolding(places, [ANNA.name, ANNA.email, 'Albrecht', 'anna.albrecht'])).toEqual([]);

    for (const [processId, names] of [
      [kehlProcess, [report.pseudonym, BERT.name, 'Gisela Gast']],
      [offenburgProcess, [report.pseudonym]],
    ] as const) {
      const version = await api(kehlAdmin, 'GET', `/api/processes/${processId}/versions/1`);
      const meta = (await (
        processId === kehlProcess
          ? version
          : await api(offenburgAdmin, 'GET', `/api/processes/${processId}/versions/1`)
      ).json()) as {
        agreedBy: { name: string }[];
        redactedNames: number;
        sha256: string;
      };
      expect(meta.redactedNames).toBe(1);
      expect(meta.agreedBy.map((p) => p.name)).toEqual(names);
    }
    const decisionLog = await (
      await api(kehlAdmin, 'GET', `/api/processes/${kehlProcess}/versions/1/decision-log`)
    ).text();
    expect(decisionLog).not.toContain(ANNA.name);
    expect(decisionLog).toContain(report.pseudonym);

    const threads = (await (
      await api(kehlAdmin, 'GET', `/api/processes/${kehlProcess}/versions/1/discussion`)
    ).json()) as {
      threads: { comments: { author: { name: string }; text: string }[] }[];
    };
    const [opening, answer] = threads.threads[0]!.comments;
    expect(opening?.author.name).toBe(report.pseudonym);
    expect(answer).toMatchObject({
      author: { name: BERT.name },
      text: `@${report.pseudonym}: ja, das reicht`,
    });

    // Live: Bert's open document shows the pseudonym (the change came through the sync path); his words stay.
    await waitFor(
      () => readDiscussion(bertsView.doc).threads[0]?.comments[0]?.author.name === report.pseudonym,
      5000,
      'pseudonym at Bert',
    );
    const live = readDiscussion(bertsView.doc).threads[0]!;
    expect(live.comments[1]).toMatchObject({ author: { id: bert.id, name: BERT.name } });
    expect(live.comments[1]?.text).toBe(`@${report.pseudonym}: ja, das reicht`);
    expect(readDiscussion(bertsView.doc).votes).toHaveLength(1);
    expect(await server.store.getUser(bert.id)).toMatchObject({ name: BERT.name, email: BERT.email });
    expect(await server.store.getUser(anna.id)).toBeUndefined();
    expect((await fetchWithBearer(server, anna.token, 'GET', '/api/auth/session')).status).toBe(401);

    const audit = (await (await api(kehlAdmin, 'GET', `/api/orgs/${server.orgId}/audit`)).json()) as {
      entries: { action: string; targetName: string }[];
    };
    expect(audit.entries[0]).toMatchObject({ action: 'person.erased', targetName: report.pseudonym });
    expect(JSON.stringify(audit)).not.toContain(ANNA.name);

    const again = await api(kehlAdmin, 'POST', `/api/people/${anna.id}/erase`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as ErasureReport).pseudonym).toBe(report.pseudonym);
    expect((await api(kehlAdmin, 'GET', `/api/people/${anna.id}/export`)).status).toBe(404);
  });
});

// Everything stored about one person, gathered for an answer to an access request (Art. 15/20 DSGVO).
import { readDiscussion, readProcessMap } from '@prozesswerk/process-model';
import type { PersonExport } from '@prozesswerk/contract';
import { readStoredDoc } from '../library/stored-docs.ts';
import type { Store } from '../store/store.ts';
import { personIdsOf, type FoundPerson } from './person.ts';

type Titles = (processId: string) => Promise<string>;

export async function buildPersonExport(
  store: Store,
  person: Exclude<FoundPerson, { kind: 'erased' }>,
  now = new Date(),
): Promise<PersonExport> {
  const ids = personIdsOf(person);
  const titleCache = new Map<string, Promise<string>>();
  const title: Titles = (processId) => {
    let found = titleCache.get(processId);
    if (!found) titleCache.set(processId, (found = store.getProcess(processId).then((p) => p?.title ?? '')));
    return found;
  };
  const orgName = async (orgId: string) => (await store.getOrg(orgId))?.name ?? '';
  const email = person.kind === 'user' ? person.user.email : null;
  const guests = person.kind === 'user' ? person.guests : [person.guest];

  const [sessions, tokens, invites, memberInvites, received, audit, documents, versions, visits, activity] =
    await Promise.all([
      store.listSessionsOf(ids),
      person.kind === 'user' ? store.listAccessTokensOf(person.user.id) : Promise.resolve([]),
      store.listInvitesCreatedBy(ids),
      store.listMemberInvitesCreatedBy(ids),
      email ? store.listMemberInvitesFor(email) : Promise.resolve([]),
      store.listAuditAbout(ids, email ?? ''),
      documentsOf(store, ids, title),
      versionsOf(store, person, ids, title),
      visitsOf(store, ids, title),
      person.kind === 'user' ? lastActive(store, person) : Promise.resolve(null),
    ]);

  return {
    format: 'prozesswerk-person-export',
    version: 1,
    exportedAt: now.toISOString(),
    person: {
      id: person.id,
      kind: person.kind,
      name: person.kind === 'user' ? person.user.name : person.guest.name,
      email,
      createdAt: person.kind === 'user' ? person.user.createdAt : person.guest.createdAt,
      lastActiveAt: activity,
    },
    memberships:
      person.kind === 'user'
        ? await Promise.all(
            person.memberships.map(async (m) => ({
              orgId: m.orgId,
              orgName: await orgName(m.orgId),
              role: m.role,
            })),
          )
        : [],
    guestAccess: await Promise.all(
      guests.map(async (g) => {
        const invite = await store.getInvite(g.inviteId);
        return {
          guestId: g.id,
          processId: g.processId,
          processTitle: await title(g.processId),
          name: g.name,
          joinedAt: g.createdAt,
          role: invite?.role ?? null,
          linkExpiresAt: invite?.expiresAt ?? null,
          linkRevokedAt: invite?.revokedAt ?? null,
        };
      }),
    ),
    sessions: sessions.map((s) => ({ createdAt: s.createdAt, expiresAt: s.expiresAt })),
    accessTokens: tokens.map((t) => ({
      id: t.id,
      label: t.label,
      createdAt: t.createdAt,
      revokedAt: t.revokedAt,
    })),
    invitesCreated: await Promise.all(
      invites.map(async (i) => ({
        id: i.id,
        processId: i.processId,
        processTitle: await title(i.processId),
        role: i.role,
        createdAt: i.createdAt,
        expiresAt: i.expiresAt,
        uses: i.uses,
        revokedAt: i.revokedAt,
      })),
    ),
    memberInvitationsCreated: memberInvites.map((i) => ({
      orgId: i.orgId,
      role: i.role,
      createdAt: i.createdAt,
      acceptedAt: i.acceptedAt,
      revokedAt: i.revokedAt,
    })),
    invitationsReceived: await Promise.all(
      received.map(async (i) => ({
        orgId: i.orgId,
        orgName: await orgName(i.orgId),
        role: i.role,
        createdAt: i.createdAt,
        acceptedAt: i.acceptedAt,
        revokedAt: i.revokedAt,
      })),
    ),
    ...documents,
    versions,
    auditEntries: audit.map((e) => ({
      orgId: e.orgId,
      at: e.at,
      action: e.action,
      as: e.actorId !== null && ids.includes(e.actorId) ? ('actor' as const) : ('subject' as const),
      detail: e.detail,
    })),
    visits,
  };
}

async function lastActive(store: Store, person: Extract<FoundPerson, { kind: 'user' }>) {
  for (const m of person.memberships) {
    const member = (await store.listMembersWithActivity(m.orgId)).find((x) => x.userId === person.user.id);
    if (member) return member.lastActiveAt;
  }
  return null;
}

/** Comments, decisions, reactions and votes, read from every process's stored discussion. */
async function documentsOf(store: Store, ids: readonly string[], title: Titles) {
  const mine = new Set(ids);
  const out: Pick<PersonExport, 'comments' | 'decisions' | 'reactions' | 'votes'> = {
    comments: [],
    decisions: [],
    reactions: [],
    votes: [],
  };
  for (const processId of await store.listProcessIds()) {
    const doc = await readStoredDoc(store, processId, 'discussion');
    const discussion = readDiscussion(doc);
    doc.destroy();
    const touches =
      discussion.votes.some((v) => mine.has(v.personId)) ||
      discussion.threads.some(
        (t) =>
          mine.has(t.resolvedBy?.id ?? '') ||
          t.comments.some(
            (c) => mine.has(c.author.id) || c.reactions.some((r) => r.personIds.some((p) => mine.has(p))),
          ),
      );
    if (!touches) continue;
    const processTitle = await title(processId);
    for (const thread of discussion.threads) {
      thread.comments.forEach((comment, index) => {
        if (mine.has(comment.author.id)) {
          out.comments.push({
            processId,
            processTitle,
            threadId: thread.id,
            commentId: comment.id,
            opensThread: index === 0,
            text: comment.text,
            createdAt: comment.createdAt,
            editedAt: comment.editedAt ?? null,
            deleted: comment.deleted,
          });
        }
        for (const reaction of comment.reactions) {
          if (reaction.personIds.some((p) => mine.has(p)))
            out.reactions.push({
              processId,
              processTitle,
              threadId: thread.id,
              commentId: comment.id,
              emoji: reaction.emoji,
            });
        }
      });
      if (thread.resolvedBy && mine.has(thread.resolvedBy.id)) {
        out.decisions.push({
          processId,
          processTitle,
          threadId: thread.id,
          decision: thread.decision ?? '',
          resolvedAt: thread.resolvedAt ?? '',
        });
      }
    }
    const votes = discussion.votes.filter((v) => mine.has(v.personId));
    if (votes.length > 0) {
      const mapDoc = await readStoredDoc(store, processId, 'map');
      const labels = new Map(readProcessMap(mapDoc).nodes.map((n) => [n.id as string, n.label]));
      mapDoc.destroy();
      for (const vote of votes) {
        out.votes.push({
          processId,
          processTitle,
          roundId: vote.roundId,
          targetId: vote.targetId,
          targetLabel: labels.get(vote.targetId) ?? '',
          count: vote.count,
        });
      }
    }
  }
  return out;
}

/** Frozen versions naming the person: as who froze it, as who agreed, or in its discussion. */
async function versionsOf(
  store: Store,
  person: Exclude<FoundPerson, { kind: 'erased' }>,
  ids: readonly string[],
  title: Titles,
): Promise<PersonExport['versions']> {
  const name = person.kind === 'user' ? person.user.name : person.guest.name;
  const orgIds = new Set(person.kind === 'user' ? person.memberships.map((m) => m.orgId) : [person.orgId]);
  const found = await store.findVersionPeople({ personIds: ids, names: [name] });
  const out: PersonExport['versions'] = [];
  for (const mention of found) {
    const process = await store.getProcess(mention.processId);
    // A name typed in by hand only counts in the person's own municipalities.
    if (!ids.includes(mention.person.personId) && !orgIds.has(process?.orgId ?? null)) continue;
    const meta = (await store.listSnapshots(mention.processId)).find((v) => v.version === mention.version);
    if (!meta) continue;
    const ref = mention.person.personId;
    out.push({
      processId: mention.processId,
      processTitle: await title(mention.processId),
      version: mention.version,
      name: meta.name,
      frozenAt: meta.frozenAt,
      as: meta.frozenBy.id === ref ? 'froze' : meta.agreedBy.some((a) => a.id === ref) ? 'agreed' : 'named',
      nameAsFrozen: mention.person.name,
    });
  }
  return out;
}

async function visitsOf(
  store: Store,
  ids: readonly string[],
  title: Titles,
): Promise<PersonExport['visits']> {
  const out: PersonExport['visits'] = [];
  for (const id of ids) {
    for (const [processId, lastSeenAt] of await store.listVisits(id))
      out.push({ processId, processTitle: await title(processId), lastSeenAt });
  }
  return out;
}

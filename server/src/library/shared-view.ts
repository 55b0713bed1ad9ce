// What a reader from another municipality gets of a published version: the map and its metrics inputs always; the
// discussion, people's names and the hourly rates only as the publisher consented when publishing.
import type { Discussion, Person } from '@prozesswerk/process-model';
import type { Role } from '@prozesswerk/protocol';
import { notFound } from '../errors.ts';
import { NO_CONSENT } from '../store/publication-consent.ts';
import type { ProcessRecord, PublicationConsent, SnapshotMeta, Store } from '../store/store.ts';

/** null: the reader has a role on the process and sees everything; else what its publication shares. */
export async function sharedWith(
  store: Store,
  process: ProcessRecord,
  role: Role | null,
): Promise<PublicationConsent | null> {
  if (role) return null;
  return (await store.getPublication(process.id))?.consent ?? NO_CONSENT;
}

/** A version's record as shared: without consent to names, who froze it is left out and who agreed is a municipality. */
export function metaAsShared<T extends SnapshotMeta>(
  meta: T,
  shared: PublicationConsent | null,
): T & { shared?: PublicationConsent } {
  if (!shared) return meta;
  if (shared.names === 'full') return { ...meta, shared };
  return {
    ...meta,
    frozenBy: { id: '', name: '' },
    agreedBy: meta.agreedBy.map((person) => ({ name: '', org: person.org })),
    shared,
  };
}

/** Refuses the discussion (and what is made of it) to a reader it was not shared with, as if it did not exist. */
export function requireDiscussionShared(shared: PublicationConsent | null): void {
  if (shared && !shared.discussion)
    throw notFound('discussion-not-shared', 'The publisher did not share the discussion of this version.');
}

/**
 * The discussion for a reader elsewhere who may not see names: the view is already named by municipality (see
 * loadVerifiedVersion), and here every person id becomes a stand-in, so no account can be told apart across versions.
 */
export function discussionWithoutIds(discussion: Discussion): Discussion {
  const standIns = new Map<string, string>();
  const standIn = (id: string) => {
    let known = standIns.get(id);
    if (!known) standIns.set(id, (known = `person-${standIns.size + 1}`));
    return known;
  };
  const person = (p: Person): Person => ({ ...p, id: standIn(p.id) });
  return {
    threads: discussion.threads.map((thread) => ({
      ...thread,
      createdBy: person(thread.createdBy),
      ...(thread.resolvedBy ? { resolvedBy: person(thread.resolvedBy) } : {}),
      comments: thread.comments.map((comment) => ({
        ...comment,
        author: person(comment.author),
        mentions: comment.mentions.map(standIn),
        reactions: comment.reactions.map((r) => ({ ...r, personIds: r.personIds.map(standIn) })),
      })),
    })),
    votes: discussion.votes.map((vote) => ({ ...vote, personId: standIn(vote.personId) })),
  };
}

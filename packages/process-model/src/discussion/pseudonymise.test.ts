import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { reply } from './comment-mutations.ts';
import { createDiscussionDoc } from './doc.ts';
import { pseudonymiseDiscussion, revealDiscussion, tokenisePeopleInText } from './pseudonymise.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, carla, T0 } from './test-support.ts';
import { createThread, resolveThread } from './thread-mutations.ts';

function discussionWithPeople(): Y.Doc {
  const doc = createDiscussionDoc();
  const threadId = createThread(doc, {
    anchor: { type: 'point', x: 1, y: 2 },
    author: anna,
    text: 'Wer prüft die Frist?',
    now: T0,
  });
  reply(doc, threadId, {
    author: ben,
    text: '@Anna Schmidt und @Carla, bitte',
    mentions: [anna.id, carla.id],
    now: T0 + 1,
  });
  resolveThread(doc, threadId, { by: ben, decision: 'Gewerbeamt', now: T0 + 2 });
  return doc;
}

describe('sealing a discussion without names', () => {
  it('keeps people as ids and mentions as tokens, and shows exactly the original once names are given back', () => {
    const original = discussionWithPeople();
    const sealed = new Y.Doc();
    Y.applyUpdate(sealed, Y.encodeStateAsUpdate(original));
    const people = pseudonymiseDiscussion(sealed, (id) =>
      id === carla.id ? { name: carla.name } : undefined,
    );

    const state = Buffer.from(Y.encodeStateAsUpdate(sealed)).toString('latin1');
    for (const name of ['Anna Schmidt', 'Ben Weber', 'Carla', 'Musterstadt'])
      expect(state).not.toContain(name);
    expect([...people.keys()].sort()).toEqual([anna.id, ben.id, carla.id].sort());

    const read = readDiscussion(sealed, { sealed: true });
    expect(read.threads[0]?.createdBy).toEqual({ id: anna.id, name: '' });
    expect(revealDiscussion(read, (id) => people.get(id))).toEqual(readDiscussion(original));
  });

  it('shows a pseudonym where a name was erased', () => {
    const sealed = discussionWithPeople();
    const people = pseudonymiseDiscussion(sealed, () => undefined);
    const shown = revealDiscussion(readDiscussion(sealed, { sealed: true }), (id) =>
      id === anna.id ? { name: 'Ehemalige Person 7' } : people.get(id),
    );
    expect(shown.threads[0]?.createdBy.name).toBe('Ehemalige Person 7');
    expect(shown.threads[0]?.comments[1]?.text).toBe('@Ehemalige Person 7 und @Carla, bitte');
  });

  it('seals full names and emails of the people it names in anyone’s text and decisions, as references', () => {
    const doc = createDiscussionDoc();
    const threadId = createThread(doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: ben,
      text: 'Laut ANNA SCHMIDT (anna@musterstadt.de) geht das',
      now: T0,
    });
    resolveThread(doc, threadId, { by: ben, decision: 'Wie von Anna Schmidt vorgeschlagen', now: T0 + 1 });
    const people = pseudonymiseDiscussion(doc, () => undefined);
    people.set(anna.id, { name: anna.name, email: 'anna@musterstadt.de' });
    tokenisePeopleInText(doc, people);
    const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1');
    expect(state).not.toMatch(/anna schmidt|anna@musterstadt/i);
    const shown = revealDiscussion(readDiscussion(doc, { sealed: true }), (id) =>
      id === anna.id ? { name: 'Ehemalige Person 2' } : people.get(id),
    );
    expect(shown.threads[0]?.comments[0]?.text).toBe('Laut Ehemalige Person 2 (Ehemalige Person 2) geht das');
    expect(shown.threads[0]?.decision).toBe('Wie von Ehemalige Person 2 vorgeschlagen');
  });
});

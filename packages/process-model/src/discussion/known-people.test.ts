import { describe, expect, it } from 'vitest';
import { createDiscussionDoc } from './doc.ts';
import { peopleNamedIn, withKnownPeople, type KnownPerson } from './known-people.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, carla, T0 } from './test-support.ts';
import { createThread, resolveThread } from './thread-mutations.ts';
import { reply } from './comment-mutations.ts';

describe('the discussion with people as the server knows them', () => {
  const doc = createDiscussionDoc();
  const thread = createThread(doc, {
    anchor: { type: 'point', x: 0, y: 0 },
    author: carla,
    text: 'Frage',
    now: T0,
  });
  reply(doc, thread, {
    author: { ...ben, name: 'Bürgermeister Ben', org: 'Stadt Kehl' },
    text: 'Ja',
    now: T0,
  });
  resolveThread(doc, thread, { by: { id: 'forged-id', name: 'Anna Albrecht' }, now: T0 });
  const discussion = readDiscussion(doc);

  it('names every person once, whoever wrote where', () => {
    expect(peopleNamedIn(discussion).sort()).toEqual([ben.id, carla.id, 'forged-id'].sort());
  });

  it('shows the stored name, only the person’s own municipality, and nobody for an unknown id', () => {
    const known = new Map<string, KnownPerson>([
      [ben.id, { name: ben.name, orgs: [ben.org!] }],
      [carla.id, 'asWritten'],
      [anna.id, { name: anna.name, orgs: [] }],
    ]);
    const [verified] = withKnownPeople(discussion, known).threads;
    expect(verified!.createdBy).toEqual(carla);
    expect(verified!.comments[1]!.author).toEqual({ id: ben.id, name: ben.name });
    expect(verified!.resolvedBy).toEqual({ id: 'forged-id', name: '' });
  });
});

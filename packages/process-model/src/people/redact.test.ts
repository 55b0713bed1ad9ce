import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { projectDocument } from '../projection.ts';
import { createDiscussionDoc } from '../discussion/doc.ts';
import { createThread, resolveThread } from '../discussion/thread-mutations.ts';
import { reply, toggleReaction } from '../discussion/comment-mutations.ts';
import { anna, ben, T0 } from '../discussion/test-support.ts';
import { createProcessDoc } from '../doc.ts';
import { addNode } from '../node-mutations.ts';
import { setLocked } from '../session/lock.ts';
import { createSessionDoc } from '../session/doc.ts';
import { phrasesFor, redactPerson } from './redact.ts';

const redaction = {
  ids: new Set([anna.id]),
  pseudonym: 'Ehemalige Person 7',
  phrases: phrasesFor(anna.name, ['anna@musterstadt.de']),
};

/** Everything a stored state holds, as a server that never named the types would see it. */
function storedText(doc: Y.Doc): string {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return JSON.stringify(projectDocument(copy)) + Buffer.from(Y.encodeStateAsUpdate(copy)).toString('latin1');
}

describe('erasing a person from live documents', () => {
  it('gives their comments, threads and resolutions the pseudonym and leaves others as they were', () => {
    const doc = createDiscussionDoc();
    const threadId = createThread(doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: anna,
      text: 'Frist prüfen, schreibt anna@musterstadt.de',
      now: T0,
    });
    const answer = reply(doc, threadId, {
      author: ben,
      text: '@Anna Schmidt hat recht',
      mentions: [anna.id],
      now: T0 + 1,
    });
    toggleReaction(doc, threadId, answer, { emoji: '👍', by: anna });
    resolveThread(doc, threadId, { by: anna, decision: 'Wie Anna Schmidt vorschlägt', now: T0 + 2 });

    expect(redactPerson(doc, redaction)).toBeGreaterThan(0);
    const text = storedText(doc);
    expect(text).not.toMatch(/Anna Schmidt|anna@musterstadt/i);
    expect(text).toContain('Ehemalige Person 7');
    expect(text).toContain('Ben Weber');
    expect(text).toContain('@Ehemalige Person 7 hat recht');
  });

  it('reaches the session document and Y.Text, and touches nothing when the person is not in it', () => {
    const session = createSessionDoc();
    setLocked(session, { locked: true, by: anna, now: T0 });
    const map = createProcessDoc();
    addNode(map, { kind: 'activity', label: 'Rückfrage bei Anna Schmidt', x: 0, y: 0 });
    const notes = map.getText('notes');
    notes.insert(0, 'Telefon Anna  Schmidt');
    for (const doc of [session, map]) {
      redactPerson(doc, redaction);
      expect(storedText(doc)).not.toMatch(/Anna\s+Schmidt/);
    }
    expect(notes.toString()).toBe('Telefon Ehemalige Person 7');

    const untouched = createSessionDoc();
    setLocked(untouched, { locked: true, by: ben, now: T0 });
    const before = Y.encodeStateAsUpdate(untouched);
    expect(redactPerson(untouched, redaction)).toBe(0);
    expect(Y.encodeStateAsUpdate(untouched)).toEqual(before);
  });

  it('leaves single-word names in free text alone (too many false hits) but not in person entries', () => {
    expect(phrasesFor('Jo', ['jo@x.de'])).toEqual(['jo@x.de']);
    const doc = createDiscussionDoc();
    createThread(doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: { id: 'g1', name: 'Jo' },
      text: 'Jo?',
      now: T0,
    });
    redactPerson(doc, {
      ids: new Set(['g1']),
      pseudonym: 'Ehemalige Person 1',
      phrases: phrasesFor('Jo', []),
    });
    const projected = JSON.stringify(projectDocument(doc));
    expect(projected).toContain('"text":"Jo?"');
    expect(projected).not.toContain('"name":"Jo"');
  });
});

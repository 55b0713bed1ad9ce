// The demo discussion of Kehl's variant: one thread settled with a decision, one still open that asks a colleague.
import type * as Y from 'yjs';
import {
  createDiscussionDoc,
  createThread,
  reply,
  resolveThread,
  type Person,
} from '@prozesswerk/process-model';
import type { DemoSteps } from './gewerbeanmeldung.ts';

export type KehlPeople = { anna: Person; fritz: Person; eva: Person };

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Builds the discussion document; `now` dates the comments over the last days, as if from a recent workshop. */
export function buildKehlDiscussion(steps: DemoSteps, people: KehlPeople, now = Date.now()): Y.Doc {
  const doc = createDiscussionDoc();
  const { anna, fritz, eva } = people;
  const workshop = now - 6 * DAY;

  const fee = createThread(doc, {
    anchor: { type: 'node', id: steps.payment },
    author: fritz,
    text: 'Kassieren wir die Gebühr am Schalter, oder schicken wir einen Gebührenbescheid hinterher?',
    now: workshop,
  });
  reply(doc, fee, {
    author: anna,
    text: 'Am Schalter, bar oder mit EC-Karte. Ein Bescheid bedeutet Zahlungsüberwachung und manchmal Mahnungen.',
    now: workshop + 20 * 60 * 1000,
  });
  resolveThread(doc, fee, {
    by: fritz,
    decision:
      'Die Gebühr wird bei der Abgabe am Schalter kassiert (bar oder EC-Karte). Es gibt keinen eigenen Gebührenbescheid.',
    now: workshop + HOUR,
  });

  const count = createThread(doc, {
    anchor: { type: 'node', id: steps.request },
    author: anna,
    text: `@${eva.name}, kannst du bitte ein Quartal lang zählen, wie oft wir Unterlagen nachfordern müssen? Dann fehlt in den Kennzahlen die Zahl der Fälle nicht mehr.`,
    mentions: [eva.id],
    now: now - 2 * DAY,
  });
  reply(doc, count, {
    author: eva,
    text: 'Mache ich. Ab Montag führen wir am Schalter eine Strichliste.',
    now: now - DAY,
  });
  return doc;
}

// Tests for the Markdown decision log of resolved threads.
import { describe, expect, it } from 'vitest';
import { createProcessDoc } from '../doc.ts';
import { connect } from '../edge-mutations.ts';
import { addNode, deleteNode } from '../node-mutations.ts';
import { readProcessMap } from '../read.ts';
import { deleteComment, editComment, reply } from './comment-mutations.ts';
import { decisionLogMarkdown } from './decision-log.ts';
import { createDiscussionDoc } from './doc.ts';
import { readDiscussion } from './read.ts';
import { anna, ben, carla, iso, minutes } from './test-support.ts';
import { createThread, resolveThread } from './thread-mutations.ts';

function workshop() {
  const map = createProcessDoc();
  const check = addNode(map, { kind: 'activity', label: 'Antrag prüfen', x: 0, y: 0 });
  const end = addNode(map, { kind: 'end', label: 'Bescheid', x: 200, y: 0 });
  const gone = addNode(map, { kind: 'note', label: 'Idee', x: 0, y: 200 });
  const edge = connect(map, { source: check, target: end, label: 'vollständig' });
  deleteNode(map, gone);
  const doc = createDiscussionDoc();
  return { map, doc, check, edge, gone };
}

const asOf = { at: iso(minutes(0)) };

describe('decisionLogMarkdown', () => {
  it('lists resolved threads in the order they were decided, with element, decision, people, times and discussion', () => {
    const { map, doc, check, edge } = workshop();
    const onCheck = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: 'Wer prüft die Rechtsgrundlage?',
      now: minutes(0),
    });
    const answer = reply(doc, onCheck, {
      author: ben,
      text: 'Das Rechtsamt.\nBis Freitag.',
      now: minutes(60),
    });
    editComment(doc, onCheck, answer, { by: ben, text: 'Das Rechtsamt.\nBis Montag.', now: minutes(61) });
    const oops = reply(doc, onCheck, { author: carla, text: 'falscher Thread', now: minutes(62) });
    deleteComment(doc, onCheck, oops, carla);
    resolveThread(doc, onCheck, {
      by: anna,
      decision: 'Das Rechtsamt prüft die Rechtsgrundlage.',
      now: minutes(90),
    });

    const onEdge = createThread(doc, {
      anchor: { type: 'edge', id: edge },
      author: carla,
      text: 'Pfeil ok?',
      now: minutes(5),
    });
    resolveThread(doc, onEdge, { by: ben, now: minutes(70) });
    createThread(doc, {
      anchor: { type: 'point', x: 0, y: 0 },
      author: carla,
      text: 'noch offen',
      now: minutes(6),
    });

    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'Gewerbeanmeldung',
      municipality: 'Stadt Musterstadt',
      asOf: { at: iso(minutes(120)) },
      map: readProcessMap(map),
    });
    expect(markdown).toBe(
      [
        '# Entscheidungsprotokoll: Gewerbeanmeldung',
        '',
        '**Kommune:** Stadt Musterstadt  ',
        '**Stand:** 10.03.2026, 12:00 Uhr',
        '',
        '2 Entscheidungen. Ein Thema ist noch offen.',
        '',
        '## 1. Verbindung „vollständig“ von „Antrag prüfen“ nach „Bescheid“',
        '',
        '**Entscheidung:** _Ohne Entscheidungstext abgeschlossen._',
        '',
        '- Entschieden von Ben Weber (Gemeinde Beispielhausen) am 10.03.2026, 11:10 Uhr',
        '- Eröffnet von Carla am 10.03.2026, 10:05 Uhr',
        '',
        '### Diskussion',
        '',
        '> **Carla** am 10.03.2026, 10:05 Uhr:',
        '> Pfeil ok?',
        '',
        '## 2. Tätigkeit „Antrag prüfen“',
        '',
        '**Entscheidung:** Das Rechtsamt prüft die Rechtsgrundlage.',
        '',
        '- Entschieden von Anna Schmidt (Stadt Musterstadt) am 10.03.2026, 11:30 Uhr',
        '- Eröffnet von Anna Schmidt (Stadt Musterstadt) am 10.03.2026, 10:00 Uhr',
        '',
        '### Diskussion',
        '',
        '> **Anna Schmidt (Stadt Musterstadt)** am 10.03.2026, 10:00 Uhr:',
        '> Wer prüft die Rechtsgrundlage?',
        '',
        '> **Ben Weber (Gemeinde Beispielhausen)** am 10.03.2026, 11:00 Uhr (bearbeitet):',
        '> Das Rechtsamt.',
        '> Bis Montag.',
        '',
      ].join('\n'),
    );
  });

  it('names elements that were deleted and points on the canvas', () => {
    const { map, doc, gone } = workshop();
    const onGone = createThread(doc, {
      anchor: { type: 'node', id: gone },
      author: anna,
      text: 'x',
      now: minutes(0),
    });
    const onPoint = createThread(doc, {
      anchor: { type: 'point', x: 1, y: 2 },
      author: anna,
      text: 'y',
      now: minutes(1),
    });
    const onEdge = createThread(doc, {
      anchor: { type: 'edge', id: 'gone' },
      author: anna,
      text: 'z',
      now: minutes(2),
    });
    for (const [i, id] of [onGone, onPoint, onEdge].entries())
      resolveThread(doc, id, { by: ben, now: minutes(10 + i) });
    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'P',
      asOf,
      map: readProcessMap(map),
    });
    expect(markdown).toContain('## 1. Gelöschtes Element (nicht mehr im Prozess)');
    expect(markdown).toContain('## 2. Punkt auf der Arbeitsfläche');
    expect(markdown).toContain('## 3. Gelöschte Verbindung (nicht mehr im Prozess)');
  });

  it('escapes Markdown in user text so it cannot add headings, links or HTML', () => {
    const { map, doc, check } = workshop();
    const id = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: '# Kein Titel\n<script>x</script> [Link](http://x)',
      now: minutes(0),
    });
    resolveThread(doc, id, { by: ben, decision: '*wichtig*\nZeile 2', now: minutes(1) });
    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'A_B',
      municipality: 'Amt <Nord>',
      asOf,
      map: readProcessMap(map),
    });
    expect(markdown).toContain('# Entscheidungsprotokoll: A\\_B');
    expect(markdown).toContain('**Kommune:** Amt \\<Nord\\>');
    expect(markdown).toContain('**Entscheidung:** \\*wichtig\\*  \nZeile 2');
    expect(markdown).toContain('> \\# Kein Titel\n> \\<script\\>x\\</script\\> \\[Link\\](http://x)');
  });

  it('tells how many threads are still open, so the record is not mistaken for complete', () => {
    const { map, doc, check } = workshop();
    for (const text of ['a', 'b'])
      createThread(doc, { anchor: { type: 'node', id: check }, author: anna, text });
    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'P',
      asOf,
      map: readProcessMap(map),
    });
    expect(markdown).toBe(
      '# Entscheidungsprotokoll: P\n\n**Stand:** 10.03.2026, 10:00 Uhr\n\n_Noch keine Entscheidungen._ 2 Themen sind noch offen.\n',
    );
  });

  it('says so when nothing has been decided yet, and shows times in the given time zone', () => {
    const { map, doc, check } = workshop();
    expect(
      decisionLogMarkdown(readDiscussion(doc), { processTitle: 'P', asOf, map: readProcessMap(map) }),
    ).toBe(
      '# Entscheidungsprotokoll: P\n\n**Stand:** 10.03.2026, 10:00 Uhr\n\n_Noch keine Entscheidungen._ Keine offenen Themen.\n',
    );
    const id = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: 'x',
      now: minutes(0),
    });
    resolveThread(doc, id, { by: ben, now: minutes(0) });
    const utc = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'P',
      asOf,
      map: readProcessMap(map),
      timeZone: 'UTC',
    });
    expect(utc).toContain('**Stand:** 10.03.2026, 09:00 Uhr');
    expect(utc).toContain('am 10.03.2026, 09:00 Uhr');
  });

  it('names a deleted element by what it was called when the thread was last written to', () => {
    const { map, doc, check, edge } = workshop();
    const onCheck = createThread(doc, {
      anchor: { type: 'node', id: check },
      author: anna,
      text: 'Wer prüft?',
      map: readProcessMap(map),
      now: minutes(0),
    });
    const onEdge = createThread(doc, {
      anchor: { type: 'edge', id: edge },
      author: anna,
      text: 'Immer?',
      map: readProcessMap(map),
      now: minutes(1),
    });
    resolveThread(doc, onCheck, { by: ben, now: minutes(10) });
    resolveThread(doc, onEdge, { by: ben, now: minutes(11) });
    deleteNode(map, check);
    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'P',
      asOf,
      map: readProcessMap(map),
    });
    expect(markdown).toContain('## 1. Gelöschte Tätigkeit „Antrag prüfen“ (nicht mehr im Prozess)');
    expect(markdown).toContain(
      '## 2. Gelöschte Verbindung „vollständig“ von „Antrag prüfen“ nach „Bescheid“ (nicht mehr im Prozess)',
    );
  });

  it('states the version, its name and when it was frozen for the log of a frozen version', () => {
    const { map, doc } = workshop();
    const markdown = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'Gewerbeanmeldung',
      municipality: 'Gemeinde Beispielhausen',
      asOf: { version: 2, name: 'Workshop „Kasse“', frozenAt: iso(minutes(30)) },
      map: readProcessMap(map),
    });
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Entscheidungsprotokoll: Gewerbeanmeldung',
      '',
      '**Kommune:** Gemeinde Beispielhausen  ',
      '**Stand:** Version 2 „Workshop „Kasse““, eingefroren am 10.03.2026, 10:30 Uhr',
      '',
    ]);
    const unnamed = decisionLogMarkdown(readDiscussion(doc), {
      processTitle: 'P',
      asOf: { version: 3, name: ' ', frozenAt: iso(minutes(30)) },
      map: readProcessMap(map),
    });
    expect(unnamed).toContain('**Stand:** Version 3, eingefroren am 10.03.2026, 10:30 Uhr\n');
  });
});

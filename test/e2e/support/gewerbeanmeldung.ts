// A realistic sample process for screenshots and demos: registering a business (Gewerbeanmeldung).
import type * as Y from 'yjs';
import { addLane, addNode, asNodeId, connect } from '@prozesswerk/process-model';
import type { EdgeKind, NewNode } from '@prozesswerk/process-model';

export function writeGewerbeanmeldung(doc: Y.Doc): Record<string, string> {
  const ids: Record<string, string> = {};
  doc.transact(() => {
    const applicant = addLane(doc, { label: 'Antragsteller', kind: 'external', size: 220 });
    const office = addLane(doc, { label: 'Bürgerbüro', kind: 'orgUnit', size: 220 });
    const trade = addLane(doc, { label: 'Gewerbeamt', kind: 'orgUnit', size: 300 });
    // Drawn on a wide grid, then pulled together a little so the whole process reads well at 100 %.
    const node = (key: string, input: NewNode) =>
      (ids[key] = addNode(doc, { ...input, x: Math.round(input.x * 0.85) }));

    node('start', {
      kind: 'start',
      label: 'Gewerbe soll angemeldet werden',
      x: 40,
      y: 88,
      laneId: applicant,
    });
    node('form', {
      kind: 'activity',
      label: 'Formular GewA 1 ausfüllen',
      x: 150,
      y: 76,
      laneId: applicant,
      attrs: { role: 'Antragsteller:in', durationMin: 20, medium: 'paper' },
    });
    node('pay', {
      kind: 'activity',
      label: 'Gebühr bezahlen',
      x: 1000,
      y: 76,
      laneId: applicant,
      attrs: { durationMin: 5, medium: 'digital' },
    });
    node('end', { kind: 'end', label: 'Gewerbeschein erhalten', x: 1760, y: 88, laneId: applicant });
    node('receive', {
      kind: 'activity',
      label: 'Antrag entgegennehmen',
      x: 380,
      y: 266,
      laneId: office,
      attrs: {
        role: 'Sachbearbeitung',
        durationMin: 10,
        waitMin: 2880,
        casesPerYear: 1800,
        medium: 'inPerson',
        itSystem: 'Fachverfahren Gewerbe',
        legalBasis: '§ 14 GewO',
        description: 'Antrag und Ausweis prüfen, Eingang im Fachverfahren erfassen.',
      },
    });
    node('complete', { kind: 'decision', label: 'Unterlagen vollständig?', x: 620, y: 272, laneId: office });
    node('request', {
      kind: 'activity',
      label: 'Fehlende Unterlagen nachfordern',
      x: 560,
      y: 362,
      laneId: office,
      attrs: { role: 'Sachbearbeitung', durationMin: 8, medium: 'phone' },
    });
    node('fee', {
      kind: 'activity',
      label: 'Gebühr festsetzen',
      x: 770,
      y: 266,
      laneId: office,
      attrs: { role: 'Kasse', durationMin: 3, medium: 'digital' },
    });
    node('check', {
      kind: 'activity',
      label: 'Angaben prüfen und erfassen',
      x: 1000,
      y: 516,
      laneId: trade,
      attrs: { role: 'Gewerbeamt', durationMin: 15, medium: 'digital', itSystem: 'Fachverfahren Gewerbe' },
    });
    node('split', { kind: 'parallel', label: 'gleichzeitig', x: 1230, y: 522, laneId: trade });
    node('notify', {
      kind: 'activity',
      label: 'Finanzamt, IHK und HWK benachrichtigen',
      x: 1330,
      y: 462,
      laneId: trade,
      attrs: { durationMin: 5, medium: 'digital', legalBasis: '§ 14 Abs. 8 GewO' },
    });
    node('issue', {
      kind: 'activity',
      label: 'Gewerbeschein ausstellen',
      x: 1330,
      y: 566,
      laneId: trade,
      attrs: { role: 'Gewerbeamt', durationMin: 5, medium: 'paper' },
    });
    node('certificate', { kind: 'document', label: 'Gewerbeschein', x: 1343, y: 660, laneId: trade });
    node('idea', {
      kind: 'note',
      label: 'Idee: Online-Antrag über das Serviceportal anbieten?',
      x: 150,
      y: 500,
      laneId: trade,
    });

    const edge = (
      from: string,
      to: string,
      sh: string,
      th: string,
      kind: EdgeKind = 'sequence',
      label?: string,
    ) =>
      connect(doc, {
        source: asNodeId(ids[from]!),
        target: asNodeId(ids[to]!),
        sourceHandle: sh,
        targetHandle: th,
        kind,
        ...(label ? { label } : {}),
      });
    edge('start', 'form', 'right', 'left');
    edge('form', 'receive', 'right', 'left', 'message');
    edge('receive', 'complete', 'right', 'left');
    edge('complete', 'fee', 'right', 'left', 'sequence', 'ja');
    edge('complete', 'request', 'bottom', 'top', 'sequence', 'nein');
    edge('request', 'form', 'left', 'bottom', 'message');
    edge('fee', 'pay', 'right', 'left', 'message');
    edge('pay', 'check', 'bottom', 'top', 'message');
    edge('check', 'split', 'right', 'left');
    edge('split', 'notify', 'right', 'left');
    edge('split', 'issue', 'right', 'left');
    edge('issue', 'certificate', 'bottom', 'top', 'association');
    edge('issue', 'end', 'right', 'left', 'message');
  });
  return ids;
}

// A realistic demo process, "Gewerbeanmeldung", in two municipal variants, built with the process model.
import type * as Y from 'yjs';
import {
  addLane,
  addNode,
  connect,
  createProcessDoc,
  initProcessDoc,
  type ActivityAttrs,
  type LaneId,
  type NewNode,
  type NodeId,
} from '@prozesswerk/process-model';

const LANE_HEIGHT = 220;

export type Variant = 'kehl' | 'offenburg';

/** Builds the map document of one variant; Offenburg has an online application and skips the paper form. */
export function buildGewerbeanmeldung(variant: Variant): Y.Doc {
  const doc = createProcessDoc();
  initProcessDoc(doc);
  const lane = (label: string, kind: 'role' | 'orgUnit' | 'external', order: number) =>
    addLane(doc, { label, kind, order, size: LANE_HEIGHT });
  const applicant = lane('Antragsteller/in', 'external', 0);
  const office = lane('Bürgerbüro', 'orgUnit', 1);
  const trade = lane('Gewerbeamt', 'orgUnit', 2);

  // `row` is the lane's order: nodes sit in their lane's horizontal band.
  const node = (
    kind: NewNode['kind'],
    label: string,
    laneId: LaneId,
    row: number,
    column: number,
    attrs?: ActivityAttrs,
  ): NodeId =>
    addNode(doc, {
      kind,
      label,
      x: 60 + column * 210,
      y: row * LANE_HEIGHT + 70,
      laneId,
      ...(attrs ? { attrs } : {}),
    });
  const flow = (source: NodeId, target: NodeId, label?: string) =>
    connect(doc, { source, target, ...(label ? { label } : {}) });

  const online = variant === 'offenburg';
  const start = node('start', 'Gewerbe soll angemeldet werden', applicant, 0, 0);
  const fill = node(
    'activity',
    online ? 'Online-Antrag im Serviceportal ausfüllen' : 'Formular GewA 1 ausfüllen',
    applicant,
    0,
    1,
    {
      role: 'Antragsteller/in',
      durationMin: online ? 15 : 25,
      medium: online ? 'digital' : 'paper',
      legalBasis: '§ 14 GewO',
    },
  );
  const form = node(
    'document',
    online ? 'Online-Antrag (XGewerbeanzeige)' : 'Formular GewA 1',
    applicant,
    0,
    2,
  );
  const check = node('activity', 'Vollständigkeit prüfen', office, 1, 2, {
    role: 'Sachbearbeitung Bürgerbüro',
    durationMin: 10,
    waitMin: online ? 60 : 1440,
    casesPerYear: variant === 'kehl' ? 900 : 1600,
    medium: online ? 'digital' : 'paper',
    itSystem: online ? 'Serviceportal BW' : undefined,
  });
  const complete = node('decision', 'Unterlagen vollständig?', office, 1, 3);
  const request = node('activity', 'Fehlende Unterlagen nachfordern', office, 1, 4, {
    role: 'Sachbearbeitung Bürgerbüro',
    durationMin: 10,
    waitMin: 4320,
    medium: 'phone',
  });
  const fee = node('activity', 'Gebühr erheben', office, 1, 5, {
    durationMin: 5,
    medium: online ? 'digital' : 'inPerson',
  });
  const register = node('activity', 'Gewerbe im Fachverfahren erfassen', trade, 2, 5, {
    role: 'Sachbearbeitung Gewerbeamt',
    durationMin: 15,
    itSystem: 'OK.GEWERBE',
    medium: 'digital',
  });
  const notify = node('activity', 'Meldungen an Finanzamt, IHK/HWK und Statistik versenden', trade, 2, 6, {
    role: 'Sachbearbeitung Gewerbeamt',
    durationMin: 5,
    medium: 'digital',
    legalBasis: '§ 14 Abs. 8 GewO',
  });
  const certificate = node('activity', 'Gewerbeschein aushändigen', applicant, 0, 7, {
    medium: online ? 'digital' : 'inPerson',
  });
  const end = node('end', 'Gewerbe angemeldet', applicant, 0, 8);
  node(
    'note',
    online ? 'Gebühr online per ePayBL?' : 'Könnten wir den Online-Antrag von Offenburg übernehmen?',
    office,
    1,
    7,
  );

  flow(start, fill);
  flow(fill, form);
  flow(form, check);
  flow(check, complete);
  flow(complete, request, 'nein');
  flow(request, check);
  flow(complete, fee, 'ja');
  flow(fee, register);
  flow(register, notify);
  flow(notify, certificate);
  flow(certificate, end);
  return doc;
}

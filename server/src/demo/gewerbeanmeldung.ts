// A realistic demo process, "Gewerbeanmeldung", in two municipal variants with the figures the metrics need.
import type * as Y from 'yjs';
import { createProcessDoc, initProcessDoc, type NodeId } from '@prozesswerk/process-model';
import { createMapBuilder, type MapBuilder } from './map-builder.ts';

export type Variant = 'kehl' | 'offenburg';

/** Steps the demo discussion is anchored to. */
export type DemoSteps = { check: NodeId; request: NodeId; payment: NodeId };

// Cases per year in the range of towns of their size (Kehl about 37,000 inhabitants, Offenburg about 61,000).
export const CASES_PER_YEAR = { kehl: 900, offenburg: 1500 } as const;

const APPLICANT = 'Antragsteller/in';
const OFFICE = 'Sachbearbeitung Bürgerbüro';
const TRADE = 'Sachbearbeitung Gewerbeamt';
const NOTIFY = 'Meldungen an Finanzamt, IHK/HWK und Statistik versenden';
const DAY = 24 * 60;

/** Builds the map document of one variant. */
export function buildGewerbeanmeldung(variant: Variant): Y.Doc {
  const doc = createProcessDoc();
  writeGewerbeanmeldung(doc, variant);
  return doc;
}

/**
 * Writes one variant into an empty map document. Kehl works on paper at the counter; Offenburg takes the
 * application online through the state portal service-bw: fewer media breaks, a shorter lead time and less
 * typing per case, but uploaded proofs need an extra check because nobody sees the originals.
 */
export function writeGewerbeanmeldung(doc: Y.Doc, variant: Variant): DemoSteps {
  initProcessDoc(doc);
  const map = createMapBuilder(doc);
  const lanes = {
    applicant: map.lane(APPLICANT, 'external'),
    office: map.lane('Bürgerbüro', 'orgUnit'),
    trade: map.lane('Gewerbeamt', 'orgUnit'),
  };
  return variant === 'kehl' ? writeKehl(map, lanes) : writeOffenburg(map, lanes);
}

type Lanes = Record<'applicant' | 'office' | 'trade', ReturnType<MapBuilder['lane']>>;

function writeKehl(map: MapBuilder, { applicant, office, trade }: Lanes): DemoSteps {
  const cases = CASES_PER_YEAR.kehl;
  const start = map.node('start', 'Gewerbe soll angemeldet werden', { lane: applicant, column: 0 });
  const fill = map.node(
    'activity',
    'Formular GewA 1 ausfüllen',
    { lane: applicant, column: 1 },
    { role: APPLICANT, durationMin: 25, medium: 'paper', legalBasis: '§ 14 GewO' },
  );
  const form = map.node('document', 'Formular GewA 1 mit Ausweiskopie', { lane: applicant, column: 2 });
  const check = map.node(
    'activity',
    'Antrag am Schalter annehmen und prüfen',
    { lane: office, column: 2 },
    {
      role: OFFICE,
      durationMin: 12,
      waitMin: 2 * DAY,
      casesPerYear: cases,
      medium: 'paper',
      description: 'Wartezeit: ein freier Termin im Bürgerbüro.',
    },
  );
  const complete = map.node('decision', 'Unterlagen vollständig?', { lane: office, column: 3 });
  // No cases per year on purpose: nobody has counted them yet (see the open thread in the demo discussion).
  const request = map.node(
    'activity',
    'Fehlende Unterlagen telefonisch nachfordern',
    { lane: office, column: 3, below: true },
    { role: OFFICE, durationMin: 10, waitMin: 5 * DAY, medium: 'phone' },
  );
  const payment = map.node(
    'activity',
    'Gebühr am Schalter kassieren',
    { lane: office, column: 4 },
    {
      role: OFFICE,
      durationMin: 6,
      casesPerYear: cases,
      medium: 'inPerson',
      legalBasis: 'Verwaltungsgebührensatzung',
      description: 'Bar oder mit EC-Karte.',
    },
  );
  const register = map.node(
    'activity',
    'Gewerbe im Fachverfahren erfassen',
    { lane: trade, column: 5 },
    {
      role: TRADE,
      durationMin: 15,
      waitMin: 2 * DAY,
      casesPerYear: cases,
      medium: 'digital',
      itSystem: 'OK.GEWERBE',
      description: 'Die Papierakte kommt mit der Hauspost; die Angaben werden abgetippt.',
    },
  );
  const notify = map.node(
    'activity',
    NOTIFY,
    { lane: trade, column: 6 },
    {
      role: TRADE,
      durationMin: 5,
      casesPerYear: cases,
      medium: 'digital',
      itSystem: 'OK.GEWERBE',
      legalBasis: '§ 14 Abs. 8 GewO',
    },
  );
  const certificate = map.node(
    'activity',
    'Gewerbeschein drucken und per Post versenden',
    { lane: trade, column: 7 },
    { role: TRADE, durationMin: 6, waitMin: DAY, casesPerYear: cases, medium: 'paper' },
  );
  const end = map.node('end', 'Gewerbe angemeldet', { lane: applicant, column: 8 });
  map.node('note', 'Könnten wir den Online-Antrag von Offenburg übernehmen?', { lane: office, column: 6 });

  map.flow(start, fill);
  map.flow(fill, form);
  map.flow(form, check);
  map.flow(check, complete);
  map.flow(complete, request, 'nein');
  map.flow(request, check);
  map.flow(complete, payment, 'ja');
  map.flow(payment, register);
  map.flow(register, notify);
  map.flow(notify, certificate);
  map.flow(certificate, end);
  return { check, request, payment };
}

function writeOffenburg(map: MapBuilder, { applicant, office, trade }: Lanes): DemoSteps {
  const cases = CASES_PER_YEAR.offenburg;
  const start = map.node('start', 'Gewerbe soll angemeldet werden', { lane: applicant, column: 0 });
  const fill = map.node(
    'activity',
    'Online-Antrag im Serviceportal ausfüllen',
    { lane: applicant, column: 1 },
    { role: APPLICANT, durationMin: 15, medium: 'digital', itSystem: 'service-bw', legalBasis: '§ 14 GewO' },
  );
  const payment = map.node(
    'activity',
    'Gebühr online bezahlen',
    { lane: applicant, column: 2 },
    { role: APPLICANT, durationMin: 3, medium: 'digital', itSystem: 'ePayBL' },
  );
  const form = map.node('document', 'Online-Antrag (XGewerbeanzeige)', { lane: applicant, column: 3 });
  const check = map.node(
    'activity',
    'Vollständigkeit prüfen',
    { lane: office, column: 3 },
    {
      role: OFFICE,
      durationMin: 6,
      waitMin: 8 * 60,
      casesPerYear: cases,
      medium: 'digital',
      itSystem: 'service-bw',
    },
  );
  const complete = map.node('decision', 'Unterlagen vollständig?', { lane: office, column: 4 });
  const request = map.node(
    'activity',
    'Fehlende Unterlagen telefonisch nachfordern',
    { lane: office, column: 4, below: true },
    // About one application in six lacks a proof.
    { role: OFFICE, durationMin: 8, waitMin: 3 * DAY, casesPerYear: 240, medium: 'phone' },
  );
  const verify = map.node(
    'activity',
    'Hochgeladene Nachweise prüfen',
    { lane: trade, column: 5 },
    {
      role: TRADE,
      durationMin: 6,
      waitMin: 4 * 60,
      casesPerYear: cases,
      medium: 'digital',
      legalBasis: '§§ 30 ff. GewO, § 1 HwO',
      description:
        'Erlaubnisse, Eintrag in die Handwerksrolle, Vertretungsbefugnis: online fehlen die Originale.',
    },
  );
  const register = map.node(
    'activity',
    'Antragsdaten ins Fachverfahren übernehmen',
    { lane: trade, column: 6 },
    { role: TRADE, durationMin: 5, casesPerYear: cases, medium: 'digital', itSystem: 'OK.GEWERBE' },
  );
  const notify = map.node(
    'activity',
    NOTIFY,
    { lane: trade, column: 7 },
    {
      role: TRADE,
      durationMin: 1,
      casesPerYear: cases,
      medium: 'digital',
      itSystem: 'OK.GEWERBE',
      legalBasis: '§ 14 Abs. 8 GewO',
    },
  );
  const certificate = map.node(
    'activity',
    'Gewerbeschein ins Servicekonto zustellen',
    { lane: trade, column: 8 },
    { role: TRADE, durationMin: 1, casesPerYear: cases, medium: 'digital', itSystem: 'service-bw' },
  );
  const end = map.node('end', 'Gewerbe angemeldet', { lane: applicant, column: 9 });
  map.node('note', 'Rückfragen künftig über das Postfach im Servicekonto statt per Telefon?', {
    lane: office,
    column: 6,
  });

  map.flow(start, fill);
  map.flow(fill, payment);
  map.flow(payment, form);
  map.flow(form, check);
  map.flow(check, complete);
  map.flow(complete, request, 'nein');
  map.flow(request, check);
  map.flow(complete, verify, 'ja');
  map.flow(verify, register);
  map.flow(register, notify);
  map.flow(notify, certificate);
  map.flow(certificate, end);
  return { check, request, payment };
}

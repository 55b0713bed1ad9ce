// The decision log of a process: its resolved threads with decisions, elements, people and times, as Markdown.
import type { ProcessMap, ReadNodeKind } from '../schema.ts';
import { describeAnchor } from './anchor.ts';
import { compareStrings } from './read.ts';
import type { AnchorSnapshot, Discussion, DiscussionComment, DiscussionThread, Person } from './schema.ts';
import { timeOf } from './validate.ts';

export interface DecisionLogOptions {
  processTitle: string;
  // The municipality the process belongs to; left out for processes of no municipality.
  municipality?: string;
  // What the log is the state of: the live discussion at a moment (ISO), or a frozen version.
  asOf: { at: string } | { version: number; name: string; frozenAt: string };
  // The current map, for the labels of the elements the threads are about.
  map: ProcessMap;
  // IANA time zone the times are shown in; German municipalities by default.
  timeZone?: string;
}

// The names the editor's palette uses, so the record reads like what people saw in the workshop.
const NODE_KIND_LABELS: Record<ReadNodeKind, string> = {
  start: 'Start',
  end: 'Ende',
  activity: 'Tätigkeit',
  decision: 'Verzweigung',
  parallel: 'Parallelverzweigung',
  document: 'Dokument',
  note: 'Notiz',
  intermediate: 'Zwischenereignis',
  inclusive: 'Oder-Verzweigung',
  eventBased: 'Ereignisverzweigung',
  complex: 'Komplexe Verzweigung',
  dataStore: 'Datenspeicher',
  dataInput: 'Dateneingang',
  dataOutput: 'Datenausgang',
  group: 'Gruppe',
  unknown: 'Element',
};

// The same names for an element that was deleted, each with the adjective in its own gender.
const DELETED_NODE_KIND_LABELS: Record<ReadNodeKind, string> = {
  start: 'Gelöschter Start',
  end: 'Gelöschtes Ende',
  activity: 'Gelöschte Tätigkeit',
  decision: 'Gelöschte Verzweigung',
  parallel: 'Gelöschte Parallelverzweigung',
  document: 'Gelöschtes Dokument',
  note: 'Gelöschte Notiz',
  intermediate: 'Gelöschtes Zwischenereignis',
  inclusive: 'Gelöschte Oder-Verzweigung',
  eventBased: 'Gelöschte Ereignisverzweigung',
  complex: 'Gelöschte komplexe Verzweigung',
  dataStore: 'Gelöschter Datenspeicher',
  dataInput: 'Gelöschter Dateneingang',
  dataOutput: 'Gelöschter Datenausgang',
  group: 'Gelöschte Gruppe',
  unknown: 'Gelöschtes Element',
};

// Resolved threads in the order they were decided; deleted comments are left out of the discussion.
export function decisionLogMarkdown(discussion: Discussion, options: DecisionLogOptions): string {
  const dateTime = dateTimeFormatter(options.timeZone ?? 'Europe/Berlin');
  const formatTime = (timestamp: string) => {
    const formatted = dateTime(timestamp);
    return formatted === undefined ? 'zu unbekannter Zeit' : `am ${formatted}`;
  };
  const resolved = discussion.threads
    .filter((thread) => thread.status === 'resolved')
    .sort((a, b) => timeOf(a.resolvedAt ?? '') - timeOf(b.resolvedAt ?? '') || compareStrings(a.id, b.id));
  const title = `# Entscheidungsprotokoll: ${inline(options.processTitle)}`;
  const header = headerLines(options, dateTime);
  const open = discussion.threads.length - resolved.length;
  if (resolved.length === 0) {
    return `${title}\n\n${header}\n\n_Noch keine Entscheidungen._ ${openSentence(open)}\n`;
  }
  const sections = resolved.map((thread, i) => threadSection(thread, i + 1, options.map, formatTime));
  const summary = `${resolved.length === 1 ? 'Eine Entscheidung' : `${resolved.length} Entscheidungen`}. ${openSentence(open)}`;
  return [title, header, summary, ...sections].join('\n\n') + '\n';
}

/*
 * Whose process (the title is the heading) and which state of it, so the log can go into a council
 * record as it is. Lines end in a hard break (two spaces): one block in any Markdown renderer.
 */
function headerLines(
  options: DecisionLogOptions,
  dateTime: (timestamp: string) => string | undefined,
): string {
  const lines: string[] = [];
  const municipality = options.municipality?.trim();
  if (municipality) lines.push(`**Kommune:** ${inline(municipality)}`);
  const { asOf } = options;
  if ('version' in asOf) {
    const name = asOf.name.trim() === '' ? '' : ` „${inline(asOf.name)}“`;
    const frozen = dateTime(asOf.frozenAt);
    const when = frozen === undefined ? '' : `, eingefroren am ${frozen}`;
    lines.push(`**Stand:** Version ${asOf.version}${name}${when}`);
  } else {
    lines.push(`**Stand:** ${dateTime(asOf.at) ?? 'unbekannt'}`);
  }
  return lines.join('  \n');
}

// A council reading the record should know whether anything was still being discussed.
function openSentence(open: number): string {
  if (open === 0) return 'Keine offenen Themen.';
  return open === 1 ? 'Ein Thema ist noch offen.' : `${open} Themen sind noch offen.`;
}

function threadSection(
  thread: DiscussionThread,
  number: number,
  map: ProcessMap,
  formatTime: (timestamp: string) => string,
): string {
  const decision =
    thread.decision === undefined ? '_Ohne Entscheidungstext abgeschlossen._' : block(thread.decision);
  const lines = [
    `## ${number}. ${anchorLabel(thread, map)}`,
    '',
    `**Entscheidung:** ${decision}`,
    '',
    `- Entschieden von ${personLabel(thread.resolvedBy)} ${formatTime(thread.resolvedAt ?? '')}`,
    `- Eröffnet von ${personLabel(thread.createdBy)} ${formatTime(thread.createdAt)}`,
  ];
  const comments = thread.comments.filter((comment) => !comment.deleted);
  if (comments.length > 0) {
    lines.push('', '### Diskussion', '', comments.map((c) => quote(c, formatTime)).join('\n\n'));
  }
  return lines.join('\n');
}

function anchorLabel(thread: DiscussionThread, map: ProcessMap): string {
  const described = describeAnchor(thread.anchor, map, thread.anchorSnapshot);
  switch (described.type) {
    case 'point':
      return 'Punkt auf der Arbeitsfläche';
    case 'missing':
      return `${deletedLabel(described.element, described.last)} (nicht mehr im Prozess)`;
    case 'node':
      return withLabel(NODE_KIND_LABELS[described.kind], described.label);
    case 'edge':
      return edgeLabel('Verbindung', described);
  }
}

// "Gelöschte Tätigkeit „Antrag prüfen“" when the thread remembers its element, else only what kind of thing it was.
function deletedLabel(element: 'node' | 'edge', last: AnchorSnapshot | undefined): string {
  if (last?.type === 'node') return withLabel(DELETED_NODE_KIND_LABELS[last.kind], last.label);
  if (last?.type === 'edge') return edgeLabel('Gelöschte Verbindung', last);
  return element === 'node' ? 'Gelöschtes Element' : 'Gelöschte Verbindung';
}

function edgeLabel(noun: string, edge: { label: string; from: string; to: string }): string {
  const route = `von „${inline(edge.from)}“ nach „${inline(edge.to)}“`;
  return edge.label ? `${withLabel(noun, edge.label)} ${route}` : `${noun} ${route}`;
}

function withLabel(kind: string, label: string): string {
  return label.trim() === '' ? kind : `${kind} „${inline(label)}“`;
}

function personLabel(person: Person | undefined): string {
  if (person === undefined || person.name === '') return 'Unbekannt';
  return person.org ? `${inline(person.name)} (${inline(person.org)})` : inline(person.name);
}

function quote(comment: DiscussionComment, formatTime: (timestamp: string) => string): string {
  const edited = comment.editedAt === undefined ? '' : ' (bearbeitet)';
  const header = `**${personLabel(comment.author)}** ${formatTime(comment.createdAt)}${edited}:`;
  return [header, ...escape(comment.text).split('\n')].map((line) => `> ${line}`.trimEnd()).join('\n');
}

// User text must not turn into headings, links, HTML or emphasis of its own.
function escape(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

function inline(text: string): string {
  return escape(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

// Lines of a multi-line decision end in a hard break (two spaces), so they stay in its paragraph.
function block(text: string): string {
  return escape(text).split('\n').join('  \n');
}

// '12.03.2026, 15:05 Uhr', undefined for an unreadable timestamp. Built from parts, not
// `format()`, so the output does not depend on the punctuation of the ICU version at hand.
function dateTimeFormatter(timeZone: string): (timestamp: string) => string | undefined {
  const format = new Intl.DateTimeFormat('de-DE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (timestamp) => {
    const ms = Date.parse(timestamp);
    if (Number.isNaN(ms)) return undefined;
    const parts = format.formatToParts(ms);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('day')}.${part('month')}.${part('year')}, ${part('hour')}:${part('minute')} Uhr`;
  };
}

// The decision log of a process: its resolved threads with decisions, elements, people and times, as Markdown.
import type { ProcessMap, ReadNodeKind } from '../schema.ts';
import { describeAnchor } from './anchor.ts';
import { compareStrings } from './read.ts';
import type { Discussion, DiscussionComment, DiscussionThread, Person, ThreadAnchor } from './schema.ts';
import { timeOf } from './validate.ts';

export interface DecisionLogOptions {
  processTitle: string;
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
  unknown: 'Element',
};

// Resolved threads in the order they were decided; deleted comments are left out of the discussion.
export function decisionLogMarkdown(discussion: Discussion, options: DecisionLogOptions): string {
  const formatTime = timeFormatter(options.timeZone ?? 'Europe/Berlin');
  const resolved = discussion.threads
    .filter((thread) => thread.status === 'resolved')
    .sort((a, b) => timeOf(a.resolvedAt ?? '') - timeOf(b.resolvedAt ?? '') || compareStrings(a.id, b.id));
  const title = `# Entscheidungsprotokoll: ${inline(options.processTitle)}`;
  const open = discussion.threads.length - resolved.length;
  if (resolved.length === 0) return `${title}\n\n_Noch keine Entscheidungen._ ${openSentence(open)}\n`;
  const sections = resolved.map((thread, i) => threadSection(thread, i + 1, options.map, formatTime));
  const summary = `${resolved.length === 1 ? 'Eine Entscheidung' : `${resolved.length} Entscheidungen`}. ${openSentence(open)}`;
  return [title, summary, ...sections].join('\n\n') + '\n';
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
    `## ${number}. ${anchorLabel(thread.anchor, map)}`,
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

function anchorLabel(anchor: ThreadAnchor, map: ProcessMap): string {
  const described = describeAnchor(anchor, map);
  switch (described.type) {
    case 'point':
      return 'Punkt auf der Arbeitsfläche';
    case 'missing':
      return described.element === 'node'
        ? 'Gelöschtes Element (nicht mehr im Prozess)'
        : 'Gelöschte Verbindung (nicht mehr im Prozess)';
    case 'node':
      return withLabel(NODE_KIND_LABELS[described.kind], described.label);
    case 'edge': {
      const route = `von „${inline(described.from)}“ nach „${inline(described.to)}“`;
      return described.label ? `${withLabel('Verbindung', described.label)} ${route}` : `Verbindung ${route}`;
    }
  }
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

// 'am 12.03.2026, 15:05 Uhr'. Built from parts, not `format()`, so the output does not depend on
// the punctuation of the ICU version at hand.
function timeFormatter(timeZone: string): (timestamp: string) => string {
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
    if (Number.isNaN(ms)) return 'zu unbekannter Zeit';
    const parts = format.formatToParts(ms);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `am ${part('day')}.${part('month')}.${part('year')}, ${part('hour')}:${part('minute')} Uhr`;
  };
}

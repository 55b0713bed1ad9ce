// An element the import did not take over, by type, id and name, with the reason in German and as a code.

export const UNSUPPORTED_REASONS = [
  'not-supported',
  'conversation',
  'collapsed-content',
  'other-part',
  'no-ends',
] as const;
export type UnsupportedReason = (typeof UNSUPPORTED_REASONS)[number];

export interface Unsupported {
  element: string;
  id?: string;
  name?: string;
  /** Why it was left out, as a code (for other languages) and as a German sentence. */
  reasonCode?: UnsupportedReason;
  reason?: string;
  /** The sub-process or part it belongs to, for `collapsed-content` and `other-part`. */
  where?: string;
}

interface Named {
  $type: string;
  id?: string;
  name?: string;
}

export function unsupported(element: Named, reasonCode: UnsupportedReason, where = ''): Unsupported {
  const eventSubProcess =
    element.$type === 'bpmn:SubProcess' &&
    (element as { triggeredByEvent?: boolean }).triggeredByEvent === true;
  const entry: Unsupported = {
    element: eventSubProcess ? 'bpmn:SubProcess (triggeredByEvent)' : element.$type,
    reasonCode,
    reason: reasonText(reasonCode, where),
  };
  if (element.id !== undefined) entry.id = element.id;
  if (element.name !== undefined && element.name !== '') entry.name = element.name;
  if (where !== '') entry.where = where;
  return entry;
}

const quoted = (text: string) => (text === '' ? 'ohne Namen' : `„${text}“`);

export function reasonText(code: UnsupportedReason, where = ''): string {
  switch (code) {
    case 'not-supported':
      return 'Diese Art von Element hat in einer Prozesskarte keinen Platz.';
    case 'conversation':
      return 'Konversationen (Kommunikationsdiagramme) werden nicht übernommen; die Nachrichtenflüsse schon.';
    case 'collapsed-content':
      return `Liegt im eingeklappten Teilprozess ${quoted(where)}; dessen Inhalt lässt sich als eigener Prozess importieren.`;
    case 'other-part':
      return `Gehört zum Teil ${quoted(where)} der Datei, der einzeln importiert werden kann.`;
    case 'no-ends':
      return 'Die Verbindung führt zu einem Element, das nicht übernommen wurde.';
  }
}

// What an import lost, as a code with parameters (so each interface can word it in its language) and as a German sentence.

/** BPMN type names without the `bpmn:` prefix, e.g. "IntermediateCatchEvent", "MessageEventDefinition". */
export type ImportNote =
  | { code: 'parser-warning'; params: { message: string; original?: string } }
  | { code: 'several-parts'; params: { chosen: string; others: string[] } }
  | { code: 'moved-into-lane'; params: { count: number } }
  | { code: 'new-id'; params: { element: string; id: string; replacement: string } }
  | { code: 'nested-lanes'; params: { lane: string } }
  | { code: 'diagram-incomplete'; params: Record<string, never> }
  | { code: 'event-as-activity'; params: { element: string; name: string } }
  | { code: 'transaction-as-activity'; params: { name: string } }
  | { code: 'trigger-dropped'; params: { element: string; name: string; triggers: string[] } };

export type ImportNoteCode = ImportNote['code'];

/** "bpmn:StartEvent" → "StartEvent": the key the client's catalogue knows an element type by. */
export const bpmnTypeKey = (type: string): string => type.replace(/^bpmn:/, '');

// Plain names for the report, which people read who never saw BPMN's type names.
const ELEMENT_NAMES: Readonly<Record<string, string>> = {
  IntermediateCatchEvent: 'Zwischenereignis',
  IntermediateThrowEvent: 'Zwischenereignis',
  Transaction: 'Transaktion',
  StartEvent: 'Startereignis',
  EndEvent: 'Endereignis',
};

const TRIGGER_NAMES: Readonly<Record<string, string>> = {
  MessageEventDefinition: 'Nachricht',
  TimerEventDefinition: 'Zeit',
  TerminateEventDefinition: 'Abbruch',
  SignalEventDefinition: 'Signal',
  ErrorEventDefinition: 'Fehler',
  EscalationEventDefinition: 'Eskalation',
  ConditionalEventDefinition: 'Bedingung',
  CompensateEventDefinition: 'Kompensation',
  CancelEventDefinition: 'Abbruch der Transaktion',
  LinkEventDefinition: 'Verweis',
};

const what = (element: string, name: string): string =>
  `${ELEMENT_NAMES[element] ?? element} ${name ? `„${name}“` : 'ohne Namen'}`;

/** The note as the German sentence the import dialog has always shown (and `ImportResult.warnings` holds). */
export function noteText(note: ImportNote): string {
  switch (note.code) {
    case 'parser-warning':
      return note.params.message;
    case 'several-parts':
      return `Die Datei enthält mehrere Diagramme oder Prozesse; übernommen wurde „${note.params.chosen}“. Einzeln importieren lassen sich auch: ${note.params.others.map((name) => `„${name}“`).join(', ')}.`;
    case 'moved-into-lane':
      return `${note.params.count === 1 ? 'Ein Element lag' : `${note.params.count} Elemente lagen`} über den Rand seiner Bahn hinaus und ${note.params.count === 1 ? 'wurde' : 'wurden'} in die Bahn verschoben.`;
    case 'new-id':
      return `${note.params.element} „${note.params.id}“ erhielt die neue Kennung ${note.params.replacement}.`;
    case 'nested-lanes':
      return `Die Bahnen in „${note.params.lane}“ waren verschachtelt; sie stehen jetzt einzeln untereinander.`;
    case 'diagram-incomplete':
      return 'Das Diagramm (BPMN DI) ist unvollständig; die Karte wurde automatisch angeordnet.';
    case 'event-as-activity':
      return `${what(note.params.element, note.params.name)} wurde als Aktivität übernommen.`;
    case 'transaction-as-activity':
      return `${what('Transaction', note.params.name)} wurde als Aktivität übernommen; das Transaktionsverhalten entfällt.`;
    case 'trigger-dropped': {
      const triggers = note.params.triggers.map((trigger) => TRIGGER_NAMES[trigger] ?? trigger).join(', ');
      return `${what(note.params.element, note.params.name)} wurde ohne seine Art (${triggers}) übernommen.`;
    }
  }
}

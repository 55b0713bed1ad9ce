// An import note (code and parameters from @prozesswerk/bpmn) worded through the catalogue, in the interface's language.
import type { TFunction } from 'i18next';
import type { ImportNote } from '@prozesswerk/bpmn';

export function noteMessage(note: ImportNote, t: TFunction): string {
  // The English kind names are lower case inside a sentence; the sentence itself starts with a capital.
  const what = (element: string, name: string): string => {
    const kind = t(`interchange.notes.kinds.${element}`, { defaultValue: element });
    const text = name
      ? t('interchange.notes.named', { kind, name })
      : t('interchange.notes.unnamed', { kind });
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  switch (note.code) {
    case 'parser-warning':
      return t('interchange.notes.parser-warning', {
        message: note.params.message,
        original: note.params.original ?? note.params.message,
      });
    case 'several-parts':
      return t('interchange.notes.several-parts', {
        chosen: note.params.chosen,
        others: note.params.others.map((name) => `„${name}“`).join(', '),
      });
    case 'moved-into-lane':
      return t('interchange.notes.moved-into-lane', { count: note.params.count });
    case 'new-id':
    case 'nested-lanes':
    case 'diagram-incomplete':
      return t(`interchange.notes.${note.code}`, { ...note.params });
    case 'event-as-activity':
      return t('interchange.notes.event-as-activity', { what: what(note.params.element, note.params.name) });
    case 'transaction-as-activity':
      return t('interchange.notes.transaction-as-activity', { what: what('Transaction', note.params.name) });
    case 'trigger-dropped': {
      const triggers = note.params.triggers
        .map((trigger) => t(`interchange.notes.triggers.${trigger}`, { defaultValue: trigger }))
        .join(', ');
      return t('interchange.notes.trigger-dropped', {
        what: what(note.params.element, note.params.name),
        triggers,
      });
    }
  }
}

// The BPMN import notes read in the interface's language, not as the package's German sentences.
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { importBpmn } from '@prozesswerk/bpmn';
import { interchangeCatalogue } from './i18n.ts';
import { noteMessage } from './note-text.ts';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="p">
    <bpmn:startEvent id="s" name="Antrag eingegangen"><bpmn:messageEventDefinition /></bpmn:startEvent>
    <bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
  </bpmn:process>
</bpmn:definitions>`;

async function translator(language: 'de' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: interchangeCatalogue[language] } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('noteMessage', () => {
  it('words the import notes in English from their codes', async () => {
    const { notes } = await importBpmn(XML);
    const t = await translator('en');
    expect(notes.map((note) => noteMessage(note, t))).toEqual([
      'Start event “Antrag eingegangen” was imported without its type (message).',
      'Unnamed intermediate event was imported as an activity.',
    ]);
  });

  it('words them in German exactly as the package does', async () => {
    const { notes, warnings } = await importBpmn(XML);
    const t = await translator('de');
    expect(notes.map((note) => noteMessage(note, t))).toEqual(warnings);
  });
});

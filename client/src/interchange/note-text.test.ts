// The BPMN import notes read in the interface's language, not as the package's German sentences.
import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { importBpmn } from '@prozesswerk/bpmn';
import { de } from './i18n.de.ts';
import { en } from './i18n.en.ts';
import { noteMessage } from './note-text.ts';

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <bpmn:process id="p" name="Antrag">
    <bpmn:startEvent id="s" name="Antrag eingegangen" />
    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="nirgends" />
  </bpmn:process>
  <bpmn:process id="q" name="Widerspruch">
    <bpmn:startEvent id="w" />
  </bpmn:process>
</bpmn:definitions>`;

async function translator(language: 'de' | 'en') {
  const i18n = createInstance();
  await i18n.init({
    lng: language,
    resources: { [language]: { translation: { de, en }[language] } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('noteMessage', () => {
  it('words the import notes in English from their codes', async () => {
    const { notes } = await importBpmn(XML);
    const t = await translator('en');
    expect(notes.map((note) => noteMessage(note, t))).toEqual([
      'BPMN reader: unresolved reference <nirgends>',
      'The file holds several diagrams or processes; “Antrag” was imported. These can be imported one by one too: „Widerspruch“.',
    ]);
  });

  it('words them in German exactly as the package does', async () => {
    const { notes, warnings } = await importBpmn(XML);
    const t = await translator('de');
    expect(notes.map((note) => noteMessage(note, t))).toEqual(warnings);
  });
});

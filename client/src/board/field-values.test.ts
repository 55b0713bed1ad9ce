// Diff values read as people say them, in German and English.
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../shared/i18n/de.json';
import en from '../shared/i18n/en.json';
import { fieldName, fieldValue } from './field-values.ts';

describe('field values', () => {
  beforeAll(async () => {
    await i18n.init({ resources: { de: { translation: de }, en: { translation: en } }, lng: 'de' });
  });

  it('names fields and attributes, and keeps unknown ones as they are', () => {
    const t = i18n.getFixedT('de');
    expect(fieldName(t, 'attrs.durationMin')).toBe('Bearbeitungszeit');
    expect(fieldName(t, 'label')).toBe('Beschriftung');
    expect(fieldName(t, 'attrs.loopMarker')).toBe('loopMarker');
  });

  it('formats minutes, cases, media, kinds and text in the reader’s language', () => {
    const de = i18n.getFixedT('de');
    const en = i18n.getFixedT('en');
    expect(fieldValue(de, 'de', 'attrs.durationMin', 2.5)).toBe('2,5 Min.');
    expect(fieldValue(en, 'en', 'attrs.durationMin', 2.5)).toBe('2.5 min');
    expect(fieldValue(de, 'de', 'attrs.casesPerYear', 1500)).toBe('1.500 pro Jahr');
    expect(fieldValue(de, 'de', 'attrs.medium', 'paper')).toBe('Papier');
    expect(fieldValue(de, 'de', 'kind', 'decision')).toBe('Entscheidung');
    expect(fieldValue(de, 'de', 'kind', 'message')).toBe('Nachricht');
    expect(fieldValue(de, 'de', 'kind', 'userTask')).toBe('userTask');
    expect(fieldValue(de, 'de', 'label', 'Gebühr erheben')).toBe('„Gebühr erheben“');
    expect(fieldValue(de, 'de', 'laneId', 'L1', () => 'Bürgeramt')).toBe('„Bürgeramt“');
    expect(fieldValue(de, 'de', 'attrs.role', undefined)).toBe('– nicht angegeben –');
  });
});

import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, asNodeId } from '@prozesswerk/process-model';
import { exportBpmn } from '../export/export-bpmn.ts';
import { importBpmn } from './import-bpmn.ts';

const NS = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';

function definitions(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NS} id="d" targetNamespace="http://example.org">${body}</bpmn:definitions>`;
}

const startOnly = '<bpmn:startEvent id="s" name="Antrag"/>';

describe('the title of an imported BPMN file', () => {
  it('is the collaboration name when the modeller named it', async () => {
    const xml = definitions(`
      <bpmn:collaboration id="c" name="Gewerbeanmeldung">
        <bpmn:participant id="p1" name="Bürgerbüro" processRef="a"/>
        <bpmn:participant id="p2" name="Ordnungsamt" processRef="b"/>
      </bpmn:collaboration>
      <bpmn:process id="a">${startOnly}</bpmn:process>
      <bpmn:process id="b"/>`);
    expect((await importBpmn(xml)).title).toBe('Gewerbeanmeldung');
  });

  it('is the process name before the name of its pool, which often names the office', async () => {
    const xml = definitions(`
      <bpmn:collaboration id="c"><bpmn:participant id="p" name="Bürgerbüro Kehl" processRef="a"/></bpmn:collaboration>
      <bpmn:process id="a" name="Bewohnerparkausweis">${startOnly}</bpmn:process>`);
    expect((await importBpmn(xml)).title).toBe('Bewohnerparkausweis');
  });

  it('is the single pool name when neither collaboration nor process is named', async () => {
    const xml = definitions(`
      <bpmn:collaboration id="c"><bpmn:participant id="p" name="  Wohnsitz
        anmelden " processRef="a"/></bpmn:collaboration>
      <bpmn:process id="a">${startOnly}</bpmn:process>`);
    expect((await importBpmn(xml)).title).toBe('Wohnsitz anmelden');
  });

  it('is the process name of a file without pools', async () => {
    const xml = definitions(`<bpmn:process id="a" name="Hundesteuer">${startOnly}</bpmn:process>`);
    expect((await importBpmn(xml)).title).toBe('Hundesteuer');
  });

  it('is missing when nothing is named, so the caller falls back to the file name', async () => {
    const xml = definitions(`<bpmn:process id="a">${startOnly}</bpmn:process>`);
    expect((await importBpmn(xml)).title).toBeUndefined();
  });

  it('survives our own export', async () => {
    const map = {
      schemaVersion: SCHEMA_VERSION,
      nodes: [{ id: asNodeId('n1'), kind: 'start' as const, label: 'Los', x: 0, y: 0, attrs: {} }],
      edges: [],
      lanes: [],
    };
    const xml = await exportBpmn(map, { processName: 'Sondernutzung' });
    expect((await importBpmn(xml)).title).toBe('Sondernutzung');
  });
});

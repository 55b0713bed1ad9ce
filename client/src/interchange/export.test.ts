import { describe, expect, it } from 'vitest';
import { bpmnFileName } from './export.ts';

describe('the name of an exported BPMN file', () => {
  it('is the process title with .bpmn', () => {
    expect(bpmnFileName('Gewerbeanmeldung Kehl')).toBe('Gewerbeanmeldung Kehl.bpmn');
  });

  it('drops characters that are not allowed in file names', () => {
    expect(bpmnFileName('Antrag: Bau/Umbau?  "neu"')).toBe('Antrag Bau Umbau neu.bpmn');
  });

  it('has a name even when the process has no title', () => {
    expect(bpmnFileName('  ')).toBe('Prozess.bpmn');
  });
});

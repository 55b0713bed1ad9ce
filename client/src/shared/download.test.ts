// Every exported file (BPMN, PNG, SVG) is named after the process by one rule.
import { describe, expect, it } from 'vitest';
import { exportFileName } from './download.ts';

describe('the name of an exported file', () => {
  it('is the process title with the extension, umlauts kept', () => {
    expect(exportFileName('Gewerbeanmeldung Kehl', 'bpmn')).toBe('Gewerbeanmeldung Kehl.bpmn');
    expect(exportFileName('Führungszeugnis beantragen', 'png')).toBe('Führungszeugnis beantragen.png');
  });

  it('drops characters that file systems refuse, and control characters', () => {
    expect(exportFileName('Antrag: Bau/Umbau?  "neu"', 'bpmn')).toBe('Antrag Bau Umbau neu.bpmn');
    expect(exportFileName('Gewerbeanmeldung (Kehl) / Ummeldung', 'svg')).toBe(
      'Gewerbeanmeldung (Kehl) Ummeldung.svg',
    );
    expect(exportFileName('Führungszeugnis:\tbeantragen', 'png')).toBe('Führungszeugnis beantragen.png');
  });

  it('drops trailing dots, which Windows would strip from the name', () => {
    expect(exportFileName('Antrag usw...', 'bpmn')).toBe('Antrag usw.bpmn');
  });

  it('has a name even when the process has no usable title', () => {
    expect(exportFileName('  ', 'bpmn')).toBe('Prozess.bpmn');
    expect(exportFileName('  ?*  ', 'png')).toBe('Prozess.png');
  });
});

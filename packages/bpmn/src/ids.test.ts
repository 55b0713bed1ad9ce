// Tests for mapping our ids to BPMN ids (XML NCNames) and back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBpmnId, RESERVED_IDS, toBpmnId } from './ids.ts';

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const ESCAPE_AFTER_PREFIX = /^pw__[0-9a-f]{1,6}_/;

describe('BPMN ids', () => {
  it('keeps an id that already is an NCName', () => {
    expect(toBpmnId('Task_1')).toBe('Task_1');
    expect(toBpmnId('aB-3_x.y')).toBe('aB-3_x.y');
  });

  it('prefixes and escapes ids that start with a digit or dash, or hold other characters', () => {
    expect(toBpmnId('3f-x_y')).toBe('pw_3f-x_5f_y');
    expect(toBpmnId('-a')).toBe('pw_-a');
    expect(toBpmnId('a b/ü')).toBe('pw_a_20_b_2f__fc_');
  });

  it('escapes ids that start with pw_ themselves, so decoding never guesses', () => {
    expect(toBpmnId('pw_x')).toBe('pw_pw_5f_x');
    expect(fromBpmnId('pw_pw_5f_x')).toBe('pw_x');
  });

  it('turns every id into an NCName and back into the same id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64, unit: 'binary' }), (id) => {
        const bpmnId = toBpmnId(id);
        expect(bpmnId).toMatch(NCNAME);
        expect(fromBpmnId(bpmnId)).toBe(id);
      }),
    );
  });

  it('never produces one of the ids the export reserves', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }), (id) => {
        const bpmnId = toBpmnId(id);
        expect(Object.values(RESERVED_IDS)).not.toContain(bpmnId);
        // After `pw__` an encoding always continues with a hex escape; reserved ids cannot be read as one.
        if (bpmnId.startsWith('pw__')) expect(bpmnId).toMatch(ESCAPE_AFTER_PREFIX);
      }),
    );
  });

  it('reserves only ids that no encoding can produce', () => {
    for (const id of [...Object.values(RESERVED_IDS), 'pw__di_x', 'pw__data_x'])
      expect(id).not.toMatch(ESCAPE_AFTER_PREFIX);
  });

  it('leaves foreign ids that are not our encoding as they are', () => {
    expect(fromBpmnId('Activity_0x1')).toBe('Activity_0x1');
    expect(fromBpmnId('pw__process')).toBe('pw__process');
    expect(fromBpmnId('pw_zz_')).toBe('pw_zz_');
  });
});

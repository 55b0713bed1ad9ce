// Maps our ids to BPMN ids (XML NCNames) and back, reversibly, and names the ids the export reserves.

// An NCName: a letter or '_' first, then letters, digits, '.', '-', '_' (ASCII only, to stay safe in every tool).
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const PREFIX = 'pw_';
const SAFE_CHAR = /[A-Za-z0-9.-]/;
const ESCAPE = /_([0-9a-f]{1,6})_/y;

/*
 * An id that already is an NCName and does not start with `pw_` stays as it is. Any other id becomes
 * `pw_` + the id with every character except letters, digits, '.' and '-' written as `_<hex>_`
 * (so `3f-x_y` → `pw_3f-x_5f_y`), which `fromBpmnId` undoes. After `pw_` a `_` always opens a hex
 * escape (`_` + 1–6 hex digits + `_`), so `pw__` + a word that is not such an escape (`pw__process`,
 * `pw__di_…`: 'i' is no hex digit) never comes out of it: the export reserves those.
 */
export function toBpmnId(id: string): string {
  if (NCNAME.test(id) && !id.startsWith(PREFIX)) return id;
  let encoded = PREFIX;
  for (const char of id) {
    encoded += SAFE_CHAR.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return encoded;
}

// The id `toBpmnId` made this BPMN id from; a foreign id that is not such an encoding stays as it is.
export function fromBpmnId(bpmnId: string): string {
  if (!bpmnId.startsWith(PREFIX)) return bpmnId;
  let decoded = '';
  let i = PREFIX.length;
  while (i < bpmnId.length) {
    const char = bpmnId[i] as string;
    if (char !== '_') {
      decoded += char;
      i += 1;
      continue;
    }
    ESCAPE.lastIndex = i;
    const match = ESCAPE.exec(bpmnId);
    const codePoint = match === null ? NaN : Number.parseInt(match[1] as string, 16);
    if (match === null || codePoint > 0x10ffff) return bpmnId;
    decoded += String.fromCodePoint(codePoint);
    i += match[0].length;
  }
  return decoded === '' ? bpmnId : decoded;
}

// Ids of the containers and diagram elements the export adds; none can be read as an encoded id (see above).
export const RESERVED_IDS = {
  definitions: 'pw__definitions',
  collaboration: 'pw__collaboration',
  participant: 'pw__participant',
  process: 'pw__process',
  laneSet: 'pw__laneset',
  diagram: 'pw__diagram',
  plane: 'pw__plane',
} as const;

export function diId(bpmnId: string): string {
  return `pw__di_${bpmnId}`;
}

export function dataObjectId(bpmnId: string): string {
  return `pw__data_${bpmnId}`;
}

// The `exporter` attribute of files we write; the import trusts such files to name every node's lane.
export const EXPORTER = 'Prozesswerk';

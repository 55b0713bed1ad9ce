// Turns the bytes of an uploaded BPMN file into text: the encoding comes from the byte order mark or the XML declaration.

// Every runtime we ship to has TextDecoder (browsers, Node); the package compiles without DOM or Node types.
declare const TextDecoder: new (label?: string) => { decode(input: Uint8Array): string };

const DECLARED = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/*
 * A byte order mark wins (UTF-8, UTF-16 LE/BE), then the `encoding` of the XML declaration (read as
 * ASCII, which every encoding a BPMN tool writes agrees on for that line), else UTF-8 as XML says.
 * An encoding the platform does not know falls back to UTF-8. Text is returned as it is, without a BOM.
 */
export function decodeXml(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return withoutDeclaredEncoding(input.replace(/^\uFEFF/, ''));
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const encoding = bomEncoding(bytes) ?? declaredEncoding(bytes) ?? 'utf-8';
  if (WINDOWS_1252_LABELS.has(encoding)) return withoutDeclaredEncoding(decodeWindows1252(bytes));
  let decoder: { decode(input: Uint8Array): string };
  try {
    decoder = new TextDecoder(encoding);
  } catch {
    // An unknown label (e.g. a tool's own spelling): UTF-8 is what XML assumes without a declaration.
    decoder = new TextDecoder('utf-8');
  }
  return withoutDeclaredEncoding(decoder.decode(bytes).replace(/^\uFEFF/, ''));
}

// The text is decoded now; the parser would otherwise warn that it cannot read the encoding named.
function withoutDeclaredEncoding(text: string): string {
  return text.replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']/, '$1');
}

/*
 * As browsers do (WHATWG Encoding), ISO-8859-1 and Latin-1 are read as windows-1252, whose bytes
 * 0x80–0x9F are typographic characters (– „ “ €) where ISO-8859-1 has control codes. Decoded here,
 * since Node's TextDecoder reads these labels as plain ISO-8859-1.
 */
const WINDOWS_1252_LABELS: ReadonlySet<string> = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'windows-1252',
  'cp1252',
  'x-cp1252',
]);

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) {
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
  }
  return text;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i += 1) head += String.fromCharCode(bytes[i] ?? 0);
  return DECLARED.exec(head.trimStart())?.[1]?.toLowerCase();
}

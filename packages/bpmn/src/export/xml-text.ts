// Keeps exported text within what XML 1.0 can carry, so a pasted control character cannot break the file.

// The `Char` production of XML 1.0: tab, line feed, carriage return and everything from space up,
// except lone surrogates (iteration by code point yields them as single values) and U+FFFE/U+FFFF.
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

export function xmlText(text: string): string {
  let result = '';
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) result += char;
  return result;
}

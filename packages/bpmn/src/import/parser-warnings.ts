// bpmn-moddle's parser warnings (English, technical) as German sentences for the import report.

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^unparsable content <([^>]+)> detected/, (m) => `Unbekannter Inhalt <${m[1]}> wurde übersprungen.`],
  [/^unresolved reference <([^>]+)>/, (m) => `Ein Verweis auf „${m[1]}“ zeigt auf kein Element der Datei.`],
  [/^unknown type <([^>]+)>/, (m) => `Der Elementtyp <${m[1]}> ist unbekannt und wurde übersprungen.`],
  [/^unknown attribute <([^>]+)>/, (m) => `Das Attribut „${m[1]}“ ist unbekannt und wurde übersprungen.`],
  [
    /^missing namespace for prefix <([^>]+)>/,
    (m) => `Für das Präfix „${m[1]}“ ist kein Namensraum angegeben.`,
  ],
  [
    /^duplicate ID <([^>]+)>/,
    (m) => `Die Kennung „${m[1]}“ kommt mehrfach vor; nur das erste Element zählt.`,
  ],
  [
    /^illegal (?:first char|character)/i,
    () => 'Die Datei enthält ein Zeichen, das in XML nicht erlaubt ist.',
  ],
];

/** The warning in German; one we do not know is named as such, with the original text. */
export function germanParserWarning(message: string): string {
  const text = message.replace(/\s+/g, ' ').trim();
  for (const [pattern, word] of PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null) return word(match);
  }
  return `Hinweis des BPMN-Lesers: ${text}`;
}

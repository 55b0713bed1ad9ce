// The decision log of a process (live or one frozen version) as a Markdown download with a readable file name.
import { decisionLogMarkdown, type Discussion, type ProcessMap } from '@prozesswerk/process-model';

export type DecisionLogFile = { markdown: string; filename: string; headers: Record<string, string> };

export type DecisionLogSource = {
  title: string;
  // The name of the municipality the process belongs to, when it belongs to one.
  municipality?: string;
  // The frozen version the log was taken from; without it the log is of the live process at `now`.
  version?: { number: number; name: string; frozenAt: string };
};

export function decisionLogFile(
  discussion: Discussion,
  map: ProcessMap,
  source: DecisionLogSource,
  now: Date = new Date(),
): DecisionLogFile {
  const { version } = source;
  const markdown = decisionLogMarkdown(discussion, {
    processTitle: source.title,
    municipality: source.municipality,
    asOf:
      version === undefined
        ? { at: now.toISOString() }
        : { version: version.number, name: version.name, frozenAt: version.frozenAt },
    map,
  });
  const parts = ['Entscheidungsprotokoll', source.title];
  if (version !== undefined) parts.push(`Version ${version.number}`);
  const stem = parts
    .map(slug)
    .filter((part) => part !== '')
    .join('-');
  const filename = `${stem}.md`;
  return {
    markdown,
    filename,
    headers: {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': contentDisposition(filename),
    },
  };
}

// Letters and digits of any script stay; everything else becomes a single dash.
function slug(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/*
 * RFC 6266: `filename*` carries the real (UTF-8) name; the plain `filename` is an ASCII stand-in for
 * clients that ignore `filename*`, with umlauts spelled out the German way rather than dropped.
 */
function contentDisposition(filename: string): string {
  const ascii = filename
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

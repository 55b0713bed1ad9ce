// The BPMN corpus under test/fixtures/bpmn: every file, read as bytes (as an upload arrives).
import { readdirSync, readFileSync } from 'node:fs';

const DIR = new URL('../fixtures/bpmn/', import.meta.url);

export const CORPUS_FILES: readonly string[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.bpmn'))
  .sort();

export function corpusBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(file, DIR)));
}

// The tools whose styles the corpus imitates, by file name prefix (see test/fixtures/bpmn/README.md).
const TOOLS = [
  'camunda',
  'signavio',
  'aris',
  'adonis',
  'picture',
  'trisotech',
  'openbpmn',
  'bizagi',
  'visual-paradigm',
  'visio',
  'yaoqiang',
] as const;

/** The tool a file is written in the style of, when its name says so. */
export function toolOf(file: string): string | undefined {
  return TOOLS.find((tool) => file.startsWith(`${tool}-`));
}

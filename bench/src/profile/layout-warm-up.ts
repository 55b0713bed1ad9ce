// How a fresh thread's laid-out imports speed up as V8 optimises ELK: I1's file without diagram data, imported again
// and again in this new process, its time and CPU per import in windows (the import threads start as fresh as this).
import { importBpmn } from '@prozesswerk/bpmn';
import { prepareImport } from '../../../server/src/interchange/prepare-import.ts';
import { fiftyElementFile } from '../scenarios/interchange.ts';

const IMPORTS = Number(process.argv[2] ?? 160);
/** I1 imports the file with diagram data first, which warms everything of the import but ELK. */
const WITH_DIAGRAM_FIRST = 110;
const WINDOWS = [0, 1, 10, 30, 60, 100, 160, 320, 640].filter((start) => start < IMPORTS);

type Mark = { wallMs: number; cpuMs: number };
const mark = (): Mark => {
  const { user, system } = process.cpuUsage();
  return { wallMs: performance.now(), cpuMs: (user + system) / 1000 };
};

async function importAll(xml: string, count: number): Promise<Mark[]> {
  const marks = [mark()];
  for (let i = 0; i < count; i++) {
    prepareImport(await importBpmn(xml));
    marks.push(mark());
  }
  return marks;
}

await importAll(fiftyElementFile(true), WITH_DIAGRAM_FIRST);
const marks = await importAll(fiftyElementFile(false), IMPORTS);
// V8 optimises on helper threads: CPU beyond the wall time is theirs (the importing thread can use at most the wall).
console.log(
  `${IMPORTS} imports of I1's file without diagram data in a fresh process (node ${process.version})`,
);
console.log('imports    wall per import   CPU per import (all threads)');
WINDOWS.forEach((start, index) => {
  const end = Math.min(WINDOWS[index + 1] ?? IMPORTS, IMPORTS);
  const per = (key: keyof Mark) => ((marks[end]![key] - marks[start]![key]) / (end - start)).toFixed(1);
  console.log(
    `${`${start + 1}–${end}`.padEnd(10)} ${per('wallMs').padStart(10)} ms ${per('cpuMs').padStart(14)} ms`,
  );
});

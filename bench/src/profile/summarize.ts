// Summarises a V8 CPU profile (node --cpu-prof, or BENCH_CPU_PROF): where the time went, by package and by function.
import { readFileSync } from 'node:fs';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

export type Share = { name: string; percent: number };
export type ProfileSummary = {
  totalMs: number;
  /** Self time by npm package, our own file or V8/Node category ((idle), (garbage collector), writev…). */
  byPackage: Share[];
  /** Self time by function. */
  byFunction: Share[];
  /** Time spent in a function including what it called. */
  inclusive: Share[];
};

const place = (url: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
  url.replace(/^file:\/\/.*?\/(server|packages)\//, '$1/');

const packageOf = ({ callFrame }: ProfileNode) =>
  callFrame.url ? place(callFrame.url) : callFrame.functionName;
const functionOf = ({ callFrame }: ProfileNode) =>
  `${callFrame.functionName || '(anonymous)'} ${callFrame.url ? `${place(callFrame.url)}:${callFrame.lineNumber + 1}` : ''}`.trim();

export function summarizeProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, n) => {
    const delta = profile.timeDeltas[n] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
    total += delta;
  });
  const rank = (shares: Map<string, number>): Share[] =>
    [...shares]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, time]) => ({ name, percent: Number(((time / total) * 100).toFixed(1)) }));
  const bySelf = (key: (node: ProfileNode) => string) => {
    const shares = new Map<string, number>();
    for (const [id, time] of selfTime) {
      const name = key(nodes.get(id)!);
      shares.set(name, (shares.get(name) ?? 0) + time);
    }
    return rank(shares);
  };
  const inclusive = new Map<string, number>();
  for (const [id, time] of selfTime) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
      const name = functionOf(nodes.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    }
  }
  return {
    totalMs: Math.round(total / 1000),
    byPackage: bySelf(packageOf),
    byFunction: bySelf(functionOf),
    inclusive: rank(inclusive),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run -w bench profile -- <file.cpuprofile> [top]');
    process.exit(2);
  }
  const summary = summarizeProfile(
    JSON.parse(readFileSync(file, 'utf8')) as CpuProfile,
    Number(process.argv[3] ?? 25),
  );
  const print = (title: string, shares: Share[]) =>
    console.log(
      `\n${title}\n${shares.map((s) => `${s.percent.toFixed(1).padStart(6)} %  ${s.name}`).join('\n')}`,
    );
  console.log(`${file}: ${summary.totalMs} ms sampled`);
  print('self time by package', summary.byPackage);
  print('self time by function', summary.byFunction);
  print('including callees', summary.inclusive);
}

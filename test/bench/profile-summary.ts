/*
 * The functions a CPU profile (`npm run bench -- --profile DIR`) spent its samples in, most first:
 *   node -r @swc-node/register test/bench/profile-summary.ts FILE.cpuprofile [--top 30] [--total]
 * Self time by default; `--total` counts each function's callees too (once per sample, however deep).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [--top N] [--total]');
const topAt = process.argv.indexOf('--top');
const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 30;
const total = process.argv.includes('--total');

const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const label = ({ callFrame: frame }: ProfileNode) =>
  `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*node_modules\//, '~/').replace(/^file:\/\/.*?\/(src|dist)\//, '$1/')}:${frame.lineNumber + 1}`;

const counts = new Map<string, number>();
for (const sample of profile.samples) {
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = total ? parentOf.get(id) : undefined) {
    const name = label(byId.get(id)!);
    if (!seen.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
    seen.add(name);
  }
}
const samples = profile.samples.length;
for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`${((100 * count) / samples).toFixed(1).padStart(5)}%  ${name}`);

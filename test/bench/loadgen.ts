/*
 * The load generator, run as its own process so the application's process does none of the client's work:
 *   node -r @swc-node/register test/bench/loadgen.ts <spec.json>
 * Keep-alive connections (node:http), each on one of the spec's base URLs in turn. Either every connection
 * sends the rotating `requests` until `amount` are sent, or connection i sends `scripts[i]` in order: back to
 * back, or with `paceMs` one request every paceMs from a random start, as a judge sends an entry's marks.
 * Prints one JSON line: request count, seconds, latency percentiles (ms), statuses, answer bytes.
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface LoadRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  bases: string[];
  connections: number;
  amount?: number;
  requests?: LoadRequest[];
  scripts?: LoadRequest[][];
  /**
   * With scripts: each connection starts its next request paceMs after the start of the one before (at once
   * if that took longer), the first at a random moment within paceMs, so the connections do not send in step.
   */
  paceMs?: number;
  /** Requests sent first and left out of the figures. */
  warmup?: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  bytes: number;
}

function send(agent: Agent, base: URL, req: LoadRequest): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const outgoing = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: req.method ?? 'GET',
        path: req.path,
        headers: body
          ? { 'content-type': 'application/json', 'content-length': body.length, ...req.headers }
          : req.headers,
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

export async function runSpec(spec: LoadSpec): Promise<LoadResult> {
  const bases = spec.bases.map((base) => new URL(base));
  const agents = bases.map(() => new Agent({ keepAlive: true, maxSockets: spec.connections }));
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let issued = 0;
  let measuring = false;
  const shoot = async (connection: number, req: LoadRequest) => {
    const t0 = performance.now();
    const answer = await send(agents[connection % bases.length], bases[connection % bases.length], req);
    if (!measuring) return;
    latencies.push(performance.now() - t0);
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    bytes += answer.bytes;
  };
  const rotating = spec.requests ?? [];
  for (let i = 0; i < (spec.warmup ?? 0); i++) await shoot(i, rotating[i % rotating.length]);
  measuring = true;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: spec.connections }, async (_, connection) => {
      if (spec.scripts) {
        const pace = spec.paceMs ?? 0;
        let next = performance.now() + Math.random() * pace;
        for (const req of spec.scripts[connection] ?? []) {
          if (pace > 0) await sleep(Math.max(0, next - performance.now()));
          next += pace;
          await shoot(connection, req);
        }
        return;
      }
      while (issued < (spec.amount ?? 0)) {
        const req = rotating[issued++ % rotating.length];
        await shoot(connection, req);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  agents.forEach((agent) => agent.destroy());
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: at(1),
    statuses,
    bytes,
  };
}

if (require.main === module) {
  runSpec(JSON.parse(readFileSync(process.argv[2], 'utf8')) as LoadSpec)
    .then((result) => process.stdout.write(`${JSON.stringify(result)}\n`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}

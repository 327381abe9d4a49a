import { performance } from 'node:perf_hooks';

export interface HttpResult {
  name: string;
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  statuses: Record<number, number>;
}

/** `total` requests from `connections` concurrent clients; latency percentiles in milliseconds. */
export async function load(
  name: string,
  connections: number,
  total: number,
  send: () => Promise<Response>,
): Promise<HttpResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (issued++ < total) {
        const t0 = performance.now();
        const response = await send();
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { name, requests: latencies.length, seconds, p50: at(0.5), p99: at(0.99), statuses };
}

export function report({ name, requests, seconds, p50, p99, statuses }: HttpResult): void {
  const rate = Math.round(requests / seconds);
  console.log(
    `${name.padEnd(44)} ${String(rate).padStart(6)} req/s   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   ${JSON.stringify(statuses)}`,
  );
}

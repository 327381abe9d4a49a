import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool } from 'mysql2/promise';

const ROOT = join(__dirname, '..', '..');

/** One line of the table: a figure, its ceiling from the same run, and the goal. */
export interface Figure {
  bench: string;
  name: string;
  value: number;
  unit: string;
  ceiling?: { name: string; value: number; unit: string };
  /** Figure ÷ ceiling (or ceiling ÷ figure for times, so higher is always better). */
  ratio?: number;
  goal?: string;
  pass?: boolean;
  detail?: Record<string, unknown>;
}

/** An API or worker process of the application, started from source as its own process. */
export class AppProc {
  output = '';
  readonly exited: Promise<number | null>;
  private constructor(
    readonly child: ChildProcess,
    readonly role: 'api' | 'worker',
    readonly base?: string,
  ) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** From dist/ as `npm start` runs it (built by the bench), or from source through swc with `fromSource`. */
  static async start(
    role: 'api' | 'worker',
    env: Record<string, string>,
    options: { port?: number; fromSource: boolean; profileDir?: string },
  ): Promise<AppProc> {
    const entry = role === 'api' ? 'main' : 'worker';
    const port = options.port;
    const child = spawn(
      process.execPath,
      [
        // A CPU profile per process, written when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
        ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []),
        ...(options.fromSource
          ? ['-r', '@swc-node/register', join('src', `${entry}.ts`)]
          : [join('dist', 'src', `${entry}.js`)]),
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'test',
          ...env,
          // The worker says it is ready at level info; the API's request logs stay off.
          LOG_LEVEL: role === 'worker' ? 'info' : 'error',
          PROCESS_ROLE: role,
          ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const proc = new AppProc(child, role, port ? `http://127.0.0.1:${port}` : undefined);
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${role} exited ${child.exitCode}: ${proc.output}`);
      if (role === 'worker' ? /Workers started/.test(proc.output) : await live(proc.base!)) return proc;
      if (Date.now() > deadline) throw new Error(`${role} did not start: ${proc.output}`);
      await sleep(200);
    }
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) this.child.kill('SIGTERM');
    await this.exited;
  }
}

async function live(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/health/live`)).ok;
  } catch {
    return false;
  }
}

export interface BenchContext {
  scale: number;
  apis: AppProc[];
  workers: AppProc[];
  bases: string[];
  db: Pool;
  /** Signs in through the first API process. */
  login(email: string, password: string): Promise<string>;
  adminToken: string;
  figures: Figure[];
  /** Multi-process consistency checks: what was expected and what the database holds. */
  checks: { name: string; expected: number; actual: number; ok: boolean }[];
}

export async function api<T = unknown>(
  ctx: BenchContext,
  method: string,
  path: string,
  token: string,
  body?: unknown,
  extra: Record<string, string> = {},
): Promise<{ status: number; body: T; bytes: number }> {
  const response = await fetch(`${ctx.bases[0]}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...extra,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: parsed as T, bytes: Buffer.byteLength(text) };
}

/** Polls `probe` every 200 ms until it returns a value. */
export async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/** Samples a process's resident memory (VmRSS, MiB) every 20 ms until stopped; returns the peak seen. */
export function sampleRss(pid: number): () => number {
  let peak = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /VmRSS:\s+(\d+) kB/.exec(status);
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // the process ended
    }
  };
  read();
  const timer = setInterval(read, 20);
  return () => {
    clearInterval(timer);
    read();
    return peak;
  };
}

import { asProblem, type Problem } from '../api/problem';

export type Sent<T> = { ok: true; data: T } | { ok: false; problem: Problem; network: boolean };

/** Runs a typed-client call and says plainly whether it worked, and the problem+json when it did not. */
export async function send<T>(call: () => Promise<{ data?: T; error?: unknown }>): Promise<Sent<T>> {
  try {
    const { data, error } = await call();
    return data !== undefined ? { ok: true, data } : { ok: false, problem: asProblem(error), network: false };
  } catch {
    return { ok: false, problem: {}, network: true };
  }
}

import type { Problem } from './problem';
import { asProblem } from './problem';

/**
 * One write of a form: the answer's data, or the problem to show (a network failure as a form-wide one). The
 * caller keeps what the user typed either way.
 */
export async function send<T>(
  call: () => Promise<{ data?: T; error?: unknown }>,
  networkMessage: string,
): Promise<{ data: T } | { problem: Problem }> {
  try {
    const { data, error } = await call();
    return data !== undefined ? { data } : { problem: asProblem(error) };
  } catch {
    return { problem: { detail: networkMessage } };
  }
}

/** A form-wide message for a problem that names no field the form shows. */
export function formWide(
  problem: Problem | undefined,
  shown: readonly string[],
  fallback: string,
): string | null {
  if (!problem) return null;
  const unshown = (problem.errors ?? []).filter(
    (error) => !shown.some((path) => error.path.startsWith(path)),
  );
  if (problem.errors?.length && unshown.length === 0) return null;
  return unshown[0] ? `${unshown[0].path}: ${unshown[0].message}` : (problem.detail ?? fallback);
}

/** A reason the process cannot start; main prints its one-line message and exits non-zero, with no stack. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

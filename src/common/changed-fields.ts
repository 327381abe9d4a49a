/**
 * The requested values that differ from the current ones; absent (undefined) keys are not requested. An
 * edit that changes nothing is then no edit at all: no new version, no audit row.
 */
export function changedFields<T extends object>(current: T, requested: Partial<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(requested).filter(
      ([key, value]) => value !== undefined && value !== current[key as keyof T],
    ),
  ) as Partial<T>;
}

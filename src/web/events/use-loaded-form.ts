import { useState } from 'react';

/**
 * A form's state, filled from the record once it loads and again when a save brings a new version; what the
 * user types in between stays. (State adjusted while rendering, not in an effect: no extra render pass.)
 */
export function useLoadedForm<R extends { id: number; version: number }, F>(
  record: R | null | undefined,
  toForm: (record: R) => F,
  empty: F,
) {
  const key = record ? `${record.id}:${record.version}` : null;
  const [form, setForm] = useState<F>(() => (record ? toForm(record) : empty));
  const [loaded, setLoaded] = useState(key);
  if (record && key !== loaded) {
    setLoaded(key);
    setForm(toForm(record));
  }
  return [form, setForm] as const;
}

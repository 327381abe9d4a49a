import { useId } from 'react';

/** A labelled select with its hint and its error beside it; options keep their typed ids (numbers or codes). */
export function SelectField<T extends string | number>({
  label,
  value,
  options,
  onChange,
  error,
  hint,
  disabled,
  placeholder,
}: {
  label: string;
  value: T;
  options: { id: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  disabled?: boolean;
  /** A first option meaning "nothing chosen yet", with the value given. */
  placeholder?: { id: T; label: string };
}) {
  const id = useId();
  const all = placeholder ? [placeholder, ...options] : options;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const picked = all.find((option) => String(option.id) === event.target.value);
          if (picked) onChange(picked.id);
        }}
      >
        {all.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

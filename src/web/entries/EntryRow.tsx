import { useState } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors } from '../api/problem';
import type { Schemas } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';

type Entry = Schemas['EntryView'];

/** One entry of the list, with withdrawal (a reason is required) and reinstatement. */
export function EntryRow({ entry, onChanged }: { entry: Entry; onChanged: () => void }) {
  const { t } = useI18n();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const name = entry.teamName ?? entry.members.map((member) => member.fullName).join(', ');

  const change = async (body: { state: 'withdrawn'; withdrawReason: string } | { state: 'active' }) => {
    setErrors({});
    setFailure(null);
    try {
      const { data, error } = await api.PATCH('/api/v1/entries/{id}', {
        params: { path: { id: entry.id } },
        body: { ...body, version: entry.version },
      });
      if (!data) {
        const problem = asProblem(error);
        setErrors(fieldErrors(problem));
        if (!problem.errors?.length) setFailure(problem.detail ?? t('errors.unexpected'));
        return;
      }
      setWithdrawing(false);
      setReason('');
      onChanged();
    } catch {
      setFailure(t('errors.network'));
    }
  };

  return (
    <li className="card" data-entry={entry.code}>
      <p>
        <strong>{entry.code}</strong> · {name} <span className="hint">· {entry.organisation.name}</span>{' '}
        {entry.state === 'withdrawn' && <span className="badge">{t('entries.withdrawn')}</span>}
      </p>
      {entry.state === 'withdrawn' && entry.withdrawReason && (
        <p className="hint">{t('entries.withdrawnBecause', { reason: entry.withdrawReason })}</p>
      )}
      <FormError message={failure} />
      {entry.state === 'withdrawn' ? (
        <button type="button" onClick={() => void change({ state: 'active' })}>
          {t('entries.reinstate', { code: entry.code })}
        </button>
      ) : withdrawing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void change({ state: 'withdrawn', withdrawReason: reason });
          }}
        >
          <Field
            label={t('entries.withdrawReason')}
            value={reason}
            error={errors.withdrawReason}
            onChange={(event) => setReason(event.target.value)}
            autoFocus
          />
          <div className="toolbar">
            <button type="submit" className="primary">
              {t('entries.confirmWithdraw')}
            </button>
            <button type="button" onClick={() => setWithdrawing(false)}>
              {t('entries.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" onClick={() => setWithdrawing(true)}>
          {t('entries.withdraw', { code: entry.code })}
        </button>
      )}
    </li>
  );
}

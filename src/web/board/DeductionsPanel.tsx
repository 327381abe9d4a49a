import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import { fieldErrors } from '../api/problem';
import type { Schemas } from '../api/types';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { send } from './send';

type Kind = Schemas['CreateDeductionDto']['kind'];
const KINDS: Kind[] = ['time_violation', 'fall', 'rule_breach', 'disqualification', 'other'];

/** Deductions of the round, each with its reason, and the form to record one. */
export function DeductionsPanel({
  roundId,
  entries,
}: {
  roundId: number;
  entries: { id: number; code: string }[];
}) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const entryFieldId = useId();
  const kindFieldId = useId();
  const deductions = useQuery({
    queryKey: ['board', roundId, 'deductions'],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/deductions', { params: { path: { id: roundId } } })).data ?? null,
  });
  const [entryId, setEntryId] = useState(0);
  const [kind, setKind] = useState<Kind>('time_violation');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const record = async () => {
    setErrors({});
    setFailure(null);
    if (!entryId) {
      setErrors({ entryId: t('board.chooseEntry') });
      return;
    }
    const sent = await send(() =>
      api.POST('/api/v1/rounds/{id}/deductions', {
        params: { path: { id: roundId } },
        body: {
          entryId,
          kind,
          reason,
          ...(kind === 'disqualification' ? {} : { amount: amount.replace(',', '.') }),
        },
      }),
    );
    if (!sent.ok) {
      setErrors(fieldErrors(sent.problem));
      if (!sent.problem.errors?.length)
        setFailure(sent.network ? t('errors.network') : (sent.problem.detail ?? t('errors.unexpected')));
      return;
    }
    setAmount('');
    setReason('');
    await queryClient.invalidateQueries({ queryKey: ['board', roundId] });
  };

  return (
    <div className="card">
      <h2>{t('board.deductionsTitle')}</h2>
      <ul className="plain">
        {(deductions.data?.items ?? []).map((deduction) => (
          <li key={deduction.id}>
            {t('board.deductionLine', {
              code: deduction.entryCode ?? '—',
              kind: t(`board.kind.${deduction.kind}`),
              amount: formatDecimal(deduction.amount, language),
              reason: deduction.reason,
            })}
            {deduction.revokedAt && <span className="badge">{t('board.revoked')}</span>}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        <h3>{t('board.addDeduction')}</h3>
        <div className="field">
          <label htmlFor={entryFieldId}>{t('board.entry')}</label>
          <select
            id={entryFieldId}
            value={entryId}
            aria-invalid={errors.entryId ? true : undefined}
            onChange={(event) => setEntryId(Number(event.target.value))}
          >
            <option value={0}>{t('board.chooseEntry')}</option>
            {entries.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.code}
              </option>
            ))}
          </select>
          {errors.entryId && (
            <span className="field-error" role="alert">
              {errors.entryId}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={kindFieldId}>{t('board.kindLabel')}</label>
          <select id={kindFieldId} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`board.kind.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {kind !== 'disqualification' && (
          <Field
            label={t('board.amount')}
            inputMode="decimal"
            value={amount}
            error={errors.amount}
            onChange={(event) => setAmount(event.target.value)}
          />
        )}
        <Field
          label={t('board.reason')}
          value={reason}
          error={errors.reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <FormError message={failure} />
        <button type="submit">{t('board.record')}</button>
      </form>
    </div>
  );
}

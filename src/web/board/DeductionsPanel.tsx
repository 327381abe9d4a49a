import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { fieldErrors } from '../api/problem';
import type { Schemas } from '../api/types';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { SelectField } from '../ui/SelectField';
import { send } from '../api/send';

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
    const sent = await send(
      () =>
        api.POST('/api/v1/rounds/{id}/deductions', {
          params: { path: { id: roundId } },
          body: {
            entryId,
            kind,
            reason,
            ...(kind === 'disqualification' ? {} : { amount: amount.replace(',', '.') }),
          },
        }),
      t('errors.network'),
    );
    if ('problem' in sent) {
      setErrors(fieldErrors(sent.problem));
      if (!sent.problem.errors?.length) setFailure(sent.problem.detail ?? t('errors.unexpected'));
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
        <SelectField
          label={t('board.entry')}
          value={entryId}
          options={entries.map((entry) => ({ id: entry.id, label: entry.code }))}
          placeholder={{ id: 0, label: t('board.chooseEntry') }}
          error={errors.entryId}
          onChange={setEntryId}
        />
        <SelectField
          label={t('board.kindLabel')}
          value={kind}
          options={KINDS.map((option) => ({ id: option, label: t(`board.kind.${option}`) }))}
          onChange={setKind}
        />
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

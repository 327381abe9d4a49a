import { useState } from 'react';
import { api } from '../api/client';
import { fieldErrors } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { SelectField } from '../ui/SelectField';
import { send } from '../api/send';

interface Choice {
  id: number;
  label: string;
}

/** Corrects one judge's mark after the round is locked or published, with the reason put on record. */
export function CorrectionForm({
  roundId,
  entries,
  judges,
  criteria,
  onCorrected,
}: {
  roundId: number;
  entries: Choice[];
  judges: Choice[];
  criteria: { code: string; name: string }[];
  onCorrected: () => void;
}) {
  const { t } = useI18n();
  const [entryId, setEntryId] = useState(entries[0]?.id ?? 0);
  const [judgeId, setJudgeId] = useState(judges[0]?.id ?? 0);
  const [criterion, setCriterion] = useState(criteria[0]?.code ?? '');
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  const submit = async () => {
    setErrors({});
    setFailure(null);
    setDone(false);
    const sent = await send(
      () =>
        api.POST('/api/v1/rounds/{id}/corrections', {
          params: { path: { id: roundId } },
          body: { entryId, judgeId, criterion, value: value.trim().replace(',', '.'), reason },
        }),
      t('errors.network'),
    );
    if ('problem' in sent) {
      setErrors(fieldErrors(sent.problem));
      if (!sent.problem.errors?.length) setFailure(sent.problem.detail ?? t('errors.unexpected'));
      return;
    }
    setValue('');
    setReason('');
    setDone(true);
    onCorrected();
  };

  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2>{t('results.correctionTitle')}</h2>
      <p className="hint">{t('results.correctionHint')}</p>
      <SelectField
        label={t('results.correctionEntry')}
        value={entryId}
        options={entries}
        onChange={setEntryId}
        error={errors.entryId}
      />
      <SelectField
        label={t('results.correctionJudge')}
        value={judgeId}
        options={judges}
        onChange={setJudgeId}
        error={errors.judgeId}
      />
      <SelectField
        label={t('results.correctionCriterion')}
        value={criterion}
        options={criteria.map((item) => ({ id: item.code, label: item.name }))}
        onChange={setCriterion}
        error={errors.criterion}
      />
      <Field
        label={t('results.correctionValue')}
        inputMode="decimal"
        value={value}
        error={errors.value}
        onChange={(event) => setValue(event.target.value)}
      />
      <Field
        label={t('results.correctionReason')}
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <FormError message={failure} />
      {done && (
        <p className="saved" role="status">
          {t('results.corrected_saved')}
        </p>
      )}
      <button type="submit">{t('results.correct')}</button>
    </form>
  );
}

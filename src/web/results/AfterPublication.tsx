import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { send } from '../api/send';
import { CorrectionForm } from './CorrectionForm';
import { entryName, type RoundResults } from './breakdown';

/** What follows a publication: corrections with reasons, the republication they call for, advancing. */
export function AfterPublication({
  results,
  judges,
  onChanged,
}: {
  results: RoundResults;
  judges: { judgeId: number; fullName: string }[];
  onChanged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const roundId = results.round.id;
  const round = useQuery({
    queryKey: ['round', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}', { params: { path: { id: roundId } } })).data ?? null,
  });
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [advanced, setAdvanced] = useState<string | null>(null);

  const republish = async () => {
    setReasonError(undefined);
    setFailure(null);
    const sent = await send(
      () => api.POST('/api/v1/rounds/{id}/publish', { params: { path: { id: roundId } }, body: { reason } }),
      t('errors.network'),
    );
    if ('problem' in sent) {
      const fieldError = sent.problem.errors?.find((error) => error.path === 'reason');
      if (fieldError) setReasonError(fieldError.message);
      else setFailure(sent.problem.detail ?? t('errors.unexpected'));
      return;
    }
    setReason('');
    await onChanged();
  };

  const advance = async () => {
    setFailure(null);
    setAdvanced(null);
    const sent = await send(
      () => api.POST('/api/v1/rounds/{id}/advance', { params: { path: { id: roundId } }, body: {} }),
      t('errors.network'),
    );
    if ('problem' in sent) {
      setFailure(sent.problem.detail ?? t('errors.unexpected'));
      return;
    }
    setAdvanced(
      t('results.advanced', {
        count: sent.data.advanced.length,
        codes: sent.data.advanced.map((entry) => entry.code).join(', '),
      }),
    );
    await onChanged();
  };

  if (results.round.publishedVersion === 0) return null;
  return (
    <>
      {results.round.changedSincePublication && (
        <form
          className="card status"
          onSubmit={(event) => {
            event.preventDefault();
            void republish();
          }}
        >
          <h2>{t('results.republishTitle')}</h2>
          <Field
            label={t('results.republishReason')}
            value={reason}
            error={reasonError}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="primary">
            {t('results.republish')}
          </button>
        </form>
      )}
      <FormError message={failure} />
      {advanced && (
        <p className="saved" role="status">
          {advanced}
        </p>
      )}
      {/* Only a round with an advancement rule takes entries on. */}
      {round.data?.advancement && (
        <div className="toolbar">
          <button type="button" onClick={() => void advance()}>
            {t('results.advance')}
          </button>
        </div>
      )}
      {round.data && (
        <CorrectionForm
          // A new publication starts a fresh form: its "publish again" note no longer applies.
          key={results.round.publishedVersion}
          roundId={roundId}
          entries={results.entries.map((entry) => ({
            id: entry.entryId,
            label: `${entry.code} · ${entryName(entry)}`,
          }))}
          judges={judges.map((judge) => ({ id: judge.judgeId, label: judge.fullName }))}
          criteria={round.data.criteria}
          onCorrected={() => void onChanged()}
        />
      )}
    </>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { useRoundContext } from '../panel/use-round-context';
import { DeductionsPanel } from './DeductionsPanel';
import { FlagsPanel } from './FlagsPanel';
import { SheetProgress } from './SheetProgress';
import { send } from '../api/send';

/** The organiser's judging board: each sheet's progress as it happens, flags, deductions, lock and unlock. */
export default function JudgingBoardPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const roundId = Number(params.roundId);
  const queryClient = useQueryClient();
  const { round, entries } = useRoundContext(roundId);
  const panel = useQuery({
    queryKey: ['panel', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/panel', { params: { path: { id: roundId } } })).data ?? null,
  });
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();

  const control = async (action: 'lock' | 'unlock') => {
    setFailure(null);
    setReasonError(undefined);
    const sent = await send(
      () =>
        action === 'lock'
          ? api.POST('/api/v1/rounds/{id}/lock', { params: { path: { id: roundId } } })
          : api.POST('/api/v1/rounds/{id}/unlock', {
              params: { path: { id: roundId } },
              body: reason.trim() ? { reason: reason.trim() } : {},
            }),
      t('errors.network'),
    );
    if ('problem' in sent) {
      const fieldError = sent.problem.errors?.find((error) => error.path === 'reason');
      if (fieldError) setReasonError(fieldError.message);
      else setFailure(sent.problem.detail ?? t('errors.unexpected'));
    } else setReason('');
    await queryClient.invalidateQueries({ queryKey: ['round', roundId] });
    await queryClient.invalidateQueries({ queryKey: ['board', roundId] });
  };

  if (panel.isPending || round.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!panel.data || !round.data) return <FormError message={t('errors.unexpected')} />;
  const judges = panel.data.members.filter((member) => member.role !== 'secretary');
  const locked = round.data.state === 'locked';
  return (
    <section>
      <p className="toolbar">
        <Link href={`/rounds/${roundId}/panel-setup`}>{t('board.toPanel')}</Link>
        <Link href={`/results/rounds/${roundId}`}>{t('board.toResults')}</Link>
      </p>
      <h1>{t('board.title', { round: round.data.name })}</h1>
      <p>
        <span className="badge">{locked ? t('board.locked') : t('board.open')}</span>{' '}
        <span className="hint">{t('board.refreshing')}</span>
      </p>
      <h2>{t('board.sheetsTitle')}</h2>
      {judges.length === 0 && <p>{t('board.noJudges')}</p>}
      <ul className="plain">
        {judges.map((judge) => (
          <SheetProgress
            key={judge.userId}
            roundId={roundId}
            judgeId={judge.userId}
            fullName={judge.fullName}
          />
        ))}
      </ul>
      <FlagsPanel roundId={roundId} />
      <DeductionsPanel
        roundId={roundId}
        entries={(entries.data?.items ?? []).map((entry) => ({ id: entry.id, code: entry.code }))}
      />
      <div className="card">
        <h2>{t('board.controlTitle')}</h2>
        <FormError message={failure} />
        {locked ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void control('unlock');
            }}
          >
            <Field
              label={t('board.unlockReason')}
              value={reason}
              error={reasonError}
              onChange={(event) => setReason(event.target.value)}
            />
            <button type="submit">{t('board.unlock')}</button>
          </form>
        ) : (
          <button type="button" className="primary" onClick={() => void control('lock')}>
            {t('board.lock')}
          </button>
        )}
      </div>
    </section>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';
import { ProblemError, type Problem } from '../api/problem';
import { formatDateTime, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { MarkInput } from './MarkInput';
import { isWaiting, shownMark, waitingCount } from './offline-queue';
import { useSheetQueue, type Sheet } from './use-sheet-queue';

type View = 'entries' | 'grid';

/** Enter moves to the next mark, as Tab does: a secretary types a paper sheet without the mouse. */
function enterMovesOn(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
  event.preventDefault();
  const inputs = [
    ...event.currentTarget.querySelectorAll<HTMLInputElement>('input[data-mark]:not(:disabled)'),
  ];
  const next = inputs[inputs.indexOf(event.target) + (event.shiftKey ? -1 : 1)];
  next?.focus();
  next?.select();
}

function entryLabel(entry: Sheet['entries'][number]): string {
  const who = entry.teamName ?? entry.members.map((member) => member.fullName).join(', ');
  return [entry.code, entry.title ?? who].filter(Boolean).join(' · ');
}

export default function JudgeSheetPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const roundId = Number(params.roundId);
  const judgeId = params.judgeId ? Number(params.judgeId) : undefined;
  const { sheet, state, online, sending, blocked, mark, settle, submit } = useSheetQueue(roundId, judgeId);
  const myRounds = useQuery({
    queryKey: ['my-rounds'],
    queryFn: async () => (await api.GET('/api/v1/me/rounds')).data?.items ?? [],
  });
  const [view, setView] = useState<View>(judgeId ? 'grid' : 'entries');
  const [index, setIndex] = useState(0);
  const [submitProblem, setSubmitProblem] = useState<Problem | null>(null);

  if (sheet.isPending || !state) return <p role="status">{t('app.loading')}</p>;
  if (sheet.error || !sheet.data) {
    const problem = sheet.error instanceof ProblemError ? sheet.error.problem : null;
    return <FormError message={problem?.detail ?? t('errors.network')} />;
  }
  const data = sheet.data;
  const round = myRounds.data?.find((item) => item.roundId === roundId);
  const editable = data.state === 'open';
  const waiting = waitingCount(state);
  const onServer = Object.keys(state.server).length;
  const entries = data.entries;
  const current = entries[Math.min(index, entries.length - 1)];
  const criterionName = (code: string) => data.criteria.find((c) => c.code === code)?.name ?? code;
  const shown = (value: string | null) => (value === null ? '—' : formatDecimal(value, language));

  const markInput = (
    entry: Sheet['entries'][number],
    criterion: Sheet['criteria'][number],
    compact: boolean,
  ) => (
    <MarkInput
      key={`${entry.entryId}:${criterion.code}`}
      criterion={criterion}
      shown={shownMark(state, entry.entryId, criterion.code)}
      waiting={isWaiting(state, entry.entryId, criterion.code)}
      disabled={!editable || entry.recused}
      compact={compact}
      label={compact ? `${entry.code} · ${criterion.name}` : criterion.name}
      onMark={(value) => mark({ entryId: entry.entryId, criterion: criterion.code, value })}
    />
  );

  const doSubmit = async () => {
    setSubmitProblem(await submit());
  };

  return (
    <section className="sheet">
      <p>
        <Link href="/judging">{t('nav.myRounds')}</Link>
      </p>
      <h1>
        {t('judging.sheetTitle', { round: round ? `${round.roundName} – ${round.categoryName}` : roundId })}
      </h1>
      <p>{t('judging.judge', { name: data.judge.fullName })}</p>

      <div
        className={online ? 'status' : 'status offline'}
        role="status"
        aria-live="polite"
        data-testid="sync-status"
      >
        <div>{t('judging.statusServer', { count: onServer })}</div>
        {waiting > 0 ? (
          <div className="waiting">{t('judging.statusWaiting', { count: waiting })}</div>
        ) : (
          <div className="saved">{t('judging.statusAllSent')}</div>
        )}
        {!online && <div>{t('judging.statusOffline')}</div>}
        {sending && <div>{t('judging.statusSending')}</div>}
      </div>
      <FormError message={blocked?.detail} />

      {state.conflicts.map((conflict) => {
        const entry = entries.find((e) => e.entryId === conflict.entryId);
        return (
          <div className="conflict" role="alert" key={`${conflict.entryId}:${conflict.criterion}`}>
            <h2>{t('judging.conflictTitle')}</h2>
            <p>
              {t('judging.conflictExplain', {
                entry: entry?.code ?? conflict.entryId,
                criterion: criterionName(conflict.criterion),
                server: shown(conflict.server),
                mine: shown(conflict.mine),
              })}
            </p>
            <div className="choices">
              <button type="button" onClick={() => settle(conflict.entryId, conflict.criterion, 'mine')}>
                {t('judging.keepMine', { value: shown(conflict.mine) })}
              </button>
              <button type="button" onClick={() => settle(conflict.entryId, conflict.criterion, 'server')}>
                {t('judging.keepServer', { value: shown(conflict.server) })}
              </button>
            </div>
          </div>
        );
      })}

      <div className="toggle" role="group" aria-label={t('judging.viewChoice')}>
        <button type="button" aria-pressed={view === 'entries'} onClick={() => setView('entries')}>
          {t('judging.viewEntries')}
        </button>
        <button type="button" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
          {t('judging.viewGrid')}
        </button>
      </div>

      {view === 'entries' && current && (
        <div className="card" onKeyDown={enterMovesOn}>
          <p className="badge">{t('judging.entryOf', { index: index + 1, count: entries.length })}</p>
          <h2>{entryLabel(current)}</h2>
          <p>{current.organisationName}</p>
          {current.recused ? (
            <p>{t('judging.recused')}</p>
          ) : (
            data.criteria.map((criterion) => markInput(current, criterion, false))
          )}
          <div className="pager">
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              {t('judging.previous')}
            </button>
            <button type="button" disabled={index >= entries.length - 1} onClick={() => setIndex(index + 1)}>
              {t('judging.next')}
            </button>
          </div>
        </div>
      )}

      {view === 'grid' && (
        <div className="table-wrap" onKeyDown={enterMovesOn}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('judging.entry')}</th>
                {data.criteria.map((criterion) => (
                  <th scope="col" key={criterion.code}>
                    {criterion.name}
                    <br />
                    <span className="hint">
                      {formatDecimal(criterion.min, language)}–{formatDecimal(criterion.max, language)}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.entryId}>
                  <th scope="row">
                    <span className="code">{entry.code}</span>
                    <br />
                    <span className="hint">{entry.title ?? entry.teamName ?? ''}</span>
                  </th>
                  {data.criteria.map((criterion) => (
                    <td key={criterion.code}>
                      {entry.recused ? t('judging.recused') : markInput(entry, criterion, true)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <p>{t('judging.owed', { filled: data.filled, owed: data.owed })}</p>
      {data.submittedAt ? (
        <p className="saved">{t('judging.submitted', { at: formatDateTime(data.submittedAt) })}</p>
      ) : (
        editable && (
          <>
            {waiting > 0 && <p className="waiting">{t('judging.submitWaiting')}</p>}
            <FormError message={submitProblem?.detail} />
            <button type="button" className="primary" disabled={waiting > 0} onClick={() => void doSubmit()}>
              {t('judging.submit')}
            </button>
          </>
        )
      )}
    </section>
  );
}

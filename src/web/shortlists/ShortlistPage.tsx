import './shortlists.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { CandidateList } from './CandidateList';
import { allCandidates, isBuilding, parametersOf, useLocalityNames, useRun, type Decision } from './data';
import { DecisionPanel, sendDecision } from './DecisionPanel';
import { ProgressBar } from './ProgressBar';

const KEYS: Record<string, Decision> = { a: 'accepted', w: 'waitlisted', r: 'rejected' };

/** Typing in a field must not decide anything. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);

/** A shortlist version: its build's progress, then its candidates by age band, their evidence and decisions. */
export default function ShortlistPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const id = Number(params.id);
  const queryClient = useQueryClient();
  const run = useRun(id);
  const names = useLocalityNames();
  const [band, setBand] = useState<number | 'all'>('all');
  const [decisionFilter, setDecisionFilter] = useState<Decision | 'none' | 'all'>('all');
  const [localityId, setLocalityId] = useState(0);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const completed = run.data?.state === 'completed';
  const filters = {
    ...(localityId > 0 && { localityId }),
    ...(decisionFilter !== 'all' && { decision: decisionFilter }),
  };
  const candidates = useQuery({
    queryKey: ['shortlist', id, 'candidates', filters],
    enabled: completed,
    queryFn: () => allCandidates(id, filters),
  });
  const p = run.data ? parametersOf(run.data) : null;
  const units = useQuery({
    queryKey: ['localities', 'at', p?.referenceDate],
    enabled: Boolean(p),
    queryFn: async () =>
      (await api.GET('/api/v1/localities', { params: { query: { at: p!.referenceDate, pageSize: 1000 } } }))
        .data,
  });
  const shown = (candidates.data ?? []).filter((c) => band === 'all' || c.band === band);
  const selected = shown.find((c) => c.participantId === selectedId) ?? null;

  /** A new note field for each chosen candidate, with what was noted before. */
  const choose = (participantId: number) => {
    setSelectedId(participantId);
    setNote(shown.find((c) => c.participantId === participantId)?.decision?.note ?? '');
    setError(null);
  };

  const decide = async (decision: Decision) => {
    if (!selected) return;
    setError(null);
    try {
      const answer = await sendDecision(id, selected, decision, note);
      if (!answer.ok)
        setError(
          answer.status === 409 ? t('shortlists.conflict') : (answer.message ?? t('errors.unexpected')),
        );
    } catch {
      setError(t('errors.network'));
    }
    await queryClient.invalidateQueries({ queryKey: ['shortlist', id, 'candidates'] });
  };

  const move = (step: number) => {
    if (shown.length === 0) return;
    const at = shown.findIndex((c) => c.participantId === selectedId);
    const next = shown[Math.min(shown.length - 1, Math.max(0, at === -1 ? 0 : at + step))];
    choose(next.participantId);
    document.querySelector<HTMLElement>(`[data-participant="${next.participantId}"]`)?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'j') move(1);
    else if (event.key === 'k') move(-1);
    else if (event.key === 'n' && selected) noteRef.current?.focus();
    else if (KEYS[event.key] && selected) void decide(KEYS[event.key]);
    else return;
    event.preventDefault();
  };
  // Listened to on the window, so the keys work wherever focus is on the page (but not while typing).
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const rebuild = async () => {
    const { data } = await api.POST('/api/v1/shortlists/{id}/rebuild', { params: { path: { id } } });
    if (data) navigate(`/shortlists/${data.id}`);
  };

  if (run.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!run.data || !p) return <p role="alert">{t('app.notFound')}</p>;
  const localityName = (unitId: number | null | undefined) =>
    unitId == null ? t('shortlists.noLocality') : (names.data?.get(unitId) ?? '…');
  return (
    <section className="shortlist">
      <p>
        <Link href="/shortlists">{t('shortlists.title')}</Link>
      </p>
      <h1>{t('shortlists.runName', { id: run.data.lineageId, version: run.data.lineageVersion })}</h1>
      <p>
        {t('shortlists.summary', {
          date: formatDate(p.referenceDate),
          from: formatDate(p.period.from),
          to: formatDate(p.period.to),
          bands: p.ageBands.map((b) => `${b.min}–${b.max}`).join(', '),
        })}
      </p>
      {isBuilding(run.data) && <ProgressBar run={run.data} />}
      {run.data.state === 'failed' && (
        <FormError message={run.data.failureReason ?? t('shortlists.state_failed')} />
      )}
      <div className="actions-row">
        {completed && (
          <Link href={`/shortlists/${id}/representation`} className="button">
            {t('shortlists.representation')}
          </Link>
        )}
        {completed && run.data.rebuiltFromId !== null && (
          <Link href={`/shortlists/${id}/compare`} className="button">
            {t('shortlists.compare')}
          </Link>
        )}
        {!isBuilding(run.data) && (
          <button type="button" onClick={() => void rebuild()}>
            {t('shortlists.rebuild')}
          </button>
        )}
      </div>
      {run.data.stale && (
        <p className="conflict" role="status">
          {t('shortlists.staleExplain', { n: run.data.staleCount })}
        </p>
      )}
      {completed && (
        <>
          <div className="toolbar filters">
            <div className="field">
              <label htmlFor="band-filter">{t('shortlists.filterBand')}</label>
              <select
                id="band-filter"
                value={band}
                onChange={(e) => setBand(e.target.value === 'all' ? 'all' : Number(e.target.value))}
              >
                <option value="all">{t('shortlists.all')}</option>
                {p.ageBands.map((b, index) => (
                  <option key={index} value={index}>
                    {t('shortlists.bandShort', { min: b.min, max: b.max })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="decision-filter">{t('shortlists.filterDecision')}</label>
              <select
                id="decision-filter"
                value={decisionFilter}
                onChange={(e) => setDecisionFilter(e.target.value as typeof decisionFilter)}
              >
                <option value="all">{t('shortlists.all')}</option>
                {(['none', 'accepted', 'waitlisted', 'rejected'] as const).map((d) => (
                  <option key={d} value={d}>
                    {t(`shortlists.decision_${d}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="locality-filter">{t('shortlists.filterLocality')}</label>
              <select
                id="locality-filter"
                value={localityId}
                onChange={(e) => setLocalityId(Number(e.target.value))}
              >
                <option value={0}>{t('shortlists.all')}</option>
                {units.data?.items.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.fullName}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="hint" id="keys-help">
            {t('shortlists.keysHelp')}
          </p>
          <div className="review">
            <div className="review-list" aria-describedby="keys-help">
              {candidates.isPending && <p role="status">{t('app.loading')}</p>}
              {candidates.data && shown.length === 0 && <p>{t('shortlists.noCandidates')}</p>}
              <CandidateList
                bands={p.ageBands}
                candidates={shown}
                selectedId={selectedId}
                localityName={localityName}
                onSelect={choose}
              />
            </div>
            {selected ? (
              <DecisionPanel
                ref={noteRef}
                candidate={selected}
                note={note}
                onNote={setNote}
                decide={decide}
                error={error}
              />
            ) : (
              shown.length > 0 && <p className="card">{t('shortlists.pickCandidate')}</p>
            )}
          </div>
        </>
      )}
    </section>
  );
}

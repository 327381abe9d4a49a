import { Fragment, forwardRef } from 'react';
import { api } from '../api/client';
import { asProblem } from '../api/problem';
import { formatDateTime, formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { FormError } from '../ui/FormError';
import { DECISIONS, type Candidate, type Decision } from './data';
import { EnrolForm } from './EnrolForm';
import { EvidenceTable } from './EvidenceTable';

/**
 * The chosen candidate: the score's parts, the evidence behind it, the decision with its note, and enrolment
 * once accepted. The note field is the ref, so the page's `n` key can move focus to it.
 */
export const DecisionPanel = forwardRef<
  HTMLTextAreaElement,
  {
    candidate: Candidate;
    note: string;
    onNote: (note: string) => void;
    decide: (decision: Decision) => Promise<void>;
    error: string | null;
  }
>(function DecisionPanel({ candidate, note, onNote, decide, error }, noteRef) {
  const { t, language } = useI18n();
  const current = candidate.decision;
  return (
    <aside className="card candidate-panel" aria-labelledby="candidate-name">
      <h2 id="candidate-name">{candidate.fullName}</h2>
      <dl className="facts">
        <dt>{t('shortlists.score')}</dt>
        <dd>{formatDecimal(candidate.score, language)}</dd>
        {(['contests', 'assessments', 'attendance'] as const).map((part) => (
          <Fragment key={part}>
            <dt>{t(`shortlists.weight_${part}`)}</dt>
            <dd>{formatDecimal(String(candidate.breakdown[part]), language)}</dd>
          </Fragment>
        ))}
        <dt>{t('shortlists.independentEvidence')}</dt>
        <dd>{candidate.independentEvidence}</dd>
      </dl>
      <EvidenceTable candidate={candidate} />
      <h3>{t('shortlists.decision')}</h3>
      {current && (
        <p role="status">
          {t('shortlists.decidedAs', {
            decision: t(`shortlists.decision_${current.decision}`),
            at: formatDateTime(current.decidedAt),
          })}
          {current.evidenceChanged && ` ${t('shortlists.evidenceChangedSince')}`}
        </p>
      )}
      <div className="field">
        <label htmlFor="decision-note">{t('shortlists.note')}</label>
        <textarea
          id="decision-note"
          ref={noteRef}
          rows={3}
          maxLength={1000}
          value={note}
          onChange={(e) => onNote(e.target.value)}
        />
      </div>
      <FormError message={error} />
      <div className="actions-row">
        {DECISIONS.map((decision) => (
          <button
            key={decision}
            type="button"
            className={decision === 'accepted' ? 'primary' : undefined}
            aria-pressed={current?.decision === decision}
            aria-keyshortcuts={t(`shortlists.key_${decision}`)}
            onClick={() => void decide(decision)}
          >
            {t(`shortlists.do_${decision}`)}
          </button>
        ))}
      </div>
      {current?.decision === 'accepted' && !candidate.droppedOut && <EnrolForm candidate={candidate} />}
    </aside>
  );
});

/** The PATCH of a decision: the version as read, a 409 when someone decided meanwhile. */
export async function sendDecision(
  runId: number,
  candidate: Candidate,
  decision: Decision,
  note: string,
): Promise<{ ok: true } | { ok: false; status: number; message: string | undefined }> {
  const { data, error, response } = await api.PATCH('/api/v1/shortlists/{id}/candidates/{participantId}', {
    params: { path: { id: runId, participantId: candidate.participantId } },
    body: { decision, note: note.trim() || undefined, version: candidate.decision?.version ?? 0 },
  });
  if (data) return { ok: true };
  const problem = asProblem(error);
  return { ok: false, status: response.status, message: problem.errors?.[0]?.message ?? problem.detail };
}

import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { Candidate } from './data';

/** Candidates grouped by age band; each row is a button, the chosen one marked for screen readers too. */
export function CandidateList({
  bands,
  candidates,
  selectedId,
  localityName,
  onSelect,
}: {
  bands: { min: number; max: number }[];
  candidates: Candidate[];
  selectedId: number | null;
  localityName: (id: number | null | undefined) => string;
  onSelect: (participantId: number) => void;
}) {
  const { t, language } = useI18n();
  return (
    <>
      {bands.map((band, index) => {
        const inBand = candidates.filter((c) => c.band === index);
        if (inBand.length === 0) return null;
        return (
          <section key={index} aria-labelledby={`band-${index}`}>
            <h2 id={`band-${index}`}>
              {t('shortlists.band', { min: band.min, max: band.max, n: inBand.length })}
            </h2>
            <ol className="candidates">
              {inBand.map((c) => (
                <li key={c.participantId}>
                  <button
                    type="button"
                    className="candidate"
                    data-participant={c.participantId}
                    aria-current={c.participantId === selectedId ? 'true' : undefined}
                    onClick={() => onSelect(c.participantId)}
                  >
                    <span className="rank">{c.droppedOut ? '–' : c.rankInBand}</span>
                    <span className="who">
                      <strong>{c.fullName}</strong>
                      <span>
                        {t('shortlists.candidateFacts', {
                          age: c.age,
                          gender: t(`shortlists.gender_${c.gender}`),
                          locality: localityName(c.homeLocalityId),
                        })}
                        {c.via === 'local_quota' && ` · ${t('shortlists.viaQuota')}`}
                        {c.droppedOut && ` · ${t('shortlists.droppedOut')}`}
                      </span>
                    </span>
                    <span className="score">{formatDecimal(c.score, language)}</span>
                    <span className={`badge decision-${c.decision?.decision ?? 'none'}`}>
                      {t(`shortlists.decision_${c.decision?.decision ?? 'none'}`)}
                      {c.decision?.evidenceChanged && ` · ${t('shortlists.evidenceChangedShort')}`}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}

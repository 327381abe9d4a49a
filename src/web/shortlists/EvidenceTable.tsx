import { formatDate, formatDecimal, type Language } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { Candidate } from './data';

type Item = Record<string, unknown> & { kind: 'result' | 'assessment' | 'attendance'; contribution: string };

const percent = (share: unknown) => `${Math.round(Number(share) * 100)}%`;

/** One piece of evidence in words: what it is and the figures its contribution is computed from. */
function describe(item: Item, t: ReturnType<typeof useI18n>['t'], language: Language): [string, string] {
  const decimal = (value: unknown) => formatDecimal(String(value), language);
  if (item.kind === 'result')
    return [
      `${String(item.eventName)} · ${String(item.roundName)}`,
      [
        t(`shortlists.level_${String(item.level)}`),
        t('shortlists.rankOf', { rank: item.rank, ranked: item.ranked }),
        Number(item.tied) > 1 ? t('shortlists.tied', { n: Number(item.tied) }) : '',
        typeof item.prize === 'string' ? item.prize : '',
        item.team ? t('shortlists.team') : '',
        t('shortlists.ageMonths', { months: item.ageMonths }),
        t('shortlists.value', { value: decimal(item.value) }),
        item.counted ? '' : t('shortlists.notCounted'),
      ]
        .filter(Boolean)
        .join(' · '),
    ];
  if (item.kind === 'assessment')
    return [
      t('shortlists.assessmentOn', { date: formatDate(String(item.assessedOn)) }),
      [
        t('shortlists.normalised', { value: percent(item.normalised) }),
        t('shortlists.ageMonths', { months: item.ageMonths }),
        t('shortlists.recencyWeight', { value: decimal(item.weight) }),
      ].join(' · '),
    ];
  return [
    t('shortlists.attendanceAt', { club: String(item.clubName) }),
    t('shortlists.attendanceFigures', {
      present: item.present,
      absent: item.absent,
      rate: percent(item.rate),
    }),
  ];
}

/** A candidate's evidence, each item with its contribution in points; the contributions sum to the score. */
export function EvidenceTable({ candidate }: { candidate: Candidate }) {
  const { t, language } = useI18n();
  const items = candidate.evidence as unknown as Item[];
  return (
    <div className="table-wrap">
      <table className="evidence">
        <caption>{t('shortlists.evidenceCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortlists.evidenceItem')}</th>
            <th scope="col">{t('shortlists.evidenceDetails')}</th>
            <th scope="col" className="number">
              {t('shortlists.contribution')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => {
            const [what, details] = describe(item, t, language);
            return (
              <tr key={index}>
                <th scope="row">
                  <span className="eyebrow">{t(`shortlists.kind_${item.kind}`)}</span> {what}
                </th>
                <td>{details}</td>
                <td className="number">{formatDecimal(item.contribution, language)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('shortlists.scoreTotal')}
            </th>
            <td className="number">
              <strong>{formatDecimal(candidate.score, language)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

import './clubs.css';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { asProblem, fieldErrors, type Problem } from '../api/problem';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { checkMark } from './assessment-marks';

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** An assessment of one trainee against a rubric of the club's discipline, checked as it is typed. */
export default function AssessmentPage({ params }: { params: Record<string, string> }) {
  const { t, language } = useI18n();
  const clubId = Number(params.clubId);
  const participantId = Number(params.participantId);
  const club = useQuery({
    queryKey: ['club', clubId],
    queryFn: async () => (await api.GET('/api/v1/clubs/{id}', { params: { path: { id: clubId } } })).data,
  });
  const rubrics = useQuery({
    queryKey: ['rubrics', club.data?.disciplineId],
    enabled: club.data !== undefined,
    queryFn: async () =>
      (
        await api.GET('/api/v1/assessment-rubrics', {
          params: { query: { disciplineId: club.data!.disciplineId } },
        })
      ).data,
  });
  const member = useQuery({
    queryKey: ['club', clubId, 'members'],
    queryFn: async () =>
      (
        await api.GET('/api/v1/clubs/{id}/members', {
          params: { path: { id: clubId }, query: { pageSize: 100 } },
        })
      ).data,
    select: (page) => page?.items.find((m) => m.participantId === participantId),
  });
  const [rubricId, setRubricId] = useState<number | null>(null);
  const [marks, setMarks] = useState<Record<number, string>>({});
  const [assessedOn, setAssessedOn] = useState(today());
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);

  const active = (rubrics.data ?? []).filter((r) => r.active);
  const rubric = active.find((r) => r.id === rubricId) ?? active[0];
  if (club.isPending || rubrics.isPending) return <p role="status">{t('app.loading')}</p>;
  if (!club.data) return <p role="alert">{t('app.notFound')}</p>;

  const checks = (rubric?.criteria ?? []).map((criterion) => checkMark(marks[criterion.id] ?? '', criterion));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!rubric || checks.some((check) => !check.ok)) {
      setProblem({ detail: t('clubs.fixMarks') });
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const { data, error } = await api.POST('/api/v1/assessments', {
        body: {
          participantId,
          clubId,
          rubricId: rubric.id,
          assessedOn,
          scores: rubric.criteria.map((criterion, i) => ({
            criterionId: criterion.id,
            value: (checks[i] as { value: string }).value,
          })),
          ...(comment.trim() && { comment: comment.trim() }),
        },
      });
      if (data) navigate(`/trainees/${participantId}`);
      else setProblem(asProblem(error));
    } catch {
      setProblem({ detail: t('errors.network') });
    } finally {
      setBusy(false);
    }
  };
  const errors = fieldErrors(problem);
  const markError = (i: number): string | undefined => {
    const check = checks[i];
    const typed = marks[rubric.criteria[i].id];
    if (errors[`scores.${i}.value`]) return errors[`scores.${i}.value`];
    if (check.ok || typed === undefined || (check.problem === 'empty' && !problem)) return undefined;
    return t(`clubs.mark_${check.problem}`);
  };
  return (
    <section className="narrow">
      <p>
        <Link href={`/clubs/${clubId}`}>{t('clubs.backToClub')}</Link>
      </p>
      <h1>{t('clubs.assessmentTitle', { name: member.data?.fullName ?? '' })}</h1>
      {active.length === 0 ? (
        <p>{t('clubs.noRubric')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <FormError
            message={problem && !problem.errors?.length ? (problem.detail ?? t('errors.unexpected')) : null}
          />
          {active.length > 1 && (
            <div className="field">
              <label htmlFor="rubric">{t('clubs.rubric')}</label>
              <select id="rubric" value={rubric.id} onChange={(e) => setRubricId(Number(e.target.value))}>
                {active.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <Field
            label={t('clubs.assessedOn')}
            type="date"
            value={assessedOn}
            onChange={(e) => setAssessedOn(e.target.value)}
            error={errors.assessedOn}
          />
          {rubric.criteria.map((criterion, i) => (
            <Field
              key={criterion.id}
              label={criterion.name}
              hint={t('clubs.scale', {
                min: formatDecimal(criterion.min, language),
                max: formatDecimal(criterion.max, language),
                step: formatDecimal(criterion.step, language),
              })}
              inputMode="decimal"
              autoComplete="off"
              value={marks[criterion.id] ?? ''}
              onChange={(e) => setMarks({ ...marks, [criterion.id]: e.target.value })}
              error={markError(i)}
            />
          ))}
          <Field
            label={t('clubs.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            error={errors.comment}
          />
          <button type="submit" className="primary" disabled={busy}>
            {t('clubs.saveAssessment')}
          </button>
        </form>
      )}
    </section>
  );
}

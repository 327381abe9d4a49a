import './shortlists.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import { formWide, send } from '../api/send';
import type { Schemas } from '../api/types';
import { formatDate, readNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { SelectField } from '../ui/SelectField';

const EMPTY = { name: '', clubId: 0, disciplineId: 0, startsOn: '', endsOn: '', capacity: '' };
/** The fields the form shows each error beside; any other problem is shown above them. */
const FIELDS = ['name', 'clubId', 'disciplineId', 'startsOn', 'endsOn', 'capacity'];

/** Palace staff's fostering programmes, with the places taken, and the form that opens a new one. */
export default function ProgrammesPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const programmes = useQuery({
    queryKey: ['fostering-programmes'],
    queryFn: async () =>
      (await api.GET('/api/v1/fostering-programmes', { params: { query: { pageSize: 100 } } })).data,
  });
  const clubs = useQuery({
    queryKey: ['fostering-programmes', 'clubs'],
    queryFn: async () => (await api.GET('/api/v1/fostering-programmes/clubs')).data,
  });
  const [form, setForm] = useState(EMPTY);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<typeof EMPTY>) => setForm({ ...form, ...change });

  const club = clubs.data?.find((c) => c.id === form.clubId);
  // A programme names the club's discipline or its field; the club's own unless another is chosen.
  const disciplines = club ? [club.discipline, ...(club.field ? [club.field] : [])] : [];
  const disciplineId = form.disciplineId || club?.discipline.id;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setCreated(null);
    // Sent as typed, what is not given left out (undefined): the API names each missing or wrong field.
    const body = {
      name: form.name,
      startsOn: form.startsOn,
      endsOn: form.endsOn,
      clubId: club?.id,
      disciplineId,
      capacity: readNumber(form.capacity),
    } as Schemas['CreateProgrammeDto'];
    const outcome = await send(() => api.POST('/api/v1/fostering-programmes', { body }), t('errors.network'));
    setBusy(false);
    if ('problem' in outcome) return setProblem(outcome.problem);
    setCreated(t('fostering.created', { name: outcome.data.name }));
    setForm(EMPTY);
    await queryClient.invalidateQueries({ queryKey: ['fostering-programmes'] });
  };
  const errors = fieldErrors(problem);
  const items = programmes.data?.items ?? [];

  return (
    <section>
      <p>
        <Link href="/shortlists">{t('shortlists.title')}</Link>
      </p>
      <h1>{t('fostering.title')}</h1>
      {programmes.isPending && <p role="status">{t('app.loading')}</p>}
      {programmes.isSuccess && items.length === 0 && <p>{t('fostering.none')}</p>}
      <ul className="rows">
        {items.map((programme) => (
          <li key={programme.id}>
            <div>
              <strong>{programme.name}</strong>{' '}
              {programme.enrolled >= programme.capacity && (
                <span className="badge">{t('fostering.full')}</span>
              )}
              <p className="plain">
                {t('fostering.line', {
                  club: programme.clubName,
                  discipline: programme.disciplineName,
                  from: formatDate(programme.startsOn),
                  to: formatDate(programme.endsOn),
                })}
                {' · '}
                {t('fostering.places', { enrolled: programme.enrolled, capacity: programme.capacity })}
              </p>
            </div>
          </li>
        ))}
      </ul>

      <form className="card programme-form" onSubmit={(e) => void submit(e)} noValidate>
        <h2>{t('fostering.createTitle')}</h2>
        <p className="hint">{t('fostering.createHint')}</p>
        <FormError message={formWide(problem, FIELDS, t('errors.unexpected'))} />
        <Field
          label={t('fostering.name')}
          value={form.name}
          onChange={(e) => set({ name: e.target.value })}
          error={errors.name}
          maxLength={200}
        />
        {clubs.isSuccess && clubs.data?.length === 0 ? (
          <p>{t('fostering.noClubs')}</p>
        ) : (
          <SelectField
            label={t('fostering.club')}
            value={form.clubId}
            placeholder={{ id: 0, label: t('fostering.chooseClub') }}
            options={(clubs.data ?? []).map((c) => ({
              id: c.id,
              label: t('fostering.clubOption', { name: c.name, organisation: c.organisationName }),
            }))}
            onChange={(clubId) => set({ clubId, disciplineId: 0 })}
            error={errors.clubId}
          />
        )}
        <SelectField
          label={t('fostering.discipline')}
          hint={t('fostering.disciplineHint')}
          value={disciplineId ?? 0}
          options={disciplines.map((d) => ({ id: d.id, label: d.name }))}
          placeholder={club ? undefined : { id: 0, label: t('fostering.chooseClubFirst') }}
          disabled={!club}
          onChange={(disciplineId) => set({ disciplineId })}
          error={errors.disciplineId}
        />
        <div className="date-pair">
          <Field
            label={t('fostering.startsOn')}
            type="date"
            value={form.startsOn}
            onChange={(e) => set({ startsOn: e.target.value })}
            error={errors.startsOn}
          />
          <Field
            label={t('fostering.endsOn')}
            type="date"
            value={form.endsOn}
            onChange={(e) => set({ endsOn: e.target.value })}
            error={errors.endsOn}
          />
        </div>
        <Field
          label={t('fostering.capacity')}
          inputMode="numeric"
          value={form.capacity}
          onChange={(e) => set({ capacity: e.target.value })}
          error={errors.capacity}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('fostering.create')}
        </button>
        {created && (
          <p className="saved" role="status">
            {created}
          </p>
        )}
      </form>
    </section>
  );
}

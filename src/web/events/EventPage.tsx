import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { Link } from '../ui/Link';
import { navigate } from '../ui/navigation';
import { EventCategories } from './EventCategories';
import { EventOrganisers } from './EventOrganisers';
import { EventStateActions } from './EventStateActions';
import { EVENT_KINDS, EVENT_LEVELS, type EventKind, type EventLevel } from './event-options';
import { SelectField } from '../ui/SelectField';
import type { components } from '../api/schema';

type EventView = components['schemas']['EventView'];
import { formWide, send } from '../api/send';
import { useLoadedForm } from './use-loaded-form';

const FIELDS = ['name', 'kind', 'level', 'organisationIds', 'venue', 'startDate', 'endDate', 'description'];

interface EventForm {
  name: string;
  kind: EventKind;
  level: EventLevel;
  leadId: number;
  venue: string;
  startDate: string;
  endDate: string;
  description: string;
}

const EMPTY: EventForm = {
  name: '',
  kind: 'contest',
  level: 'district',
  leadId: 0,
  venue: '',
  startDate: '',
  endDate: '',
  description: '',
};

const eventForm = (loaded: EventView): EventForm => ({
  name: loaded.name,
  kind: loaded.kind,
  level: loaded.level,
  leadId: loaded.organisations[0]?.id ?? 0,
  venue: loaded.venue ?? '',
  startDate: loaded.startDate,
  endDate: loaded.endDate,
  description: loaded.description ?? '',
});

/** An event, new or existing: its details, organising units, state and categories. */
export default function EventPage({ params }: { params: Record<string, string> }) {
  const { t } = useI18n();
  const eventId = params.eventId ? Number(params.eventId) : null;
  const queryClient = useQueryClient();
  const event = useQuery({
    queryKey: ['event', eventId],
    enabled: eventId !== null,
    queryFn: async () =>
      (await api.GET('/api/v1/events/{id}', { params: { path: { id: eventId! } } })).data ?? null,
  });
  const units = useQuery({
    queryKey: ['organisations', 'mine'],
    queryFn: async () =>
      (await api.GET('/api/v1/organisations', { params: { query: { pageSize: 100 } } })).data,
  });
  const [form, setForm] = useLoadedForm(event.data, eventForm, EMPTY);
  const [problem, setProblem] = useState<Problem | undefined>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof EventForm>(field: K, value: EventForm[K]) => {
    setForm({ ...form, [field]: value });
    setSaved(false);
  };
  const leadId = form.leadId || units.data?.items[0]?.id || 0;

  const submit = async (submitted: FormEvent) => {
    submitted.preventDefault();
    setBusy(true);
    setProblem(undefined);
    const text = (value: string) => value.trim() || undefined;
    const details = {
      name: form.name,
      level: form.level,
      startDate: form.startDate,
      endDate: form.endDate,
      venue: text(form.venue),
      description: text(form.description),
    };
    const outcome = event.data
      ? await send(
          () =>
            api.PATCH('/api/v1/events/{id}', {
              params: { path: { id: event.data!.id } },
              body: {
                ...details,
                venue: text(form.venue) ?? null,
                description: text(form.description) ?? null,
                ...(event.data!.state === 'draft' && { kind: form.kind }),
                version: event.data!.version,
              },
            }),
          t('errors.network'),
        )
      : await send(
          () =>
            api.POST('/api/v1/events', {
              body: { ...details, kind: form.kind, organisationIds: leadId ? [leadId] : [] },
            }),
          t('errors.network'),
        );
    setBusy(false);
    if ('problem' in outcome) return setProblem(outcome.problem);
    queryClient.setQueryData(['event', outcome.data.id], outcome.data);
    await queryClient.invalidateQueries({ queryKey: ['events'] });
    setSaved(true);
    if (!event.data) navigate(`/events/${outcome.data.id}`, { replace: true });
  };

  if (eventId !== null && event.isPending) return <p role="status">{t('app.loading')}</p>;
  if (eventId !== null && !event.data) return <p role="alert">{t('app.notFound')}</p>;
  const errors = fieldErrors(problem);
  const existing = event.data ?? null;
  return (
    <section>
      <p>
        <Link href="/events">{t('events.title')}</Link>
      </p>
      <h1>{existing ? existing.name : t('events.create')}</h1>
      {existing && <EventStateActions event={existing} />}
      <form onSubmit={(e) => void submit(e)} noValidate className="narrow">
        <h2>{t('events.details')}</h2>
        <FormError message={formWide(problem, FIELDS, t('errors.unexpected'))} />
        <Field
          label={t('events.name')}
          value={form.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          autoComplete="off"
        />
        <SelectField
          label={t('events.kind')}
          value={form.kind}
          disabled={existing !== null && existing.state !== 'draft'}
          onChange={(kind) => set('kind', kind)}
          error={errors.kind}
          options={EVENT_KINDS.map((kind) => ({ id: kind, label: t(`events.kind_${kind}`) }))}
        />
        <SelectField
          label={t('events.level')}
          value={form.level}
          onChange={(level) => set('level', level)}
          error={errors.level}
          options={EVENT_LEVELS.map((level) => ({ id: level, label: t(`events.level_${level}`) }))}
        />
        {!existing && (
          <SelectField
            label={t('events.lead')}
            hint={t('events.leadHint')}
            value={leadId}
            onChange={(id) => set('leadId', id)}
            error={errors.organisationIds ?? errors['organisationIds.0']}
            options={(units.data?.items ?? []).map((unit) => ({ id: unit.id, label: unit.name }))}
          />
        )}
        <Field
          label={t('events.startDate')}
          type="date"
          value={form.startDate}
          onChange={(e) => set('startDate', e.target.value)}
          error={errors.startDate}
        />
        <Field
          label={t('events.endDate')}
          type="date"
          value={form.endDate}
          onChange={(e) => set('endDate', e.target.value)}
          error={errors.endDate}
        />
        <Field
          label={t('events.venue')}
          value={form.venue}
          onChange={(e) => set('venue', e.target.value)}
          error={errors.venue}
        />
        <Field
          label={t('events.description')}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
        />
        <button type="submit" className="primary" disabled={busy}>
          {existing ? t('events.save') : t('events.createSubmit')}
        </button>
        {saved && (
          <p className="saved" role="status">
            {t('events.saved')}
          </p>
        )}
      </form>
      {existing && <EventOrganisers event={existing} />}
      {existing && <EventCategories eventId={existing.id} />}
    </section>
  );
}

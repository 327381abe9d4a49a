import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { send } from '../api/send';

type EventView = components['schemas']['EventView'];

/**
 * The event's organising units (the lead first) and invitations to co-organise: a unit joins once one of its
 * organisers accepts, so an invitation sent shows as waiting until it is answered (a declined one may be sent
 * again).
 */
export function EventOrganisers({ event }: { event: EventView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [q, setQ] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const found = useQuery({
    queryKey: ['event-invitable', event.id, q.trim()],
    enabled: q.trim().length >= 2,
    queryFn: async () =>
      (
        await api.GET('/api/v1/events/{id}/invitable-organisations', {
          params: { path: { id: event.id }, query: { q: q.trim() } },
        })
      ).data ?? [],
  });
  const invitations = useQuery({
    queryKey: ['event-invitations', event.id],
    queryFn: async () =>
      (await api.GET('/api/v1/events/{id}/invitations', { params: { path: { id: event.id } } })).data ?? [],
  });
  const unanswered = (invitations.data ?? []).filter((invitation) => invitation.state !== 'accepted');
  const waiting = new Set(
    unanswered
      .filter((invitation) => invitation.state === 'pending')
      .map((invitation) => invitation.organisationId),
  );
  const invite = async (unit: { id: number; name: string }) => {
    setProblem(undefined);
    const outcome = await send(
      () =>
        api.POST('/api/v1/events/{id}/invitations', {
          params: { path: { id: event.id } },
          body: { organisationId: unit.id },
        }),
      t('errors.network'),
    );
    if ('problem' in outcome) return setProblem(outcome.problem);
    await queryClient.invalidateQueries({ queryKey: ['event-invitations', event.id] });
  };
  const errors = fieldErrors(problem);
  return (
    <section aria-labelledby="organisers">
      <h2 id="organisers">{t('events.organisers')}</h2>
      <ul>
        {event.organisations.map((unit, index) => (
          <li key={unit.id}>
            {unit.name}
            {index === 0 && <span className="badge">{t('events.leadBadge')}</span>}
          </li>
        ))}
        {unanswered.map((invitation) => (
          <li key={invitation.id}>
            {invitation.organisationName}{' '}
            <span className="badge">
              {t(invitation.state === 'pending' ? 'events.invitationWaiting' : 'events.invitationDeclined')}
            </span>
          </li>
        ))}
      </ul>
      <FormError
        message={problem && !errors.organisationId ? (problem.detail ?? t('errors.unexpected')) : null}
      />
      <Field
        label={t('events.inviteSearch')}
        hint={t('events.inviteHint')}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        error={errors.organisationId}
      />
      <ul className="plain">
        {found.data
          ?.filter((unit) => !waiting.has(unit.id))
          .map((unit) => (
            <li key={unit.id}>
              {unit.name}{' '}
              <button type="button" onClick={() => void invite(unit)}>
                {t('events.invite')}
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { fieldErrors, type Problem } from '../api/problem';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { EVENT_STATES, type EventState } from './event-options';
import { send } from '../api/send';

type EventView = components['schemas']['EventView'];

/** The event's state and the moves it may make; a step back needs a reason, kept in the audit log. */
export function EventStateActions({ event }: { event: EventView }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [busy, setBusy] = useState(false);
  const isBack = (to: EventState) => EVENT_STATES.indexOf(to) < EVENT_STATES.indexOf(event.state);
  const move = async (to: EventState) => {
    setBusy(true);
    setProblem(undefined);
    const outcome = await send(
      () =>
        api.POST('/api/v1/events/{id}/transitions', {
          params: { path: { id: event.id } },
          body: { to, ...(reason.trim() && { reason: reason.trim() }) },
        }),
      t('errors.network'),
    );
    setBusy(false);
    if ('problem' in outcome) return setProblem(outcome.problem);
    setReason('');
    queryClient.setQueryData(['event', event.id], outcome.data);
    await queryClient.invalidateQueries({ queryKey: ['events'] });
  };
  const errors = fieldErrors(problem);
  return (
    <div className="status">
      <p>
        {t('events.state')}: <span className="badge">{t(`events.state_${event.state}`)}</span>
      </p>
      <FormError message={problem && !errors.reason ? (problem.detail ?? t('errors.unexpected')) : null} />
      {event.nextStates.some(isBack) && (
        <Field
          label={t('events.transitionReason')}
          hint={t('events.transitionReasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
        />
      )}
      <p className="actions-row">
        {event.nextStates.map((to) => (
          <button key={to} type="button" disabled={busy} onClick={() => void move(to)}>
            {t(isBack(to) ? 'events.moveBack' : 'events.moveTo', { state: t(`events.state_${to}`) })}
          </button>
        ))}
      </p>
    </div>
  );
}

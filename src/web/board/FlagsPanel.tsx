import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client';
import { formatDecimal } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { BOARD_REFRESH_MS } from './SheetProgress';
import { send } from '../api/send';

/** Entries whose judges' totals spread beyond the round's limit: each needs an organiser's confirmation. */
export function FlagsPanel({ roundId }: { roundId: number }) {
  const { t, language } = useI18n();
  const queryClient = useQueryClient();
  const flags = useQuery({
    queryKey: ['board', roundId, 'flags'],
    refetchInterval: BOARD_REFRESH_MS,
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}/flags', { params: { path: { id: roundId } } })).data ?? null,
  });
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const confirm = async (entryId: number) => {
    setFailure(null);
    const note = notes[entryId]?.trim();
    const sent = await send(
      () =>
        api.POST('/api/v1/rounds/{id}/flags/{entryId}/confirm', {
          params: { path: { id: roundId, entryId } },
          body: note ? { note } : {},
        }),
      t('errors.network'),
    );
    if ('problem' in sent) setFailure(sent.problem.detail ?? t('errors.unexpected'));
    await queryClient.invalidateQueries({ queryKey: ['board', roundId] });
  };

  const items = flags.data?.items ?? [];
  return (
    <div className="card">
      <h2>{t('board.flagsTitle')}</h2>
      <p className="hint">{t('board.flagsHint')}</p>
      <FormError message={failure} />
      {items.length === 0 && <p>{t('board.noFlags')}</p>}
      <ul className="plain">
        {items.map((flag) => (
          <li key={flag.entryId} data-flag={flag.entryCode}>
            <p>
              {t('board.flagLine', {
                code: flag.entryCode,
                spread: formatDecimal(flag.spread, language),
                limit: formatDecimal(flag.limit, language),
              })}{' '}
              {flag.confirmed && <span className="badge">{t('board.flagConfirmed')}</span>}
            </p>
            {!flag.confirmed && (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  void confirm(flag.entryId);
                }}
              >
                <Field
                  label={t('board.flagNote', { code: flag.entryCode })}
                  value={notes[flag.entryId] ?? ''}
                  onChange={(event) => setNotes({ ...notes, [flag.entryId]: event.target.value })}
                />
                <button type="submit">{t('board.confirmFlag', { code: flag.entryCode })}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

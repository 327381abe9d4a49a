import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';

/** How often the board asks again while judges mark: often enough to follow, light on a venue's network. */
export const BOARD_REFRESH_MS = 3000;

/** One judge's sheet on the board: cells filled of those owed, and whether it was submitted. */
export function SheetProgress({
  roundId,
  judgeId,
  fullName,
}: {
  roundId: number;
  judgeId: number;
  fullName: string;
}) {
  const { t } = useI18n();
  const sheet = useQuery({
    queryKey: ['board', roundId, 'sheet', judgeId],
    refetchInterval: BOARD_REFRESH_MS,
    queryFn: async () =>
      (
        await api.GET('/api/v1/rounds/{id}/sheet', {
          params: { path: { id: roundId }, query: { judgeId } },
        })
      ).data ?? null,
  });
  const data = sheet.data;
  return (
    <li className="card" data-judge={judgeId}>
      <p>
        <strong>{fullName}</strong> {data?.absent && <span className="badge">{t('board.absent')}</span>}
        {data?.submittedAt && <span className="badge">{t('board.submitted')}</span>}
      </p>
      {data && (
        <>
          <progress
            value={data.filled}
            max={Math.max(data.owed, 1)}
            aria-label={t('board.progressOf', { name: fullName })}
          />
          <p>{t('board.filled', { filled: data.filled, owed: data.owed })}</p>
          {data.submittedAt && (
            <p className="hint">{t('board.submittedAt', { at: formatDateTime(data.submittedAt) })}</p>
          )}
        </>
      )}
    </li>
  );
}

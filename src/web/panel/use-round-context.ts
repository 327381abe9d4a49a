import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** The round, its event (for the units where it runs) and the category's entries: what the panel screens name. */
export function useRoundContext(roundId: number) {
  const round = useQuery({
    queryKey: ['round', roundId],
    queryFn: async () =>
      (await api.GET('/api/v1/rounds/{id}', { params: { path: { id: roundId } } })).data ?? null,
  });
  const eventId = round.data?.eventId;
  const event = useQuery({
    queryKey: ['event', eventId],
    enabled: eventId !== undefined,
    queryFn: async () =>
      (await api.GET('/api/v1/events/{id}', { params: { path: { id: eventId! } } })).data ?? null,
  });
  const categoryId = round.data?.categoryId;
  const entries = useQuery({
    queryKey: ['entries', categoryId, 'list'],
    enabled: categoryId !== undefined,
    queryFn: async () =>
      (
        await api.GET('/api/v1/categories/{id}/entries', {
          params: { path: { id: categoryId! }, query: { pageSize: 100, state: 'active' } },
        })
      ).data ?? null,
  });
  return { round, event, entries };
}

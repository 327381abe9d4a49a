import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Schemas } from '../api/types';

export type Run = Schemas['ShortlistView'];
export type Candidate = Schemas['CandidateView'];
export type Decision = 'accepted' | 'waitlisted' | 'rejected';
export const DECISIONS: Decision[] = ['accepted', 'waitlisted', 'rejected'];

/** What the API stores as a run's parameters (run-parameters.ts), as far as the screens show them. */
export interface RunParameters {
  disciplineIds: number[];
  referenceDate: string;
  ageBands: { min: number; max: number }[];
  period: { from: string; to: string };
  localityIds: number[] | null;
  selection: { mode: 'top'; perBand: number } | { mode: 'threshold'; minScore: string };
  localQuota: number | null;
  talent: { weights: { contests: number; assessments: number; attendance: number } };
}

export const parametersOf = (run: Run) => run.parameters as unknown as RunParameters;
export const isBuilding = (run: Run) => run.state === 'pending' || run.state === 'building';

/** A run, polled every second while it is pending or building, so the progress bar moves on its own. */
export function useRun(id: number) {
  return useQuery({
    queryKey: ['shortlist', id],
    queryFn: async () =>
      (await api.GET('/api/v1/shortlists/{id}', { params: { path: { id } } })).data ?? null,
    refetchInterval: (query) => (query.state.data && isBuilding(query.state.data) ? 1000 : false),
  });
}

/** Every candidate of a run (the API pages by 100), with the API's filters. */
export async function allCandidates(
  id: number,
  filters: { localityId?: number; decision?: Decision | 'none' } = {},
): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (let page = 1; ; page++) {
    const { data } = await api.GET('/api/v1/shortlists/{id}/candidates', {
      params: { path: { id }, query: { page, pageSize: 100, ...filters } },
    });
    if (!data) throw new Error('candidates');
    found.push(...data.items);
    if (found.length >= data.total || data.items.length === 0) return found;
  }
}

/** Every locality's name by id (all dates), for candidates' home units and the representation's groups. */
export function useLocalityNames() {
  return useQuery({
    queryKey: ['localities', 'all'],
    staleTime: Infinity,
    queryFn: async () => {
      const { data } = await api.GET('/api/v1/localities', { params: { query: { pageSize: 1000 } } });
      return new Map((data?.items ?? []).map((unit) => [unit.id, unit.name]));
    },
  });
}

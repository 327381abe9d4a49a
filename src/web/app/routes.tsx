import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type Page = LazyExoticComponent<ComponentType<{ params: Record<string, string> }>>;

export interface Route {
  pattern: string;
  page: Page;
  /** Reachable without signing in (the public results page). */
  public?: boolean;
}

// Each screen is its own chunk: a judge's phone downloads the sheet, a parent's the results, not the whole app.
export const routes: Route[] = [
  { pattern: '/r/:roundId', page: lazy(() => import('../public/PublicResultsPage')), public: true },
  { pattern: '/judging', page: lazy(() => import('../judging/MyRoundsPage')) },
  { pattern: '/judging/rounds/:roundId', page: lazy(() => import('../judging/JudgeSheetPage')) },
  { pattern: '/judging/rounds/:roundId/panel', page: lazy(() => import('../judging/PanelSheetsPage')) },
  {
    pattern: '/judging/rounds/:roundId/judges/:judgeId',
    page: lazy(() => import('../judging/JudgeSheetPage')),
  },
  { pattern: '/results/rounds/:roundId', page: lazy(() => import('../results/RoundResultsPage')) },
  { pattern: '/results/rounds/:roundId/print', page: lazy(() => import('../results/ResultSheetPrintPage')) },
];

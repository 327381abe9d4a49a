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
  { pattern: '/categories/:categoryId/entries', page: lazy(() => import('../entries/EntriesPage')) },
  { pattern: '/rounds/:roundId/panel-setup', page: lazy(() => import('../panel/PanelSetupPage')) },
  { pattern: '/rounds/:roundId/board', page: lazy(() => import('../board/JudgingBoardPage')) },
  { pattern: '/clubs', page: lazy(() => import('../clubs/MyClubsPage')) },
  { pattern: '/clubs/:clubId', page: lazy(() => import('../clubs/ClubPage')) },
  { pattern: '/clubs/:clubId/assess/:participantId', page: lazy(() => import('../clubs/AssessmentPage')) },
  { pattern: '/sessions/:sessionId', page: lazy(() => import('../clubs/AttendancePage')) },
  { pattern: '/trainees', page: lazy(() => import('../clubs/MyTraineesPage')) },
  { pattern: '/trainees/:participantId', page: lazy(() => import('../clubs/ProgressPage')) },
  { pattern: '/admin/users', page: lazy(() => import('../admin/UsersPage')) },
  { pattern: '/admin/users/:userId', page: lazy(() => import('../admin/UserPage')) },
  { pattern: '/admin/organisations', page: lazy(() => import('../admin/OrganisationsPage')) },
  { pattern: '/admin/localities', page: lazy(() => import('../admin/LocalitiesPage')) },
  { pattern: '/admin/audit', page: lazy(() => import('../admin/AuditPage')) },
  { pattern: '/admin/queues', page: lazy(() => import('../admin/QueuesPage')) },
  { pattern: '/reports', page: lazy(() => import('../reports/ReportsPage')) },
  { pattern: '/participants', page: lazy(() => import('../participants/ParticipantsPage')) },
  { pattern: '/participants/new', page: lazy(() => import('../participants/RegisterPage')) },
  { pattern: '/participants/import', page: lazy(() => import('../participants/ImportPage')) },
  { pattern: '/participants/:participantId', page: lazy(() => import('../participants/ParticipantPage')) },
  { pattern: '/events', page: lazy(() => import('../events/EventsPage')) },
  { pattern: '/events/new', page: lazy(() => import('../events/EventPage')) },
  { pattern: '/events/:eventId', page: lazy(() => import('../events/EventPage')) },
  { pattern: '/events/:eventId/categories/new', page: lazy(() => import('../events/CategoryPage')) },
  { pattern: '/categories/:categoryId', page: lazy(() => import('../events/CategoryPage')) },
  { pattern: '/categories/:categoryId/rounds/new', page: lazy(() => import('../events/RoundSetupPage')) },
  { pattern: '/rounds/:roundId/setup', page: lazy(() => import('../events/RoundSetupPage')) },
  { pattern: '/shortlists', page: lazy(() => import('../shortlists/ShortlistsPage')) },
  { pattern: '/shortlists/new', page: lazy(() => import('../shortlists/NewShortlistPage')) },
  { pattern: '/shortlists/:id', page: lazy(() => import('../shortlists/ShortlistPage')) },
  { pattern: '/shortlists/:id/representation', page: lazy(() => import('../shortlists/RepresentationPage')) },
  { pattern: '/shortlists/:id/compare', page: lazy(() => import('../shortlists/ComparePage')) },
  { pattern: '/fostering-programmes', page: lazy(() => import('../shortlists/ProgrammesPage')) },
];

/**
 * The facts each figure of a summary counts, as SQL fragments the repository assembles: where a fact lives
 * (locality, discipline, organisation and the organisation's path for scope) and when (a day, or a period).
 */

export const DIMENSIONS = ['locality', 'discipline', 'organisation', 'year'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface FactSource {
  from: string;
  where?: string;
  locality: string;
  discipline: string;
  organisation: string;
  organisationPath: string;
  /** A fact of one day, or one spanning [start, end] (null: open). */
  time: { date: string } | { start: string; end: string };
  /** The id of the record placed in a locality (for the placement statistics). */
  record: string;
  /** The tables the placement statistics need, when `from` joins tables that only repeat a record. */
  recordsFrom?: string;
  measures: string;
  /**
   * A cheaper statement for readers of exact counts, when `measures` count children only for the small-cell
   * rule (which those readers are not under): the same figures but those counts.
   */
  exact?: { from: string; measures: string };
  /** A further grouping column (a prize's name). */
  extraGroup?: string;
}

const CLUB = 'JOIN organisations o ON o.id = c.organisation_id';
const SESSIONS = `club_sessions s JOIN clubs c ON c.id = s.club_id ${CLUB}`;

export const SOURCES = {
  clubs: {
    from: `clubs c ${CLUB}`,
    locality: 'c.locality_id',
    discipline: 'c.discipline_id',
    organisation: 'c.organisation_id',
    organisationPath: 'o.path',
    time: { start: 'c.valid_from', end: 'c.valid_to' },
    record: 'c.id',
    measures: 'COUNT(DISTINCT c.id) AS clubs',
  },
  trainees: {
    from: `club_memberships ms JOIN clubs c ON c.id = ms.club_id ${CLUB}`,
    locality: 'c.locality_id',
    discipline: 'c.discipline_id',
    organisation: 'c.organisation_id',
    organisationPath: 'o.path',
    time: { start: 'ms.joined_on', end: 'ms.left_on' },
    record: 'ms.id',
    measures: 'COUNT(DISTINCT ms.participant_id) AS activeTrainees',
  },
  sessions: {
    from: `${SESSIONS} LEFT JOIN attendance a ON a.session_id = s.id`,
    locality: 'c.locality_id',
    discipline: 'c.discipline_id',
    organisation: 'c.organisation_id',
    organisationPath: 'o.path',
    time: { date: 's.date' },
    record: 's.id',
    recordsFrom: SESSIONS,
    measures: `COUNT(DISTINCT s.id) AS sessionsHeld,
      COALESCE(SUM(a.status = 'present'), 0) AS present, COALESCE(SUM(a.status = 'absent'), 0) AS absent,
      COUNT(DISTINCT CASE WHEN a.status IN ('present', 'absent') THEN a.participant_id END) AS attendanceChildren`,
    // Each session's counts as kept with it (ClubSession.presentCount), so that the grouping meets sessions
    // rather than every mark.
    exact: {
      from: SESSIONS,
      measures: `COUNT(DISTINCT s.id) AS sessionsHeld, COALESCE(SUM(s.present_count), 0) AS present,
        COALESCE(SUM(s.absent_count), 0) AS absent`,
    },
  },
  events: {
    from: `events e JOIN event_organisations eo ON eo.event_id = e.id AND eo.position = 1
      JOIN organisations o ON o.id = eo.organisation_id LEFT JOIN categories cat ON cat.event_id = e.id`,
    where: "e.state <> 'draft'",
    locality: 'e.locality_id',
    discipline: 'cat.discipline_id',
    organisation: 'eo.organisation_id',
    organisationPath: 'o.path',
    time: { date: 'e.start_date' },
    record: 'e.id',
    measures: ['grassroots', 'district', 'provincial', 'national']
      .map((level) => `COUNT(DISTINCT CASE WHEN e.level = '${level}' THEN e.id END) AS ${level}`)
      .join(', '),
  },
  entries: {
    from: `entries en JOIN categories cat ON cat.id = en.category_id JOIN events e ON e.id = cat.event_id
      JOIN organisations o ON o.id = en.organisation_id JOIN entry_members em ON em.entry_id = en.id`,
    where: "en.state = 'active' AND e.state <> 'draft'",
    locality: 'en.locality_id',
    discipline: 'cat.discipline_id',
    organisation: 'en.organisation_id',
    organisationPath: 'o.path',
    time: { date: 'e.start_date' },
    record: 'en.id',
    measures: 'COUNT(DISTINCT en.id) AS entries, COUNT(DISTINCT em.participant_id) AS participants',
  },
  /**
   * Prizes of the latest publication of every round (only a category's last round awards them), read from
   * the publication's prized entries (ResultSnapshot.entryPrizes), never from its results (megabytes).
   */
  prizes: {
    from: `rounds r JOIN result_snapshots rs ON rs.round_id = r.id AND rs.version = r.published_version
      JOIN JSON_TABLE(rs.entry_prizes, '$[*]' COLUMNS (entry_id INT PATH '$[0]', prize VARCHAR(200) PATH '$[1]')) pz
      JOIN entries en ON en.id = pz.entry_id
      JOIN categories cat ON cat.id = r.category_id
      JOIN events e ON e.id = cat.event_id JOIN organisations o ON o.id = en.organisation_id`,
    locality: 'en.locality_id',
    discipline: 'cat.discipline_id',
    organisation: 'en.organisation_id',
    organisationPath: 'o.path',
    time: { date: 'e.start_date' },
    record: 'en.id',
    measures: 'COUNT(DISTINCT en.id) AS prizes',
    extraGroup: 'pz.prize',
  },
  /**
   * Candidates of the latest completed version of each shortlist lineage (a rebuild replaces the version
   * before it), in the year that version finished, the candidate's home locality, the run's unit and each of
   * its disciplines; accepted by the lineage's decision; enrolled through any version of the lineage.
   */
  shortlists: {
    from: `shortlist_runs r
      JOIN (SELECT lineage_id, MAX(lineage_version) AS latest FROM shortlist_runs WHERE state = 'completed'
            GROUP BY lineage_id) lr ON lr.lineage_id = r.lineage_id AND lr.latest = r.lineage_version
      JOIN organisations o ON o.id = r.organisation_id
      JOIN shortlist_candidates sc ON sc.run_id = r.id AND sc.via IS NOT NULL
      JOIN JSON_TABLE(r.parameters, '$.disciplineIds[*]' COLUMNS (discipline_id INT PATH '$')) rd
      LEFT JOIN shortlist_decisions sd ON sd.lineage_id = r.lineage_id AND sd.participant_id = sc.participant_id
      LEFT JOIN (SELECT DISTINCT er.lineage_id, fe.participant_id FROM fostering_enrolments fe
                 JOIN shortlist_runs er ON er.id = fe.run_id) fe
        ON fe.lineage_id = r.lineage_id AND fe.participant_id = sc.participant_id`,
    locality: 'sc.home_locality_id',
    discipline: 'rd.discipline_id',
    organisation: 'r.organisation_id',
    organisationPath: 'o.path',
    time: { date: 'DATE(r.finished_at)' },
    record: 'sc.participant_id',
    measures: `COUNT(DISTINCT sc.participant_id) AS shortlisted,
      COUNT(DISTINCT CASE WHEN sd.decision = 'accepted' THEN sc.participant_id END) AS accepted,
      COUNT(DISTINCT fe.participant_id) AS enrolled`,
  },
} satisfies Record<string, FactSource>;

export type SourceName = keyof typeof SOURCES;
export const SOURCE_NAMES = Object.keys(SOURCES) as SourceName[];

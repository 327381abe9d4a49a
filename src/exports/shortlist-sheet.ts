import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { covers, Scope } from '../access/scope';
import { todayInVietnam } from '../participants/participant-rules';
import { mayPublishName } from '../results/public-results';
import { ResultsRepository } from '../results/results.repository';
import { ShortlistRun } from '../shortlists/entities/shortlist-run.entity';
import type { Evidence } from '../shortlists/talent/talent-score';
import { DATE_FORMAT, SheetWriter, sheetDate, shownDate } from './sheets/sheet-writer';
import { DECISION_NAMES, TEXTS } from './sheets/sheet-texts';

interface CandidateSheetRow {
  participant_id: number;
  rank_in_band: number | null;
  band: number;
  score: string;
  evidence: Evidence[] | string;
  decision: string | null;
  organisation: string;
  organisation_path: string;
  locality: string | null;
}

/** Who may read a child's name in the sheet: staff reading the child's unit, or anyone where it may be published. */
export interface NameReaders {
  participantRead: Scope[];
}

/**
 * A shortlist version with its evidence: one row per evidence item of each candidate (a candidate without
 * evidence has one row), the candidate's columns repeated so the sheet can be filtered and sorted.
 */
export async function writeShortlistSheet(
  dataSource: DataSource,
  results: ResultsRepository,
  run: ShortlistRun,
  readers: NameReaders,
  stream: Writable,
): Promise<number> {
  const rows = await dataSource.query<CandidateSheetRow[]>(
    `SELECT c.participant_id, c.rank_in_band, c.band, c.score, c.evidence, d.decision,
            o.name AS organisation, o.path AS organisation_path, l.full_name AS locality
       FROM shortlist_candidates c
       JOIN participants p ON p.id = c.participant_id
       JOIN organisations o ON o.id = p.organisation_id
       LEFT JOIN localities l ON l.id = c.home_locality_id
       LEFT JOIN shortlist_decisions d ON d.lineage_id = ? AND d.participant_id = c.participant_id
      WHERE c.run_id = ? AND c.via IS NOT NULL
      ORDER BY c.band, c.rank_in_band, c.participant_id`,
    [run.lineageId, run.id],
  );
  const facts = await results.publicationFacts(
    dataSource.manager,
    rows.map((row) => row.participant_id),
  );
  const today = todayInVietnam();
  const { parameters } = run;
  const disciplines = await dataSource.query<{ name: string }[]>(
    'SELECT name FROM disciplines WHERE id IN (?) ORDER BY name',
    [parameters.disciplineIds.length ? parameters.disciplineIds : [0]],
  );
  const sheet = new SheetWriter(
    stream,
    TEXTS.shortlistSheet,
    [
      TEXTS.shortlistTitle(run.lineageId, run.lineageVersion),
      TEXTS.shortlistDisciplines(disciplines.map((row) => row.name).join(', ')),
      TEXTS.period(shownDate(parameters.period.from), shownDate(parameters.period.to)),
      TEXTS.referenceDate(shownDate(parameters.referenceDate)),
      ...(run.finishedAt ? [TEXTS.builtOn(shownDate(run.finishedAt.toISOString().slice(0, 10)))] : []),
    ],
    [
      { header: TEXTS.rank, width: 7 },
      { header: TEXTS.code, width: 10 },
      { header: TEXTS.name, width: 28 },
      { header: TEXTS.unit, width: 28 },
      { header: TEXTS.locality, width: 22 },
      { header: TEXTS.ageBand, width: 12 },
      { header: TEXTS.talentScore, width: 10, numFmt: '0.00' },
      { header: TEXTS.evidence, width: 44 },
      { header: TEXTS.evidenceDate, width: 12, numFmt: DATE_FORMAT },
      { header: TEXTS.contribution, width: 10, numFmt: '0.00' },
      { header: TEXTS.decision, width: 14 },
    ],
  );
  for (const row of rows) {
    const path = row.organisation_path;
    const person = facts.get(row.participant_id);
    const name =
      readers.participantRead.some((scope) => covers(scope, path)) || mayPublishName(person, today)
        ? (person?.fullName ?? '')
        : '';
    const band = parameters.ageBands[row.band];
    const evidence =
      typeof row.evidence === 'string' ? (JSON.parse(row.evidence) as Evidence[]) : row.evidence;
    const candidate = [
      row.rank_in_band,
      TEXTS.candidateCode(row.participant_id),
      name,
      row.organisation,
      row.locality,
      band ? TEXTS.band(band.min, band.max) : null,
      Number(row.score),
    ];
    const decision = row.decision ? (DECISION_NAMES[row.decision] ?? row.decision) : TEXTS.undecided;
    if (evidence.length === 0) sheet.addRow([...candidate, null, null, null, decision]);
    for (const item of evidence)
      sheet.addRow([...candidate, describe(item), evidenceDate(item), Number(item.contribution), decision]);
  }
  await sheet.finish();
  return sheet.rows;
}

function describe(item: Evidence): string {
  if (item.kind === 'result')
    return TEXTS.resultEvidence(item.eventName, item.roundName, item.rank, item.ranked, item.prize);
  if (item.kind === 'assessment') return TEXTS.assessmentEvidence;
  return TEXTS.attendanceEvidence(item.clubName, item.present, item.present + item.absent);
}

function evidenceDate(item: Evidence): Date | null {
  return item.kind === 'assessment' ? sheetDate(item.assessedOn.slice(0, 10)) : null;
}

import { Writable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CompetitionAccess } from '../competition/competition-access';
import { Round } from '../competition/entities/round.entity';
import { todayInVietnam } from '../participants/participant-rules';
import { SummaryFiguresView, SummaryQuery } from '../reports/dto/report.dto';
import { ReportsService } from '../reports/reports.service';
import { publicName } from '../results/public-results';
import { ResultsRepository } from '../results/results.repository';
import { participantIds } from '../results/results-view';
import { ResultsService } from '../results/results.service';
import { AccessService } from '../access/access.service';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { ExportKind } from './entities/export-job.entity';
import { ExportsRepository } from './exports.repository';
import {
  CellValue,
  DATE_FORMAT,
  decimalsFormat,
  SheetColumn,
  SheetWriter,
  sheetDate,
  shownDate,
} from './sheets/sheet-writer';
import { writeShortlistSheet } from './shortlist-sheet';
import { GENDER_NAMES, LEVEL_NAMES, TEXTS } from './sheets/sheet-texts';

/** What a build reports as it goes: percent done and rows written. */
export type Progress = (percent: number, rows: number) => Promise<void>;

export interface BuildContext {
  actor: Actor;
  params: Record<string, unknown>;
  stream: Writable;
  progress: Progress;
}

const PAGE_ROWS = 2000;

/**
 * The spreadsheets. Each reads what its requester may see (the same services and rules as the API), streams
 * its rows through SheetWriter and returns the file's name.
 */
@Injectable()
export class ExportBuilders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exportsRepository: ExportsRepository,
    private readonly competition: CompetitionAccess,
    private readonly results: ResultsRepository,
    private readonly resultsService: ResultsService,
    private readonly reports: ReportsService,
    private readonly shortlists: ShortlistsService,
    private readonly access: AccessService,
  ) {}

  build(kind: ExportKind, context: BuildContext): Promise<{ fileName: string; rows: number }> {
    const builders: Record<
      ExportKind,
      (context: BuildContext) => Promise<{ fileName: string; rows: number }>
    > = {
      round_results: (c) => this.roundResults(c),
      category_standing: (c) => this.categoryStanding(c),
      summary: (c) => this.summary(c),
      review: (c) => this.review(c),
      participants: (c) => this.participants(c),
      shortlist: (c) => this.shortlist(c),
    };
    return builders[kind](context);
  }

  /** The official result sheet of a round, from its latest publication. */
  private async roundResults({ actor, params, stream }: BuildContext) {
    const roundId = Number(params.roundId);
    const manager = this.dataSource.manager;
    const context = await this.competition.round(manager, actor, roundId, 'read');
    const snapshot = await this.results.publishedSnapshot(roundId);
    if (!snapshot) throw new Error('round_not_published');
    const { event, category, round, entries } = snapshot.results;
    const ids = participantIds(snapshot.results);
    // The event's organisers see every name; other readers only the names that may be published.
    const [names, facts] = await Promise.all([
      context.manages
        ? this.results.participantNames(manager, ids)
        : Promise.resolve(new Map<number, string>()),
      this.results.publicationFacts(manager, ids),
    ]);
    const today = todayInVietnam();
    const judges = new Map<number, string>();
    for (const entry of entries)
      for (const judge of entry.breakdown.judges)
        if (!judges.has(judge.judgeId)) judges.set(judge.judgeId, judge.fullName);
    const judgeIds = [...judges.keys()];
    const score = decimalsFormat(context.round.decimals);
    const sheet = new SheetWriter(
      stream,
      TEXTS.resultsSheet,
      [
        event.name,
        TEXTS.category(category.name, round.name),
        TEXTS.dates(shownDate(event.startDate), shownDate(event.endDate)),
        TEXTS.level(LEVEL_NAMES[event.level]),
        TEXTS.publication(snapshot.version, shownDate(snapshot.publishedAt.toISOString().slice(0, 10))),
      ],
      [
        { header: TEXTS.rank, width: 7 },
        { header: TEXTS.code, width: 14 },
        { header: TEXTS.name, width: 30 },
        { header: TEXTS.unit, width: 30 },
        { header: TEXTS.locality, width: 24 },
        ...judgeIds.map((id, index) => ({
          header: TEXTS.judge(index + 1, judges.get(id)!),
          width: 14,
          numFmt: score,
        })),
        { header: TEXTS.finalScore, width: 10, numFmt: score },
        { header: TEXTS.prize, width: 16 },
      ],
    );
    const ordered = [...entries].sort(
      (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code),
    );
    for (const entry of ordered) {
      const name = context.manages
        ? category.format === 'team' && entry.teamName
          ? entry.teamName
          : entry.members.map((member) => names.get(member.participantId) ?? '').join(', ')
        : publicName(entry, category.format, facts, today);
      const totals = new Map(entry.breakdown.judges.map((judge) => [judge.judgeId, judge.total]));
      sheet.addRow([
        entry.rank,
        entry.code,
        name,
        entry.organisationName,
        entry.localityName,
        ...judgeIds.map((id) => decimal(totals.get(id) ?? null)),
        decimal(entry.finalScore),
        entry.prize,
      ]);
    }
    await sheet.finish();
    return { fileName: `ket-qua-${category.code}-vong-${round.position}.xlsx`, rows: sheet.rows };
  }

  /** A category's final standing over its published rounds. */
  private async categoryStanding({ actor, params, stream }: BuildContext) {
    const standing = await this.resultsService.standing(actor, Number(params.categoryId));
    const last = await this.dataSource.manager.findOneByOrFail(Round, {
      id: standing.rounds.at(-1)!.roundId,
    });
    const { event } = await this.competition.category(
      this.dataSource.manager,
      actor,
      standing.category.id,
      'manage',
    );
    const score = decimalsFormat(last.decimals);
    const sheet = new SheetWriter(
      stream,
      TEXTS.standingSheet,
      [
        event.name,
        TEXTS.standingTitle(standing.category.name),
        TEXTS.dates(shownDate(event.startDate), shownDate(event.endDate)),
        TEXTS.level(LEVEL_NAMES[event.level]),
      ],
      [
        { header: TEXTS.rank, width: 7 },
        { header: TEXTS.code, width: 14 },
        { header: TEXTS.name, width: 30 },
        { header: TEXTS.unit, width: 30 },
        { header: TEXTS.locality, width: 24 },
        ...standing.rounds.map((round) => ({
          header: TEXTS.roundScore(round.name),
          width: 14,
          numFmt: score,
        })),
        { header: TEXTS.overall, width: 12, numFmt: score },
        { header: TEXTS.prize, width: 16 },
      ],
    );
    for (const entry of standing.entries) {
      const byRound = new Map(entry.breakdown.rounds.map((round) => [round.roundId, round.score]));
      sheet.addRow([
        entry.rank,
        entry.code,
        entry.teamName ?? entry.members.map((member) => member.fullName ?? '').join(', '),
        entry.organisationName,
        entry.localityName,
        ...standing.rounds.map((round) => decimal(byRound.get(round.roundId) ?? null)),
        decimal(entry.finalScore),
        entry.prize,
      ]);
    }
    await sheet.finish();
    return { fileName: `xep-hang-${standing.category.code}.xlsx`, rows: sheet.rows };
  }

  /** The summary report as a table: one row per group, then the total. */
  private async summary({ actor, params, stream }: BuildContext) {
    const query = params as unknown as SummaryQuery;
    const summary = await this.reports.summaryFor(this.reports.reader(actor), query);
    const prizeNames = Object.keys(summary.total.prizesByName);
    const dimensionHeaders: Record<string, string> = {
      locality: TEXTS.locality,
      discipline: TEXTS.discipline,
      organisation: TEXTS.organisation,
      year: TEXTS.year,
    };
    const title = [TEXTS.summaryTitle, TEXTS.period(shownDate(summary.from), shownDate(summary.to))];
    if (summary.placement) title.push(TEXTS.localitiesAt(shownDate(summary.placement.localitiesAt)));
    if (summary.smallCellsHidden) title.push(TEXTS.smallCells);
    const sheet = new SheetWriter(stream, TEXTS.summarySheet, title, [
      ...summary.groupBy.map((dimension) => ({
        header: dimensionHeaders[dimension],
        width: dimension === 'year' ? 8 : 30,
      })),
      ...figureColumns(prizeNames),
    ]);
    for (const row of summary.rows) {
      const key = summary.groupBy.map((dimension): CellValue => {
        if (dimension === 'year') return row.key.year ?? null;
        if (dimension === 'locality') return row.key.locality?.fullName ?? TEXTS.unplaced;
        if (dimension === 'discipline') return row.key.discipline?.name ?? null;
        return row.key.organisation?.name ?? null;
      });
      sheet.addRow([...key, ...figureCells(row.figures, prizeNames)]);
    }
    sheet.addRow([
      TEXTS.total,
      ...summary.groupBy.slice(1).map(() => null),
      ...figureCells(summary.total, prizeNames),
    ]);
    await sheet.finish();
    return { fileName: `bao-cao-${summary.from}-${summary.to}.xlsx`, rows: sheet.rows };
  }

  /** The review: one row per figure, one column per year, then the change over the period. */
  private async review({ actor, params, stream }: BuildContext) {
    const review = await this.reports.reviewFor(this.reports.reader(actor), {
      from: String(params.from),
      to: String(params.to),
    });
    const title = [TEXTS.reviewTitle, TEXTS.period(shownDate(review.from), shownDate(review.to))];
    if (review.smallCellsHidden) title.push(TEXTS.smallCells);
    const sheet = new SheetWriter(stream, TEXTS.reviewSheet, title, [
      { header: TEXTS.figure, width: 30 },
      ...review.years.map((year) => ({ header: String(year), width: 10 })),
      { header: TEXTS.change, width: 10 },
      { header: TEXTS.changePercent, width: 12, numFmt: '0.0' },
    ]);
    for (const [name, series] of Object.entries(review.figures)) {
      const trend = series.trend as { change: number | null; changePercent: number | null };
      sheet.addRow([
        figureLabel(name),
        ...series.years.map((year) => year.value),
        trend.change,
        trend.changePercent,
      ]);
    }
    await sheet.finish();
    return { fileName: `so-ket-tong-ket-${review.from}-${review.to}.xlsx`, rows: sheet.rows };
  }

  /** A shortlist version with each candidate's evidence and decision. */
  private async shortlist({ actor, params, stream }: BuildContext) {
    const run = await this.shortlists.visibleRun(actor, Number(params.shortlistId));
    const rows = await writeShortlistSheet(
      this.dataSource,
      this.results,
      run,
      {
        participantRead: [
          this.access.scope(actor, 'participant.read'),
          this.access.scope(actor, 'participant.read_limited'),
        ],
      },
      stream,
    );
    return { fileName: `danh-sach-tai-nang-${run.lineageId}-v${run.lineageVersion}.xlsx`, rows };
  }

  /** A unit's participants (its subtree), with personal fields as the requester's role allows. */
  private async participants({ params, stream, progress }: BuildContext) {
    const organisationId = Number(params.organisationId);
    const full = params.personal === 'full';
    const [unit] = await this.dataSource.query<{ name: string; path: string }[]>(
      'SELECT name, path FROM organisations WHERE id = ?',
      [organisationId],
    );
    const total = await this.exportsRepository.countParticipants(unit.path);
    const columns: SheetColumn[] = [
      { header: TEXTS.number, width: 7 },
      { header: TEXTS.name, width: 30 },
      { header: TEXTS.gender, width: 9 },
      ...(full ? [{ header: TEXTS.dateOfBirth, width: 12, numFmt: DATE_FORMAT }] : []),
      { header: TEXTS.locality, width: 24 },
      { header: TEXTS.school, width: 28 },
      { header: TEXTS.unit, width: 30 },
      ...(full
        ? [
            { header: TEXTS.guardian, width: 26 },
            { header: TEXTS.relationship, width: 10 },
            { header: TEXTS.phone, width: 14 },
          ]
        : []),
    ];
    const sheet = new SheetWriter(
      stream,
      TEXTS.participantsSheet,
      [TEXTS.participantsTitle(unit.name), TEXTS.exportedOn(shownDate(todayInVietnam()))],
      columns,
    );
    let afterId = 0;
    for (;;) {
      const page = await this.exportsRepository.participantsPage(unit.path, afterId, PAGE_ROWS);
      for (const person of page) {
        sheet.addRow([
          sheet.rows + 1,
          person.full_name,
          GENDER_NAMES[person.gender] ?? person.gender,
          ...(full ? [sheetDate(person.date_of_birth)] : []),
          person.locality,
          person.school,
          person.organisation,
          ...(full ? [person.guardian_name, person.guardian_relationship, person.guardian_phone] : []),
        ]);
      }
      if (page.length < PAGE_ROWS) break;
      afterId = page.at(-1)!.id;
      await progress(Math.min(99, Math.floor((sheet.rows / Math.max(total, 1)) * 100)), sheet.rows);
    }
    await sheet.finish();
    return { fileName: `danh-sach-${organisationId}.xlsx`, rows: sheet.rows };
  }
}

/** A decimal string as a spreadsheet number (scores are exact strings; the sheet's format shows the decimals). */
function decimal(value: string | null): number | null {
  return value === null ? null : Number(value);
}

function figureColumns(prizeNames: string[]): SheetColumn[] {
  return [
    { header: TEXTS.figures.clubs, width: 12 },
    { header: TEXTS.figures.activeTrainees, width: 12 },
    { header: TEXTS.figures.sessionsHeld, width: 12 },
    { header: TEXTS.figures.attendanceRate, width: 12, numFmt: '0.0%' },
    ...Object.values(LEVEL_NAMES).map((level) => ({ header: TEXTS.figures.events(level), width: 14 })),
    { header: TEXTS.figures.entries, width: 12 },
    { header: TEXTS.figures.participants, width: 12 },
    ...prizeNames.map((prize) => ({ header: TEXTS.figures.prize(prize), width: 14 })),
    { header: TEXTS.figures.shortlisted, width: 14 },
    { header: TEXTS.figures.accepted, width: 12 },
    { header: TEXTS.figures.enrolled, width: 14 },
  ];
}

function figureCells(figures: SummaryFiguresView, prizeNames: string[]): CellValue[] {
  return [
    figures.clubs,
    figures.activeTrainees,
    figures.sessionsHeld,
    figures.attendanceRate,
    ...Object.keys(LEVEL_NAMES).map((level) => figures.eventsByLevel[level] ?? 0),
    figures.entries,
    figures.participants,
    ...prizeNames.map((prize) => figures.prizesByName[prize] ?? 0),
    figures.shortlisted,
    figures.accepted,
    figures.enrolled,
  ];
}

function figureLabel(name: string): string {
  const [head, rest] = name.split('.', 2) as [string, string | undefined];
  if (head === 'eventsByLevel') return TEXTS.figures.events(LEVEL_NAMES[rest as keyof typeof LEVEL_NAMES]);
  if (head === 'prizesByName') return TEXTS.figures.prize(name.slice('prizesByName.'.length));
  return (TEXTS.figures as unknown as Record<string, string>)[head] ?? name;
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, invalidField } from '../common/errors/app-error';
import { LruCache } from '../common/lru-cache';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { disagreementFlags } from '../competition/flags';
import { BoardGeneration } from '../generations/board-generation';
import { RoundMaterials, RoundMaterialsReader } from '../competition/round-materials';
import { inTransaction } from '../database/transaction';
import { updateVersioned } from '../database/versioned-update';
import { Round } from '../competition/entities/round.entity';
import { todayInVietnam } from '../participants/participant-rules';
import { JobsService } from '../queue/jobs.service';
import { PublicResults, publicResults } from './public-results';
import { Readiness, readiness } from './readiness';
import { CategoryStanding, categoryStanding } from './standing';
import { PublicationRow, ResultsRepository, StoredSnapshot } from './results.repository';
import {
  participantIds,
  PublishedResults,
  EntrySummaryView,
  EntryView,
  publishedResults,
  resultsSummary,
  sameResults,
  withNames,
} from './results-view';

export interface Publication {
  roundId: number;
  version: number;
  publishedAt: Date;
  publishedBy: number;
  reason: string | null;
}

/** The preview (or a publication) as organisers and the panel's secretaries read it. */
export interface RoundResultsPayload extends Omit<PublishedResults, 'event' | 'round' | 'entries'> {
  /** Each with its breakdown only when asked for: a 1,000-entry round's breakdowns weigh megabytes. */
  entries: EntryView[];
  event: PublishedResults['event'] & { state: string };
  round: PublishedResults['round'] & {
    state: string;
    publishedVersion: number;
    changedSincePublication: boolean;
    differsFromPublished: boolean | null;
  };
  snapshot: PublicationRow | null;
  readiness: Readiness | null;
  publications: PublicationRow[];
}

interface LiveResults<Entry extends EntrySummaryView> {
  materials: RoundMaterials;
  results: PublishedResults<Entry>;
  readiness: Readiness;
}

/**
 * A round's results: previewed at any time by those who compile them, published (frozen as a numbered
 * snapshot) once nothing stands in the way, and shown to anyone once published.
 */
@Injectable()
export class ResultsService {
  /**
   * Publications never change once written, so the public page (read by every family at once when results
   * come out) keeps the latest few parsed instead of reading a whole snapshot with its breakdowns each time.
   * Names and consents are still read live.
   */
  private readonly frozen = new LruCache<string, StoredSnapshot>(32);

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CompetitionAccess,
    private readonly materials: RoundMaterialsReader,
    private readonly results: ResultsRepository,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly boardGeneration: BoardGeneration,
  ) {}

  /**
   * The live results with their breakdown and what stands in the way of publishing them, or (`version`) a
   * publication as it was frozen. Read in one transaction, so the breakdown and the readiness agree.
   */
  async preview(
    actor: Actor,
    roundId: number,
    version?: number,
    withBreakdown = false,
  ): Promise<RoundResultsPayload> {
    return inTransaction(this.dataSource, async (manager) => {
      const context = await this.access.round(manager, actor, roundId, 'read');
      if (!isCompiler(context)) {
        // Readers of published results (palace staff) get the latest publication, never the live results.
        if (!this.access.readsPublished(actor) || context.round.publishedVersion === 0)
          throw new AppError('forbidden');
        version ??= context.round.publishedVersion;
      }
      const publications = await this.results.publications(manager, roundId);
      if (version !== undefined) {
        const snapshot = await this.results.snapshot(manager, roundId, version);
        if (!snapshot) throw new AppError('not_found');
        const names = await this.results.participantNames(manager, participantIds(snapshot.results));
        return payload(context, withNames(snapshot.results, names), {
          snapshot: publications.find((publication) => publication.version === version)!,
          readiness: null,
          publications,
          differsFromPublished: null,
          withBreakdown,
        });
      }
      const latest =
        context.round.publishedVersion > 0
          ? await this.results.snapshot(manager, roundId, context.round.publishedVersion)
          : null;
      // The breakdown is built only to be shown or compared with the publication.
      const live = await this.live(
        manager,
        context,
        withBreakdown || latest ? publishedResults : resultsSummary,
      );
      return payload(context, withNames(live.results, memberNames(live.materials)), {
        snapshot: null,
        readiness: live.readiness,
        publications,
        differsFromPublished: latest === null ? null : !sameResults(latest.results, live.results),
        withBreakdown,
      });
    });
  }

  /**
   * Freezes the results as a new version once nothing blocks them. Publishing results identical to the
   * latest publication writes nothing and answers it (created: false); changed ones need a reason.
   */
  async publish(
    actor: Actor,
    roundId: number,
    reason: string | undefined,
  ): Promise<{ created: boolean; publication: Publication }> {
    return inTransaction(this.dataSource, async (manager) => {
      // The round's row stays locked until commit: two publications take turns and number themselves in order.
      const context = await this.access.round(manager, actor, roundId, 'manage', 'update');
      const { round } = context;
      const live = await this.live(manager, context, publishedResults);
      const { blockers } = live.readiness;
      if (blockers.length > 0)
        throw new AppError('not_ready', { params: { count: blockers.length }, extensions: { blockers } });

      if (round.publishedVersion > 0) {
        const latest = await this.results.snapshot(manager, roundId, round.publishedVersion);
        if (latest && sameResults(latest.results, live.results)) {
          if (round.changedSincePublication) {
            // A correction that changed nothing visible (a mark set back): the publication still stands.
            await updateVersioned(manager, Round, roundId, round.version, { changedSincePublication: false });
            await this.audit.record(manager, actor, {
              action: 'round.publish_unchanged',
              entityType: 'round',
              entityId: roundId,
              before: { changedSincePublication: true },
              after: { changedSincePublication: false, publishedVersion: round.publishedVersion },
            });
          }
          return { created: false, publication: publicationOf(latest) };
        }
        if (!reason) throw invalidField('reason', REASON_REQUIRED);
      }

      const snapshot = await this.results.insertSnapshot(manager, {
        roundId,
        version: round.publishedVersion + 1,
        results: live.results,
        reason: reason ?? null,
        publishedBy: actor.userId,
      });
      await updateVersioned(manager, Round, roundId, round.version, {
        publishedVersion: snapshot.version,
        changedSincePublication: false,
      });
      await this.audit.record(manager, actor, {
        action: 'round.publish',
        entityType: 'round',
        entityId: roundId,
        before: {
          publishedVersion: round.publishedVersion,
          changedSincePublication: round.changedSincePublication,
        },
        after: {
          publishedVersion: snapshot.version,
          changedSincePublication: false,
          reason: snapshot.reason,
        },
      });
      // Shortlists built on the earlier results learn they are stale, after commit, through the outbox.
      await this.jobs.enqueue(manager, 'shortlists.mark-stale', { roundId });
      // Every process's public board of the round shows the new version from its next request on.
      await this.boardGeneration.afterCommitForRound(manager, roundId);
      return { created: true, publication: publicationOf(snapshot) };
    });
  }

  async versions(actor: Actor, roundId: number): Promise<{ items: PublicationRow[] }> {
    const manager = this.dataSource.manager;
    await this.access.round(manager, actor, roundId, 'manage');
    return { items: await this.results.publications(manager, roundId) };
  }

  /**
   * A publication for anyone, with names only where consent allows it today (so a withdrawal takes effect
   * at once). A round never published, or a version that does not exist, is not found.
   */
  async publicResults(roundId: number, version?: number): Promise<PublicResults & { organisers: string[] }> {
    const latest = await this.results.publishedVersion(roundId);
    if (latest === 0) throw new AppError('not_found');
    const key = `${roundId}:${version ?? latest}`;
    let snapshot = this.frozen.get(key);
    if (!snapshot) {
      snapshot = (await this.results.publishedSnapshot(roundId, version ?? latest)) ?? undefined;
      if (!snapshot) throw new AppError('not_found');
      this.frozen.set(key, snapshot);
    }
    const [facts, organisers] = await Promise.all([
      this.results.publicationFacts(this.dataSource.manager, participantIds(snapshot.results)),
      // Live, like the names: a unit renamed since shows its name of today.
      this.results.eventOrganisers(this.dataSource.manager, snapshot.results.event.id),
    ]);
    return { ...publicResults(snapshot, facts, todayInVietnam()), organisers };
  }

  /**
   * The category's final standing over its published rounds that count towards it. Every such round must be
   * published: a standing over provisional scores would be announced by nobody.
   */
  async standing(actor: Actor, categoryId: number): Promise<CategoryStanding> {
    return inTransaction(this.dataSource, async (manager) => {
      const readsPublished = this.access.readsPublished(actor);
      const context = await this.access.category(
        manager,
        actor,
        categoryId,
        readsPublished ? 'read' : 'manage',
      );
      const { category } = context;
      const rounds = await this.results.standingRounds(manager, categoryId);
      if (rounds.length === 0) throw new AppError('invalid_state', { detail: NO_STANDING_ROUNDS });
      const unpublished = rounds.filter((round) => round.publishedVersion === 0);
      // A reader of published results learns nothing of rounds still unpublished.
      if (unpublished.length > 0 && !context.manages) throw new AppError('not_found');
      if (unpublished.length > 0) {
        const blockers = unpublished.map(({ id, name, position }) => ({
          kind: 'round_not_published',
          roundId: id,
          name,
          position,
        }));
        throw new AppError('not_ready', { params: { count: blockers.length }, extensions: { blockers } });
      }
      const snapshots = new Map(
        (
          await this.results.latestSnapshots(
            manager,
            rounds.map((round) => round.id),
          )
        ).map((snapshot) => [snapshot.roundId, snapshot]),
      );
      const standing = categoryStanding(
        category,
        rounds.map((round) => ({ round, snapshot: snapshots.get(round.id)! })),
      );
      const names = await this.results.participantNames(
        manager,
        standing.entries.flatMap((entry) => entry.members.map((member) => member.participantId)),
      );
      for (const entry of standing.entries)
        entry.members = entry.members.map(({ participantId }) => ({
          participantId,
          fullName: names.get(participantId) ?? '',
        }));
      return standing;
    });
  }

  /** The round's results as they stand, made readable by `view`, with its readiness for publication. */
  private async live<Entry extends EntrySummaryView>(
    manager: EntityManager,
    context: RoundContext,
    view: (...args: Parameters<typeof publishedResults>) => PublishedResults<Entry>,
  ): Promise<LiveResults<Entry>> {
    const { materials, results } = await this.materials.results(manager, context);
    const flags = disagreementFlags(
      results,
      await this.materials.flagConfirmations(manager, context.round.id),
    );
    return {
      materials,
      results: view(context, materials, results, flags),
      readiness: readiness(context, materials, results, flags),
    };
  }
}

/** Those who compile results: the event's organisers and the panel's secretaries (judges never: they score blind). */
function isCompiler(context: RoundContext): boolean {
  return context.manages || context.panelMember?.role === 'secretary';
}

function memberNames(materials: RoundMaterials): Map<number, string> {
  return new Map(
    materials.entries.flatMap((entry) =>
      entry.members.map((member) => [member.participantId, member.fullName]),
    ),
  );
}

function payload(
  { event, round }: RoundContext,
  results: PublishedResults<EntryView>,
  extra: {
    snapshot: PublicationRow | null;
    readiness: Readiness | null;
    publications: PublicationRow[];
    differsFromPublished: boolean | null;
    withBreakdown: boolean;
  },
): RoundResultsPayload {
  return {
    event: { ...results.event, state: event.state },
    category: results.category,
    round: {
      ...results.round,
      state: round.state,
      publishedVersion: round.publishedVersion,
      changedSincePublication: round.changedSincePublication,
      differsFromPublished: extra.differsFromPublished,
    },
    snapshot: extra.snapshot,
    complete: results.complete,
    entries: extra.withBreakdown
      ? results.entries
      : results.entries.map(({ breakdown: _, ...entry }) => entry),
    missingScores: results.missingScores,
    normalisation: results.normalisation,
    ...(results.ranked ? { ranked: results.ranked } : {}),
    readiness: extra.readiness,
    publications: extra.publications,
  };
}

function publicationOf(snapshot: StoredSnapshot): Publication {
  return {
    roundId: snapshot.roundId,
    version: snapshot.version,
    publishedAt: snapshot.publishedAt,
    publishedBy: snapshot.publishedBy,
    reason: snapshot.reason,
  };
}

const NO_STANDING_ROUNDS = {
  vi: 'Không có vòng thi nào của nội dung này được tính vào xếp hạng chung.',
  en: 'None of the category’s rounds counts towards a final standing.',
};

const REASON_REQUIRED = {
  vi: 'cần nêu lý do khi công bố lại kết quả đã thay đổi',
  en: 'is required to publish results that changed since their last publication',
};

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, invalidField } from '../common/errors/app-error';
import { CompetitionAccess, RoundContext } from '../competition/competition-access';
import { entryCode } from '../competition/entry-code';
import { inTransaction } from '../database/transaction';
import { EntriesRepository } from '../events/entries.repository';
import { EVENT_LEVELS } from '../competition/entities/event.entity';
import { todayInVietnam } from '../participants/participant-rules';
import { advancementSkip, SkipReason } from './advancement-rules';
import { ResultsRepository, SourceEntry } from './results.repository';
import { EntryResultView } from './results-view';
import type { RecallResults } from '../scoring/engine';

export type AdvanceTarget = { kind: 'round'; roundId: number } | { kind: 'category'; categoryId: number };

export interface AdvanceOutcome {
  target: AdvanceTarget;
  advanced: { entryId: number; code: string; targetEntryId?: number; targetCode?: string }[];
  skipped: { entryId: number; code: string; reason: SkipReason; participantIds?: number[] }[];
}

/**
 * Takes the entries a published round advances into the next round of the category, or into a category
 * of a next-level event (as new entries there, checked like any registration).
 */
@Injectable()
export class AdvancementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CompetitionAccess,
    private readonly results: ResultsRepository,
    private readonly entries: EntriesRepository,
    private readonly audit: AuditService,
  ) {}

  async advance(
    actor: Actor,
    roundId: number,
    targetCategoryId?: number,
    recall?: number,
  ): Promise<AdvanceOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      const source = await this.access.round(manager, actor, roundId, 'manage', 'share');
      const advancing = await this.advancing(manager, source, recall);
      return targetCategoryId === undefined
        ? this.intoNextRound(manager, actor, source, advancing)
        : this.intoCategory(manager, actor, source, advancing, targetCategoryId);
    });
  }

  /** The advancing entries of the latest publication: what was announced, not what the scores say now. */
  private async advancing(
    manager: EntityManager,
    { round }: RoundContext,
    recall: number | undefined,
  ): Promise<EntryResultView[]> {
    if (round.publishedVersion === 0) throw new AppError('invalid_state', { detail: NOT_PUBLISHED });
    const recalls = round.method.kind === 'recall';
    if (!round.advancement && !recalls) throw new AppError('invalid_state', { detail: NO_ADVANCEMENT_RULE });
    const snapshot = await this.results.snapshot(manager, round.id, round.publishedVersion);
    const { results } = snapshot!;
    if (results.ranked?.method === 'recall')
      return recalledEntries(results.entries, results.ranked.recall, recall);
    if (recall !== undefined) throw invalidField('recall', NOT_A_RECALL);
    return results.entries.filter((entry) => entry.advances);
  }

  /**
   * Makes the next round's entries exactly the advancing ones (entries withdrawn since are left out). Only
   * while nobody has scored the next round: replacing its entries then would orphan marks.
   */
  private async intoNextRound(
    manager: EntityManager,
    actor: Actor,
    { event, round }: RoundContext,
    advancing: EntryResultView[],
  ): Promise<AdvanceOutcome> {
    if (event.state !== 'judging') throw new AppError('invalid_state', { detail: EVENT_NOT_JUDGING });
    const next = await this.results.nextRound(manager, round);
    if (!next) throw new AppError('invalid_state', { detail: NO_NEXT_ROUND });
    if (next.state !== 'open' || (await this.results.hasScores(manager, next.id)))
      throw new AppError('invalid_state', { detail: NEXT_ROUND_SCORED });

    const entries = await this.results.sourceEntries(
      manager,
      advancing.map((entry) => entry.entryId),
    );
    const outcome: AdvanceOutcome = {
      target: { kind: 'round', roundId: next.id },
      advanced: [],
      skipped: [],
    };
    for (const { entryId, code } of advancing) {
      if (entries.get(entryId)?.entry.state === 'active') outcome.advanced.push({ entryId, code });
      else outcome.skipped.push({ entryId, code, reason: 'withdrawn' });
    }
    const before = await this.results.roundEntryIds(manager, next.id);
    const after = outcome.advanced.map((entry) => entry.entryId).sort((a, b) => a - b);
    await this.results.replaceRoundEntries(manager, next.id, after);
    await this.audit.record(manager, actor, {
      action: 'round.advance',
      entityType: 'round',
      entityId: next.id,
      before: { entryIds: before },
      after: { entryIds: after, fromRoundId: round.id, fromVersion: round.publishedVersion },
    });
    return outcome;
  }

  /**
   * Registers the advancing entries in a category of a higher-level event that is open for entries: each a
   * new entry numbered after the category's, copying the unit, locality, coach, club and members, linked to
   * the entry it advanced from. Entries that would break a registration rule are skipped, with the reason.
   */
  private async intoCategory(
    manager: EntityManager,
    actor: Actor,
    source: RoundContext,
    advancing: EntryResultView[],
    targetCategoryId: number,
  ): Promise<AdvanceOutcome> {
    // The category's row stays locked until commit, so entry numbers are handed out one transaction at a time.
    const target = await this.access.category(manager, actor, targetCategoryId, 'manage', 'update');
    if (target.event.id === source.event.id || !higherLevel(target.event.level, source.event.level))
      throw invalidField('targetCategoryId', NOT_NEXT_LEVEL);
    if (target.event.state !== 'open') throw new AppError('invalid_state', { detail: TARGET_NOT_OPEN });

    const sources = await this.results.sourceEntries(
      manager,
      advancing.map((entry) => entry.entryId),
    );
    const memberIds = [...new Set([...sources.values()].flatMap((entry) => entry.participantIds))];
    const [people, registered, alreadyAdvanced] = await Promise.all([
      this.entries.entrants(manager, memberIds),
      this.entries.registered(manager, target.category.id, memberIds),
      this.results.advancedInto(
        manager,
        target.category.id,
        advancing.map((entry) => entry.entryId),
      ),
    ]);

    const { category } = target;
    const bounds = {
      minAge: category.minAge,
      maxAge: category.maxAge,
      ageReferenceDate: category.ageReferenceDate ?? target.event.startDate,
      minMembers: category.minMembers,
      maxMembers: category.maxMembers,
    };
    const today = todayInVietnam();
    const outcome: AdvanceOutcome = {
      target: { kind: 'category', categoryId: category.id },
      advanced: [],
      skipped: [],
    };
    const entered = new Set(registered.keys());
    const admitted: { entryId: number; code: string; from: SourceEntry }[] = [];
    for (const { entryId, code } of advancing) {
      const from = sources.get(entryId)!;
      const skip = advancementSkip(
        {
          state: from.entry.state,
          alreadyAdvanced: alreadyAdvanced.has(entryId),
          members: from.participantIds.map((participantId) => {
            const person = people.get(participantId);
            return {
              participantId,
              dateOfBirth: person?.dateOfBirth ?? null,
              anonymised: person?.anonymised ?? true,
              activeConsents: person?.activeConsents ?? [],
              enteredInTarget: entered.has(participantId),
            };
          }),
        },
        bounds,
        today,
      );
      if (skip) {
        outcome.skipped.push({ entryId, code, ...skip });
        continue;
      }
      admitted.push({ entryId, code, from });
      // A member entered twice in one batch (two advancing entries sharing someone) is refused as well.
      from.participantIds.forEach((participantId) => entered.add(participantId));
    }
    const created = await this.entries.insert(
      manager,
      category,
      admitted.map(({ from: { entry, participantIds } }) => ({
        title: entry.title,
        teamName: entry.teamName,
        organisationId: entry.organisationId,
        localityId: entry.localityId,
        coachUserId: entry.coachUserId,
        clubId: entry.clubId,
        advancedFromEntryId: entry.id,
        members: participantIds,
      })),
    );
    for (const [index, { entryId, code, from }] of admitted.entries()) {
      const targetEntry = created[index];
      await this.audit.record(manager, actor, {
        action: 'entry.advance',
        entityType: 'entry',
        entityId: targetEntry.id,
        after: {
          categoryId: targetEntry.categoryId,
          number: targetEntry.number,
          advancedFromEntryId: from.entry.id,
          fromRoundId: source.round.id,
          fromVersion: source.round.publishedVersion,
          participantIds: from.participantIds,
        },
      });
      outcome.advanced.push({
        entryId,
        code,
        targetEntryId: targetEntry.id,
        targetCode: entryCode(category.code, targetEntry.number),
      });
    }
    return outcome;
  }
}

/**
 * The entries a published recall advances: the recalled ones, or when the recall number falls inside a tie,
 * the organiser's choice of recalling fewer or more (`recall`); without a choice such a tie is a 409 showing it.
 */
function recalledEntries(
  entries: EntryResultView[],
  outcome: RecallResults,
  recall: number | undefined,
): EntryResultView[] {
  const tie = outcome.cutoffTie;
  const allowed = tie ? [tie.fewer, tie.more] : [outcome.advancing ?? outcome.recall];
  if (recall === undefined && outcome.advancing === null) {
    const codes = new Map(entries.map((entry) => [String(entry.entryId), entry.code]));
    throw new AppError('invalid_state', {
      detail: {
        vi: `Vòng chọn có ${tie!.entries.length} tiết mục bằng dấu chọn ở ngưỡng: hãy chọn đưa ${tie!.fewer} hoặc ${tie!.more} tiết mục vào vòng sau (recall).`,
        en: `The recall cut-off falls inside a tie of ${tie!.entries.length} entries: choose to recall ${tie!.fewer} or ${tie!.more} (recall).`,
      },
      extensions: {
        cutoffTie: { ...tie, codes: tie!.entries.map((entryId) => codes.get(entryId) ?? entryId) },
      },
    });
  }
  const count = recall ?? outcome.advancing!;
  if (!allowed.includes(count)) {
    throw invalidField('recall', {
      vi: `phải là ${allowed.join(' hoặc ')}: không tách các tiết mục bằng dấu chọn`,
      en: `must be ${allowed.join(' or ')}: entries with equal crosses are not split`,
    });
  }
  const byId = new Map(entries.map((entry) => [String(entry.entryId), entry]));
  return outcome.entries.slice(0, count).flatMap((entry) => byId.get(entry.entryId) ?? []);
}

function higherLevel(target: string, source: string): boolean {
  return (
    EVENT_LEVELS.indexOf(target as (typeof EVENT_LEVELS)[number]) >
    EVENT_LEVELS.indexOf(source as (typeof EVENT_LEVELS)[number])
  );
}

const NOT_A_RECALL = {
  vi: 'chỉ dùng cho vòng chọn (recall) có nhiều tiết mục bằng dấu chọn ở ngưỡng',
  en: 'applies only to a recall round whose cut-off falls inside a tie',
};
const NOT_PUBLISHED = {
  vi: 'Vòng thi chưa công bố kết quả: chỉ đưa vào vòng sau các bài thi trong kết quả đã công bố.',
  en: 'The round’s results are not published: only published results advance entries.',
};
const NO_ADVANCEMENT_RULE = {
  vi: 'Vòng thi không có quy định đi tiếp.',
  en: 'The round has no advancement rule.',
};
const EVENT_NOT_JUDGING = {
  vi: 'Chỉ đưa bài thi vào vòng sau khi cuộc thi đang chấm.',
  en: 'Entries advance to the next round only while the event is judging.',
};
const NO_NEXT_ROUND = {
  vi: 'Nội dung thi chưa có vòng sau: hãy tạo vòng đó trước.',
  en: 'The category has no next round: create it first.',
};
const NEXT_ROUND_SCORED = {
  vi: 'Vòng sau đã có điểm hoặc đã khóa: không thay được danh sách bài thi.',
  en: 'The next round already has scores or is locked: its entries cannot be replaced.',
};
const NOT_NEXT_LEVEL = {
  vi: 'phải là nội dung thi của một cuộc thi khác ở cấp cao hơn',
  en: 'must be a category of another event at a higher level',
};
const TARGET_NOT_OPEN = {
  vi: 'Cuộc thi nhận bài thi đi tiếp phải đang mở đăng ký.',
  en: 'The event entries advance to must be open for entries.',
};

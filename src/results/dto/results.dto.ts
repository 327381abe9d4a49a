import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import { SKIP_REASONS } from '../advancement-rules';
import { References } from '../../access/references';
import { BreakdownView, NormalisationView } from './breakdown.dto';

/** `?version=N`: a publication's frozen results. */
export class VersionQuery {
  @ApiPropertyOptional({ minimum: 1, description: 'A publication’s version.' })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  version?: number;
}

export const RESULTS_INCLUDES = ['breakdown'] as const;

/** The preview's query: a publication (`version`), and the parts a client asks for beyond the standings. */
export class ResultsQuery extends VersionQuery {
  @ApiPropertyOptional({
    enum: RESULTS_INCLUDES,
    description: 'breakdown: each entry’s breakdown too (large: judges’ lines, aggregation, tie-breaks).',
  })
  @IsOptional()
  @IsIn(RESULTS_INCLUDES)
  include?: (typeof RESULTS_INCLUDES)[number];
}

export class PublishDto {
  @ApiPropertyOptional({
    maxLength: 500,
    description:
      'Why the results are published again; required when they changed since the last publication.',
    example: 'Sửa điểm giám khảo số 2 do nhập nhầm',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class AdvanceDto {
  @References('category')
  @ApiPropertyOptional({
    description:
      'A category of a next-level event, open for entries: entries are created there. Omitted: the next round of the same category.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  targetCategoryId?: number;

  @ApiPropertyOptional({
    description:
      'A recall round whose recall number falls inside a tie: how many to advance, recalling fewer (the tied entries left out) or more (all of them in); see results.ranked.recall.cutoffTie.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  recall?: number;
}

// ------------------------------------------------------------------------------------------------------------
// Answers (OpenAPI descriptions; the services return plain objects of these shapes)
// ------------------------------------------------------------------------------------------------------------

export class PublicationView {
  @ApiProperty() roundId!: number;
  @ApiProperty() version!: number;
  @ApiProperty() publishedAt!: Date;
  @ApiProperty({ description: 'The user id of who published.' }) publishedBy!: number;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class PublicationListItem {
  @ApiProperty() version!: number;
  @ApiProperty() publishedAt!: Date;
  @ApiProperty() publishedBy!: number;
  @ApiProperty() publisherName!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class PublicationList {
  @ApiProperty({ type: [PublicationListItem], description: 'Newest first.' }) items!: PublicationListItem[];
}

class ResultsEvent {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() level!: string;
  @ApiProperty() state!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
}

class ResultsCategory {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['individual', 'team'] }) format!: string;
}

class ResultsRound {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ['open', 'locked'] }) state!: string;
  @ApiProperty({ description: 'The latest publication; 0 before the first.' }) publishedVersion!: number;
  @ApiProperty({ description: 'A correction was made after the latest publication.' })
  changedSincePublication!: boolean;
  @ApiProperty({
    nullable: true,
    type: Boolean,
    description:
      'The live results differ from the latest publication (null when never published, or when showing a publication).',
  })
  differsFromPublished!: boolean | null;
}

class ResultsMember {
  @ApiProperty() participantId!: number;
  @ApiProperty({ description: 'As it is now; empty once the participant is anonymised.' }) fullName!: string;
}

class ResultsFlag {
  @ApiProperty({ enum: ['disagreement'] }) kind!: string;
  @ApiProperty() spread!: string;
  @ApiProperty() limit!: string;
  @ApiProperty({ description: 'Confirmed by an organiser for this very spread.' }) confirmed!: boolean;
}

class ResultsEntry {
  @ApiProperty() entryId!: number;
  @ApiProperty({ example: 'A-007' }) code!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ nullable: true, type: String }) localityName!: string | null;
  @ApiProperty({ type: [ResultsMember] }) members!: ResultsMember[];
  @ApiProperty({ enum: ['ranked', 'disqualified', 'unscored'] }) status!: string;
  @ApiProperty({ nullable: true, type: String, example: '8.75' }) finalScore!: string | null;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: String }) prize!: string | null;
  @ApiProperty() advances!: boolean;
  @ApiProperty({ type: [ResultsFlag] }) flags!: ResultsFlag[];
  @ApiPropertyOptional({
    type: BreakdownView,
    description: 'How the score came about; only with ?include=breakdown.',
  })
  breakdown?: BreakdownView;
}

class MissingScoresEntry {
  @ApiProperty() entryId!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ type: [String] }) criteria!: string[];
}

class MissingScores {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ type: [MissingScoresEntry] }) entries!: MissingScoresEntry[];
}

/** One thing standing in the way of publication; the fields beside `kind` depend on it. */
class PublicationBlockerView {
  @ApiProperty({
    enum: [
      'event_state',
      'round_not_locked',
      'no_entries',
      'no_judges',
      'sheet_not_submitted',
      'scores_missing',
      'unconfirmed_flag',
    ],
  })
  kind!: string;
  @ApiPropertyOptional({ description: 'event_state: the event’s state.' }) state?: string;
  @ApiPropertyOptional({ description: 'sheet_not_submitted: the judge.' }) judgeId?: number;
  @ApiPropertyOptional({ description: 'sheet_not_submitted: the judge’s name.' }) fullName?: string;
  @ApiPropertyOptional({ description: 'scores_missing: judges owing marks.' }) judges?: number;
  @ApiPropertyOptional({ description: 'scores_missing: marks (judge × entry × criterion) owed.' })
  cells?: number;
  @ApiPropertyOptional({ description: 'unconfirmed_flag: the entry.' }) entryId?: number;
  @ApiPropertyOptional({ description: 'unconfirmed_flag: its code.' }) code?: string;
  @ApiPropertyOptional({ description: 'unconfirmed_flag: the judges’ spread.' }) spread?: string;
  @ApiPropertyOptional({ description: 'unconfirmed_flag: the round’s limit.' }) limit?: string;
}

class ReadinessView {
  @ApiProperty() canPublish!: boolean;
  @ApiProperty({ type: [PublicationBlockerView] }) blockers!: PublicationBlockerView[];
}

class SnapshotMeta {
  @ApiProperty() version!: number;
  @ApiProperty() publishedAt!: Date;
  @ApiProperty() publishedBy!: number;
  @ApiProperty() publisherName!: string;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
}

export class RoundResultsView {
  @ApiProperty({ type: ResultsEvent }) event!: ResultsEvent;
  @ApiProperty({ type: ResultsCategory }) category!: ResultsCategory;
  @ApiProperty({ type: ResultsRound }) round!: ResultsRound;
  @ApiProperty({
    nullable: true,
    type: SnapshotMeta,
    description: 'The publication shown (with ?version=N); null for the live preview.',
  })
  snapshot!: SnapshotMeta | null;
  @ApiProperty({ description: 'No score is missing.' }) complete!: boolean;
  @ApiProperty({ type: [ResultsEntry], description: 'Ranked entries by rank, then the unranked.' })
  entries!: ResultsEntry[];
  @ApiProperty({ type: [MissingScores] }) missingScores!: MissingScores[];
  @ApiProperty({
    type: [NormalisationView],
    description: 'With the normalised method: each judge’s mean and spread, per dimension.',
  })
  normalisation!: NormalisationView[];
  // Not yet typed field by field (the skating engine's RankedDetail): an open object until it is.
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Ranked rounds only (skating, recall): each dance’s majority table, the rule deciding each place, the rule 10/11 tables, or the crosses and the tie at the recall cut-off (src/scoring/engine/skating.md).',
  })
  ranked?: object;
  @ApiProperty({ nullable: true, type: ReadinessView, description: 'Null when showing a publication.' })
  readiness!: ReadinessView | null;
  @ApiProperty({ type: [PublicationListItem], description: 'Newest first.' })
  publications!: PublicationListItem[];
}

class PublicEvent {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['contest', 'festival', 'playground'] }) kind!: string;
  @ApiProperty({ enum: ['grassroots', 'district', 'provincial', 'national'] }) level!: string;
  @ApiProperty() startDate!: string;
  @ApiProperty() endDate!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
}

class PublicCategory {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

class PublicRound {
  @ApiProperty() name!: string;
  @ApiProperty() position!: number;
}

class PublicEntry {
  @ApiProperty({ nullable: true, type: Number, description: 'Null for a disqualified or unscored entry.' })
  rank!: number | null;
  @ApiProperty({ example: 'A-007' }) code!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'The participant’s name only with their publication consents on record (a team: its name, else all members’ names when all consent); else null.',
  })
  name!: string | null;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ description: 'The unit the entry represents.' }) unit!: string;
  @ApiProperty({ nullable: true, type: String }) locality!: string | null;
  @ApiProperty({ nullable: true, type: String }) score!: string | null;
  @ApiProperty({ nullable: true, type: String }) prize!: string | null;
  @ApiProperty() advances!: boolean;
}

export class PublicResultsView {
  @ApiProperty({ type: PublicEvent }) event!: PublicEvent;
  @ApiProperty({ type: PublicCategory }) category!: PublicCategory;
  @ApiProperty({ type: PublicRound }) round!: PublicRound;
  @ApiProperty({ type: [String], description: 'The units running the event, in their order.' })
  organisers!: string[];
  @ApiProperty() version!: number;
  @ApiProperty() publishedAt!: Date;
  @ApiProperty({ description: 'A later publication corrected the first (version > 1).' }) corrected!: boolean;
  @ApiProperty({
    type: [PublicEntry],
    description: 'Ranked entries by rank, then the disqualified and unscored ones (rank null).',
  })
  entries!: PublicEntry[];
}

class AdvanceTarget {
  @ApiProperty({ enum: ['round', 'category'] }) kind!: string;
  @ApiPropertyOptional() roundId?: number;
  @ApiPropertyOptional() categoryId?: number;
}

class AdvancedEntry {
  @ApiProperty() entryId!: number;
  @ApiProperty() code!: string;
  @ApiPropertyOptional({ description: 'The entry created in the target category.' }) targetEntryId?: number;
  @ApiPropertyOptional({ description: 'The created entry’s code.' }) targetCode?: string;
}

class SkippedEntry {
  @ApiProperty() entryId!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: SKIP_REASONS }) reason!: string;
  @ApiPropertyOptional({ type: [Number], description: 'The members concerned.' }) participantIds?: number[];
}

export class AdvanceView {
  @ApiProperty({ type: AdvanceTarget }) target!: AdvanceTarget;
  @ApiProperty({ type: [AdvancedEntry] }) advanced!: AdvancedEntry[];
  @ApiProperty({ type: [SkippedEntry] }) skipped!: SkippedEntry[];
}

class StandingRoundView {
  @ApiProperty() roundId!: number;
  @ApiProperty() name!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ example: '70', description: 'Relative weight: 10/20/70 weigh as 10 %, 20 %, 70 %.' })
  weight!: string;
  @ApiProperty({ description: 'The publication the standing is computed from.' }) version!: number;
  @ApiProperty() publishedAt!: Date;
}

class StandingCategory {
  @ApiProperty() id!: number;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

class StandingRoundLine {
  @ApiProperty() roundId!: number;
  @ApiProperty({ example: '70' }) weight!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The round’s final score.' }) score!:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: 'weight × score ÷ Σ weights, exact.' })
  contribution!: string | null;
}

class StandingBreakdownView {
  @ApiProperty({ type: [StandingRoundLine], description: 'In the rounds’ order.' })
  rounds!: StandingRoundLine[];
  @ApiProperty({ type: [Number], description: 'Counted rounds without a final score (round ids).' })
  missingRounds!: number[];
  @ApiProperty({ nullable: true, type: String }) unroundedScore!: string | null;
  @ApiProperty({ type: [Number], description: 'Entries sharing this one’s rank.' }) tiedWith!: number[];
}

class StandingEntryView {
  @ApiProperty() entryId!: number;
  @ApiProperty() code!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ nullable: true, type: String }) localityName!: string | null;
  @ApiProperty({ type: [ResultsMember] }) members!: ResultsMember[];
  @ApiProperty({
    enum: ['ranked', 'incomplete'],
    description: 'incomplete: no final score in a counted round (not reached, disqualified or unscored).',
  })
  status!: string;
  @ApiProperty({ nullable: true, type: String }) finalScore!: string | null;
  @ApiProperty({ nullable: true, type: Number }) rank!: number | null;
  @ApiProperty({ nullable: true, type: String }) prize!: string | null;
  @ApiProperty({ type: StandingBreakdownView }) breakdown!: StandingBreakdownView;
}

export class CategoryStandingView {
  @ApiProperty({ type: StandingCategory }) category!: StandingCategory;
  @ApiProperty({ type: [StandingRoundView] }) rounds!: StandingRoundView[];
  @ApiProperty({
    type: [StandingEntryView],
    description: 'Ranked entries by rank, then the incomplete ones.',
  })
  entries!: StandingEntryView[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RECUSAL_REASONS } from '../../competition/recusal';
import { PANEL_ROLES } from '../../competition/entities/panel-member.entity';

// How an entry's score came about (OpenAPI descriptions of src/results/results-view.ts). Judges are user ids,
// entries entry ids, criteria the rubric criteria's codes; decimals are strings.

const METHODS = ['mean', 'trimmed_mean', 'median', 'normalised'];
const EXACTNESS =
  'Exact, unrounded; a value with no finite decimal form (a mean of three marks, a square root) is given to 12 decimal places.';

export class RecusalGroundView {
  @ApiProperty({ enum: RECUSAL_REASONS }) reason!: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The member concerned (coaches_member, declared).',
  })
  participantId!: number | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Empty once the participant is anonymised.',
  })
  participantName?: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The declared relation, as written.' })
  relation!: string | null;
}

export class CriterionMarkView {
  @ApiProperty({ example: 'technique' }) criterion!: string;
  @ApiProperty({ example: '8.50' }) value!: string;
}

export class JudgeLineView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: PANEL_ROLES }) role!: string;
  @ApiProperty() head!: boolean;
  @ApiProperty({ enum: ['counted', 'recused', 'absent', 'missing'] }) status!: string;
  @ApiProperty({ type: [CriterionMarkView], description: 'In the rubric’s order.' })
  scores!: CriterionMarkView[];
  @ApiProperty({ nullable: true, type: String, description: 'Σ weight × mark; counted judges only.' })
  total!: string | null;
  @ApiProperty({ type: [String], description: 'Status missing: the criteria not yet scored.' })
  missingCriteria!: string[];
  @ApiProperty({ type: [RecusalGroundView], nullable: true, description: 'Status recused: why; else null.' })
  recusalGrounds!: RecusalGroundView[] | null;
}

export class MarkView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() value!: string;
}

export class DroppedMarkView extends MarkView {
  @ApiProperty({ enum: ['highest', 'lowest'] }) reason!: string;
}

export class ZScoreView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ description: EXACTNESS }) z!: string;
}

export class NormalisationExclusionView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty({ enum: ['no_spread', 'single_entry'] }) reason!: string;
}

export class EntryNormalisationView {
  @ApiProperty({ type: [ZScoreView] }) zScores!: ZScoreView[];
  @ApiProperty({ type: [NormalisationExclusionView] }) excluded!: NormalisationExclusionView[];
  @ApiProperty({ nullable: true, type: String }) averageZ!: string | null;
  @ApiProperty({ nullable: true, type: String }) pooledMean!: string | null;
  @ApiProperty({ nullable: true, type: String }) pooledSd!: string | null;
}

export class AggregationView {
  @ApiProperty({ enum: METHODS, description: 'The method applied (mean after a trimmed-mean fallback).' })
  method!: string;
  @ApiProperty() fellBackToMean!: boolean;
  @ApiProperty({ type: [MarkView], description: 'The marks that entered the value.' }) used!: MarkView[];
  @ApiProperty({ type: [DroppedMarkView] }) dropped!: DroppedMarkView[];
  @ApiProperty({ type: EntryNormalisationView, nullable: true })
  normalisation!: EntryNormalisationView | null;
  @ApiProperty({ nullable: true, type: String, description: EXACTNESS }) value!: string | null;
}

export class CriterionLineView {
  @ApiProperty({ example: 'technique' }) criterion!: string;
  @ApiProperty({ example: '1.00', description: 'The criterion’s weight, as a factor.' }) factor!: string;
  @ApiProperty({ type: AggregationView }) panel!: AggregationView;
  @ApiProperty({ nullable: true, type: String, description: 'The panel value at the round’s decimals.' })
  rounded!: string | null;
  @ApiProperty({ nullable: true, type: String }) weighted!: string | null;
}

export class DeductionView {
  @ApiProperty() kind!: string;
  @ApiProperty({ example: '0.50' }) amount!: string;
  @ApiProperty() reason!: string;
}

export class DisqualificationView {
  @ApiProperty() reason!: string;
}

export class TieBreakRuleView {
  @ApiProperty({ enum: ['criterion', 'headJudge', 'judgesMajority'] }) kind!: string;
  @ApiPropertyOptional({ example: 'technique', description: 'kind criterion: the criterion’s code.' })
  criterion?: string;
}

export class TieBreakOpponentView {
  @ApiProperty() entryId!: number;
  @ApiProperty({ example: 'A-007' }) code!: string;
  @ApiProperty({ description: 'The opponent’s value under the rule.' }) value!: string;
  @ApiPropertyOptional({ description: 'judgesMajority: judges preferring this entry to the opponent.' })
  judgesFor?: number;
  @ApiPropertyOptional({ description: 'judgesMajority: judges preferring the opponent.' })
  judgesAgainst?: number;
}

export class TieBreakDecisionView {
  @ApiProperty({ type: TieBreakRuleView }) rule!: TieBreakRuleView;
  @ApiProperty({ description: 'This entry’s value under the rule.' }) value!: string;
  @ApiProperty({ type: [TieBreakOpponentView] }) wonAgainst!: TieBreakOpponentView[];
  @ApiProperty({ type: [TieBreakOpponentView] }) lostTo!: TieBreakOpponentView[];
}

export class BreakdownView {
  @ApiProperty({ type: [JudgeLineView], description: 'In the panel’s order.' }) judges!: JudgeLineView[];
  @ApiProperty({ nullable: true, type: String, description: 'max − min of the counted judges’ totals.' })
  spread!: string | null;
  @ApiProperty({ type: AggregationView, nullable: true, description: 'Basis totals: the judges’ totals.' })
  panel!: AggregationView | null;
  @ApiProperty({
    type: [CriterionLineView],
    nullable: true,
    description: 'Basis criteria: each criterion’s panel value, in the rubric’s order.',
  })
  criteria!: CriterionLineView[] | null;
  @ApiProperty({ nullable: true, type: String, description: 'Before deductions, unrounded.' })
  panelScore!: string | null;
  @ApiProperty({ type: [DeductionView] }) deductions!: DeductionView[];
  @ApiProperty() deductionTotal!: string;
  @ApiProperty({ type: DisqualificationView, nullable: true }) disqualification!: DisqualificationView | null;
  @ApiProperty({ nullable: true, type: String }) unroundedScore!: string | null;
  @ApiProperty({ nullable: true, type: String }) roundedScore!: string | null;
  @ApiProperty({ type: [TieBreakDecisionView] }) tieBreaks!: TieBreakDecisionView[];
  @ApiProperty({ type: [Number], description: 'The entries still tied with this one (they share its rank).' })
  tiedWith!: number[];
  @ApiProperty({ type: [String], description: 'Their codes, in the same order.' }) tiedWithCodes!: string[];
}

export class NormalisationJudgeView {
  @ApiProperty() judgeId!: number;
  @ApiProperty() fullName!: string;
  @ApiProperty() entries!: number;
  @ApiProperty() mean!: string;
  @ApiProperty() sd!: string;
  @ApiProperty({ enum: ['no_spread', 'single_entry'], nullable: true, type: String }) excluded!:
    string | null;
}

export class NormalisationView {
  @ApiProperty({ description: '`totals`, or a criterion’s code.' }) dimension!: string;
  @ApiProperty({ type: [NormalisationJudgeView] }) judges!: NormalisationJudgeView[];
  @ApiProperty({ nullable: true, type: String }) pooledMean!: string | null;
  @ApiProperty({ nullable: true, type: String }) pooledSd!: string | null;
}

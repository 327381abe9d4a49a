import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { integerFromQuery, trim } from '../../common/validation/transforms';
import { RecusalGroundView } from './panel.dto';

/** The most cells one request may carry: a generous sheet (400 entries × 5 criteria). */
export const MAX_CELLS_PER_REQUEST = 2000;

export class SheetQuery {
  @ApiPropertyOptional({
    description:
      'Whose sheet: required for a secretary of the panel or an organiser; a judge reads their own.',
  })
  @IsOptional()
  @Transform(integerFromQuery)
  @IsInt()
  @Min(1)
  judgeId?: number;
}

export class ScoreCellInput {
  @ApiProperty()
  @IsInt()
  @Min(1)
  entryId!: number;

  @ApiProperty({ description: 'The criterion’s code in the round’s rubric.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  criterion!: string;

  @ApiProperty({
    oneOf: [
      { type: 'string', example: '8.25' },
      { type: 'number', example: 8.25 },
    ],
    nullable: true,
    description: 'A mark on the criterion’s scale (a decimal string is best); null clears the cell.',
  })
  // Checked by the service against the criterion's scale, with messages naming the scale.
  @Allow()
  value!: string | number | null;

  @ApiPropertyOptional({
    description: 'The version read; required to change a filled cell (a stale one answers 409).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class EnterScoresDto {
  @ApiPropertyOptional({
    description: 'Whose sheet: a secretary of the panel typing a judge’s paper sheet names the judge.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  judgeId?: number;

  @ApiProperty({ type: [ScoreCellInput], minItems: 1, maxItems: MAX_CELLS_PER_REQUEST })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CELLS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => ScoreCellInput)
  scores!: ScoreCellInput[];
}

export class SheetOwnerDto {
  @ApiPropertyOptional({ description: 'Whose sheet, as for score entry.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  judgeId?: number;
}

export class ReopenSheetDto {
  @ApiProperty({ example: 'Giám khảo nhập nhầm điểm tiết mục A-004' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class SheetJudgeView {
  @ApiProperty() userId!: number;
  @ApiProperty() fullName!: string;
}

export class SheetCriterionView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '0' }) min!: string;
  @ApiProperty({ example: '10' }) max!: string;
  @ApiProperty({ example: '0.25' }) step!: string;
  @ApiProperty({ example: '1' }) weight!: string;
}

export class SheetCellView {
  @ApiProperty() criterion!: string;
  @ApiProperty({ example: '8.25' }) value!: string;
  @ApiProperty({ description: 'Send it back to change the cell.' }) version!: number;
}

export class SheetMemberView {
  @ApiProperty() participantId!: number;
  @ApiProperty() fullName!: string;
}

export class SheetEntryView {
  @ApiProperty() entryId!: number;
  @ApiProperty({ example: 'A-007' }) code!: string;
  @ApiProperty({ nullable: true, type: String }) title!: string | null;
  @ApiProperty({ nullable: true, type: String }) teamName!: string | null;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [SheetMemberView] }) members!: SheetMemberView[];
  @ApiProperty({ description: 'The judge has a conflict of interest and does not mark this entry.' })
  recused!: boolean;
  @ApiProperty({ type: [RecusalGroundView] }) recusalGrounds!: RecusalGroundView[];
  @ApiProperty({ type: [SheetCellView], description: 'This judge’s marks only.' }) scores!: SheetCellView[];
}

export const SHEET_STATES = ['open', 'submitted', 'locked'] as const;
export type SheetState = (typeof SHEET_STATES)[number];

export class ScoreSheetView {
  @ApiProperty() roundId!: number;
  @ApiProperty({ type: SheetJudgeView }) judge!: SheetJudgeView;
  @ApiProperty({ enum: SHEET_STATES, description: 'locked: the round is locked.' }) state!: SheetState;
  @ApiProperty() absent!: boolean;
  @ApiProperty({ nullable: true, type: Date }) submittedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) submittedBy!: number | null;
  @ApiProperty({ type: [SheetCriterionView] }) criteria!: SheetCriterionView[];
  @ApiProperty({ type: [SheetEntryView], description: 'Ordered by code.' }) entries!: SheetEntryView[];
  @ApiProperty({ description: 'Cells the judge must fill: entries not recused × criteria (0 if absent).' })
  owed!: number;
  @ApiProperty({ description: 'How many of the owed cells are filled.' }) filled!: number;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { DEDUCTION_KINDS, DeductionKind } from '../../competition/entities/deduction.entity';

export class CreateDeductionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  entryId!: number;

  @ApiProperty({ enum: DEDUCTION_KINDS })
  @IsIn(DEDUCTION_KINDS)
  kind!: DeductionKind;

  @ApiPropertyOptional({
    oneOf: [
      { type: 'string', example: '0.5' },
      { type: 'number', example: 0.5 },
    ],
    description: 'Points subtracted: above 0, at most 4 decimals; none for a disqualification.',
  })
  // Checked by the service: its rules depend on the kind.
  @Allow()
  amount?: string | number;

  @ApiProperty({ example: 'Quá thời gian biểu diễn 45 giây' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class RevokeDeductionDto {
  @ApiProperty({ example: 'Ghi nhầm tiết mục' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class DeductionView {
  @ApiProperty() id!: number;
  @ApiProperty() entryId!: number;
  @ApiProperty({
    example: 'A-007',
    nullable: true,
    type: String,
    description: 'null once the entry no longer competes in the round (withdrawn).',
  })
  entryCode!: string | null;
  @ApiProperty({ enum: DEDUCTION_KINDS }) kind!: DeductionKind;
  @ApiProperty({ example: '0.5', description: '0 for a disqualification.' }) amount!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() recordedBy!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) revokedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) revokedBy!: number | null;
  @ApiProperty({ nullable: true, type: String }) revokeReason!: string | null;
}

export class DeductionList {
  @ApiProperty({ type: [DeductionView], description: 'Oldest first, revoked ones included.' })
  items!: DeductionView[];
}

export class CreateCorrectionDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  entryId!: number;

  @ApiProperty()
  @IsInt()
  @Min(1)
  judgeId!: number;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  criterion!: string;

  @ApiProperty({
    oneOf: [
      { type: 'string', example: '8.25' },
      { type: 'number', example: 8.25 },
    ],
    description: 'The new mark, on the criterion’s scale.',
  })
  // Checked by the service against the criterion's scale.
  @Allow()
  value!: string | number;

  @ApiProperty({ example: 'Biên bản hội đồng giám khảo số 3: giám khảo ghi nhầm 6.5 thành 5.6' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class CorrectionView {
  @ApiProperty() id!: number;
  @ApiProperty() entryId!: number;
  @ApiProperty() judgeId!: number;
  @ApiProperty() criterion!: string;
  @ApiProperty({ nullable: true, type: String, description: 'null: the judge had not marked the cell.' })
  valueBefore!: string | null;
  @ApiProperty() valueAfter!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ description: 'Made after publication: the results need a republish.' })
  afterPublication!: boolean;
  @ApiProperty() correctedBy!: number;
  @ApiProperty() createdAt!: Date;
}

export class CorrectionList {
  @ApiProperty({ type: [CorrectionView], description: 'Oldest first.' }) items!: CorrectionView[];
}

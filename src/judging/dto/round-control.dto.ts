import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { trim } from '../../common/validation/transforms';
import { ROUND_STATES, RoundState } from '../../competition/entities/round.entity';

export class UnlockRoundDto {
  @ApiPropertyOptional({ example: 'Cần nhập bổ sung phiếu chấm giấy của một giám khảo' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string;
}

export class ConfirmFlagDto {
  @ApiPropertyOptional({ example: 'Đã trao đổi với hội đồng; giữ nguyên điểm' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note?: string;
}

export class RoundStateView {
  @ApiProperty() id!: number;
  @ApiProperty() categoryId!: number;
  @ApiProperty() position!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROUND_STATES }) state!: RoundState;
  @ApiProperty({ nullable: true, type: Date }) lockedAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number }) lockedBy!: number | null;
  @ApiProperty({ description: 'The latest published snapshot; 0 before the first publication.' })
  publishedVersion!: number;
  @ApiProperty({ description: 'Changed after publication: the results need a republish.' })
  changedSincePublication!: boolean;
  @ApiProperty() version!: number;
}

export class FlagConfirmationView {
  @ApiProperty() spread!: string;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
  @ApiProperty() confirmedBy!: number;
  @ApiProperty() confirmedAt!: Date;
}

export class FlagView {
  @ApiProperty() entryId!: number;
  @ApiProperty({ example: 'A-007' }) entryCode!: string;
  @ApiProperty({ example: '2.5', description: 'max − min of the counted judges’ totals.' }) spread!: string;
  @ApiProperty({ example: '2' }) limit!: string;
  @ApiProperty({ description: 'Confirmed by an organiser for this very spread.' }) confirmed!: boolean;
  @ApiProperty({ nullable: true, type: FlagConfirmationView }) confirmation!: FlagConfirmationView | null;
}

export class FlagList {
  @ApiProperty({ type: [FlagView] }) items!: FlagView[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { trim } from '../../common/validation/transforms';
import { CONSENT_PURPOSES, ConsentPurpose } from '../consent-rules';
import {
  CONSENT_KINDS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  ConsentKind,
  ConsentMethod,
  ConsentScope,
} from '../entities/consent.entity';

export class RecordConsentDto {
  @ApiProperty({ enum: CONSENT_KINDS, description: 'guardian: for a minor; participant: the person’s own.' })
  @IsIn(CONSENT_KINDS)
  kind!: ConsentKind;

  @ApiProperty({ example: 'Nguyễn Văn Bình', description: 'Who consented.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(150)
  givenBy!: string;

  @ApiPropertyOptional({ example: 'bố' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(50)
  relationship?: string;

  @ApiProperty({ example: '2026-09-05', description: 'The day it was given (not in the future).' })
  @IsDateOnly()
  givenOn!: string;

  @ApiProperty({ enum: CONSENT_METHODS })
  @IsIn(CONSENT_METHODS)
  method!: ConsentMethod;

  @ApiProperty({ enum: CONSENT_SCOPES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(CONSENT_SCOPES, { each: true })
  scopes!: ConsentScope[];
}

export class WithdrawConsentDto {
  @ApiPropertyOptional({ example: 'Gia đình không đồng ý tiếp tục' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  reason?: string;
}

export class ConsentCheckQuery {
  @ApiProperty({ enum: CONSENT_PURPOSES })
  @IsIn(CONSENT_PURPOSES)
  purpose!: ConsentPurpose;
}

export class ConsentView {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: CONSENT_KINDS }) kind!: ConsentKind;
  @ApiProperty() givenBy!: string;
  @ApiProperty({ nullable: true, type: String }) relationship!: string | null;
  @ApiProperty() givenOn!: string;
  @ApiProperty({ enum: CONSENT_METHODS }) method!: ConsentMethod;
  @ApiProperty({ enum: CONSENT_SCOPES, isArray: true }) scopes!: ConsentScope[];
  @ApiProperty({ nullable: true, type: Number }) recordedById!: number | null;
  @ApiProperty() recordedAt!: Date;
  @ApiProperty({ nullable: true, type: Date }) withdrawnAt!: Date | null;
  @ApiProperty({ nullable: true, type: String }) withdrawalReason!: string | null;
}

export class ConsentCheckView {
  @ApiProperty({ enum: CONSENT_PURPOSES }) purpose!: ConsentPurpose;
  @ApiProperty() satisfied!: true;
}

/** Consents recorded in one request (a class's paper forms). */
export const MAX_BULK_CONSENTS = 500;

export class BulkConsentItemDto extends RecordConsentDto {
  @ApiProperty({ example: 1024 })
  @IsInt()
  @Min(1)
  participantId!: number;
}

export class BulkConsentsDto {
  @ApiProperty({ type: [BulkConsentItemDto], minItems: 1, maxItems: MAX_BULK_CONSENTS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_CONSENTS)
  @ValidateNested({ each: true })
  @Type(() => BulkConsentItemDto)
  items!: BulkConsentItemDto[];
}

export class RecordedConsentView extends ConsentView {
  @ApiProperty() participantId!: number;
}

export class BulkConsentsView {
  @ApiProperty({ type: [RecordedConsentView], description: 'In the order of the request.' })
  items!: RecordedConsentView[];
}

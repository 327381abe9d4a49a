import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min, MinLength } from 'class-validator';
import { References } from '../../access/references';
import { PageOf, PageQuery } from '../../common/pagination';
import { INVITATION_STATES, InvitationState } from '../../competition/entities/event-invitation.entity';
import {
  ORGANISATION_KINDS,
  ORGANISATION_LEVELS,
  OrganisationKind,
  OrganisationLevel,
} from '../../organisations/entities/organisation.entity';

export class InviteOrganisationDto {
  @References('invitable_organisation')
  @ApiProperty({
    description: 'A unit to co-organise the event; it does once one of its organisers accepts.',
  })
  @IsInt()
  @Min(1)
  organisationId!: number;
}

export class InvitableQuery {
  @ApiProperty({ description: 'The start of any word of the unit’s name (at least 2 characters).' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  q!: string;
}

/** A unit an event may invite: any unit of the province active today, not organising the event yet. */
export class InvitableUnitView {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ enum: ORGANISATION_LEVELS }) level!: OrganisationLevel;
}

export class InvitationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_STATES, default: 'pending' })
  @IsOptional()
  @IsIn(INVITATION_STATES)
  state: InvitationState = 'pending';
}

export class InvitationView {
  @ApiProperty() id!: number;
  @ApiProperty() eventId!: number;
  @ApiProperty({ description: 'Shown to the invited unit, so it knows what it is asked to run.' })
  eventName!: string;
  @ApiProperty({ description: 'The event’s lead organising unit.' }) leadOrganisationName!: string;
  @ApiProperty({ description: 'The invited unit.' }) organisationId!: number;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: INVITATION_STATES }) state!: InvitationState;
  @ApiProperty({ nullable: true, type: Date }) decidedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class InvitationPage extends PageOf(InvitationView) {}

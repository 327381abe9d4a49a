import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { References } from '../../access/references';
import { PageOf, PageQuery } from '../../common/pagination';
import { INVITATION_STATES, InvitationState } from '../../competition/entities/event-invitation.entity';

export class InviteOrganisationDto {
  @References('invitable_organisation')
  @ApiProperty({
    description: 'A unit to co-organise the event; it does once one of its organisers accepts.',
  })
  @IsInt()
  @Min(1)
  organisationId!: number;
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
  @ApiProperty({ enum: INVITATION_STATES }) state!: InvitationState;
  @ApiProperty({ nullable: true, type: Date }) decidedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
}

export class InvitationPage extends PageOf(InvitationView) {}

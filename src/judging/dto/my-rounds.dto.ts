import { ApiProperty } from '@nestjs/swagger';
import { PANEL_ROLES, type PanelRole } from '../../competition/entities/panel-member.entity';

export class MyRoundView {
  @ApiProperty() roundId!: number;
  @ApiProperty() roundName!: string;
  @ApiProperty() position!: number;
  @ApiProperty({ enum: ['open', 'locked'] }) roundState!: string;
  @ApiProperty() categoryId!: number;
  @ApiProperty() categoryName!: string;
  @ApiProperty() eventId!: number;
  @ApiProperty() eventName!: string;
  @ApiProperty({ nullable: true, type: String }) venue!: string | null;
  @ApiProperty({ example: '2025-07-12' }) startDate!: string;
  @ApiProperty({ example: '2025-07-13' }) endDate!: string;
  @ApiProperty({ enum: PANEL_ROLES }) panelRole!: PanelRole;
  @ApiProperty() absent!: boolean;
  @ApiProperty({ nullable: true, type: Date }) submittedAt!: Date | null;
  @ApiProperty({ description: 'Cells the user’s sheet owes (0 for a secretary or an absent judge).' })
  owed!: number;
  @ApiProperty({ description: 'The user’s own marks in the round.' }) filled!: number;
}

export class MyRoundList {
  @ApiProperty({ type: [MyRoundView], description: 'Newest event first, then category and round.' })
  items!: MyRoundView[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional } from 'class-validator';
import { IsDateOnly } from '../../common/validation/is-date-only';
import { DIMENSIONS, Dimension } from '../report-figures';

const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
    : value;

export class ReviewQuery {
  @ApiProperty({ example: '2019-01-01', description: 'First day of the period.' })
  @IsDateOnly()
  from!: string;

  @ApiProperty({ example: '2022-12-31', description: 'Last day of the period.' })
  @IsDateOnly()
  to!: string;
}

export class SummaryQuery extends ReviewQuery {
  @ApiPropertyOptional({
    description: `Up to two of ${DIMENSIONS.join(', ')}, separated by commas (none: one row for the whole scope).`,
    example: 'locality,year',
    type: String,
  })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(DIMENSIONS, { each: true })
  groupBy?: Dimension[];

  @ApiPropertyOptional({
    example: '2019-06-01',
    description:
      'Group by the units directly under the province on this day (the districts before 1 July 2025, the communes after); the last day of the period by default.',
  })
  @IsOptional()
  @IsDateOnly()
  localitiesAt?: string;
}

/** A count of children: a number, or "< 5" where a viewer could otherwise single a child out. */
export type ChildCount = number | '< 5';

export class SummaryFiguresView {
  @ApiProperty({ description: 'Clubs active at some time in the period.' }) clubs!: number;
  @ApiProperty({
    description: 'Distinct children who were club members at some time in the period.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  activeTrainees!: ChildCount;
  @ApiProperty({ description: 'Club sessions held in the period.' }) sessionsHeld!: number;
  @ApiProperty({
    nullable: true,
    description:
      'present ÷ (present + absent) over those sessions (excused absences count neither way), 4 decimals; null without marks; "< 5" when fewer than 5 children were marked (viewers).',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  attendanceRate!: number | null | '< 5';
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Events (not drafts) starting in the period, by level.',
    example: { grassroots: 0, district: 2, provincial: 1, national: 0 },
  })
  eventsByLevel!: Record<string, number>;
  @ApiProperty({
    description: 'Active entries in those events.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  entries!: ChildCount;
  @ApiProperty({
    description: 'Distinct children in those entries.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  participants!: ChildCount;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }] },
    description: 'Entries awarded each prize, from the latest publication of each round.',
    example: { 'Giải Nhất': 3 },
  })
  prizesByName!: Record<string, ChildCount>;
  @ApiProperty({
    description:
      'Distinct candidates of the latest completed version of each shortlist, counted in the year that version finished and at the candidate’s home locality.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  shortlisted!: ChildCount;
  @ApiProperty({
    description: 'Of those candidates, the ones whose decision is accepted.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  accepted!: ChildCount;
  @ApiProperty({
    description: 'Of those candidates, the ones enrolled in a fostering programme through the shortlist.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  enrolled!: ChildCount;
}

export class GroupKeyView {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'null: the facts the history could not place in one unit.',
  })
  locality?: { id: number; fullName: string } | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) discipline?: {
    id: number;
    code: string;
    name: string;
  } | null;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) organisation?: {
    id: number;
    name: string;
  } | null;
  @ApiPropertyOptional() year?: number;
}

export class SummaryRowView {
  @ApiProperty({ type: GroupKeyView }) key!: GroupKeyView;
  @ApiProperty({ type: SummaryFiguresView }) figures!: SummaryFiguresView;
}

export class PlacementCountsView {
  @ApiProperty({ description: 'Recorded on a unit of the report.' }) direct!: number | '< 5';
  @ApiProperty({
    description: 'Recorded on an earlier or later unit that the history leads to one report unit.',
  })
  throughHistory!: number | '< 5';
  @ApiProperty({
    description:
      'Recorded on a unit whose territory the history spreads over several report units: counted whole in the one with a strict majority of it.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  apportioned!: number | '< 5';
  @ApiProperty({
    description:
      'Recorded on a split unit without a majority, on the province, or without a locality: counted in the row whose locality is null.',
    oneOf: [{ type: 'number' }, { type: 'string', enum: ['< 5'] }],
  })
  unplaced!: number | '< 5';
}

export class UnitRefView {
  @ApiProperty() id!: number;
  @ApiProperty() fullName!: string;
}

export class ApportionedUnitView extends UnitRefView {
  @ApiProperty({ type: UnitRefView, description: 'Where its facts are counted.' }) to!: UnitRefView;
  @ApiProperty({ description: 'That unit’s part of the commune-level links between them (0.5–1).' })
  share!: number;
  @ApiProperty({ type: [UnitRefView] }) candidates!: UnitRefView[];
}

export class UnplacedUnitView extends UnitRefView {
  @ApiProperty({ type: [UnitRefView], description: 'The report units its territory went to (or came from).' })
  candidates!: UnitRefView[];
}

export class PlacementView {
  @ApiProperty() localitiesAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Records of each figure (clubs, trainees, sessions, events, entries, prizes) by how they were placed.',
  })
  records!: Record<string, PlacementCountsView>;
  @ApiProperty({ type: [ApportionedUnitView] }) apportionedUnits!: ApportionedUnitView[];
  @ApiProperty({ type: [UnplacedUnitView] }) unplacedUnits!: UnplacedUnitView[];
  @ApiProperty({ description: 'Some records name no locality at all (also counted as unplaced).' })
  recordsWithoutLocality!: boolean;
}

export class SummaryView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ enum: DIMENSIONS, isArray: true }) groupBy!: Dimension[];
  @ApiProperty({
    description:
      'Counts of children under 5 are hidden as "< 5" (with a second cell wherever one could be recovered from a total), and the period is widened to whole years.',
  })
  smallCellsHidden!: boolean;
  @ApiProperty({ type: [SummaryRowView] }) rows!: SummaryRowView[];
  @ApiProperty({ type: SummaryFiguresView }) total!: SummaryFiguresView;
  @ApiPropertyOptional({ type: PlacementView, description: 'When grouped by locality.' })
  placement?: PlacementView;
}

export class ReviewView {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty() smallCellsHidden!: boolean;
  @ApiProperty({ description: 'The years of the period in order.' }) years!: number[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Each figure (prizes and event levels by name): its value per year with the change from the year before, and its trend over the period.',
  })
  figures!: Record<
    string,
    { years: { year: number; value: number | null | '< 5'; change: number | null }[]; trend: unknown }
  >;
  @ApiProperty({ type: SummaryFiguresView, description: 'The whole period.' }) total!: SummaryFiguresView;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Locality } from '../../localities/entities/locality.entity';

export const EVENT_KINDS = ['contest', 'festival', 'playground'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_LEVELS = ['grassroots', 'district', 'provincial', 'national'] as const;
export type EventLevel = (typeof EVENT_LEVELS)[number];

export const EVENT_STATES = ['draft', 'open', 'judging', 'published', 'archived'] as const;
export type EventState = (typeof EVENT_STATES)[number];

/** A contest (hội thi), performance festival (hội diễn, liên hoan) or playground (sân chơi, without awards). */
@Entity('events')
@Index(['startDate'])
export class Event {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  kind!: EventKind;

  @Column({ type: 'varchar', length: 12 })
  level!: EventLevel;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  /** Where it is held, as the unit was on the day. */
  @Column({ type: 'int', nullable: true })
  localityId!: number | null;

  @ManyToOne(() => Locality, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality | null;

  @Column({ type: 'date' })
  startDate!: string;

  @Column({ type: 'date' })
  endDate!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'draft' })
  state!: EventState;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

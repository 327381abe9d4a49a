import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Discipline } from '../../disciplines/entities/discipline.entity';
import type { PrizeRule } from '../../scoring/engine';
import { Event } from './event.entity';

export const CATEGORY_FORMATS = ['individual', 'team'] as const;
export type CategoryFormat = (typeof CATEGORY_FORMATS)[number];

/** A category (nội dung thi, bảng): discipline × age band × individual or team, inside one event. */
@Entity('categories')
@Index(['eventId', 'code'], { unique: true })
export class Category {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  eventId!: number;

  @ManyToOne(() => Event, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  /** Short and unique in the event; entry codes start with it (PIANO-A-007). */
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'int' })
  disciplineId!: number;

  @ManyToOne(() => Discipline, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Discipline;

  /** Youngest age allowed, in whole years on the reference date; null: no lower bound. */
  @Column({ type: 'tinyint', unsigned: true, nullable: true })
  minAge!: number | null;

  @Column({ type: 'tinyint', unsigned: true, nullable: true })
  maxAge!: number | null;

  /** The day ages are taken on; null: the event's first day. */
  @Column({ type: 'date', nullable: true })
  ageReferenceDate!: string | null;

  @Column({ type: 'varchar', length: 10 })
  format!: CategoryFormat;

  /** Team size bounds (1 and 1 for individual categories). */
  @Column({ type: 'smallint', unsigned: true })
  minMembers!: number;

  @Column({ type: 'smallint', unsigned: true })
  maxMembers!: number;

  /** The organising committee's prize structure, applied by the category's last round, in order. */
  @Column({ type: 'json' })
  prizes!: PrizeRule[];

  /** Entries sharing a prize beyond its count take the next prizes' places (committees differ; see README). */
  @Column({ type: 'boolean', default: false })
  tiesUseNextPlaces!: boolean;

  /** The number the next entry gets. */
  @Column({ type: 'int', default: 1 })
  nextEntryNumber!: number;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

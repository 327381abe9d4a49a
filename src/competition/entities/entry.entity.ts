import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Club } from '../../clubs/entities/club.entity';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Locality } from '../../localities/entities/locality.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../users/entities/user.entity';
import { Category } from './category.entity';

export const ENTRY_STATES = ['active', 'withdrawn'] as const;
export type EntryState = (typeof ENTRY_STATES)[number];

/** One participant, or a team, in a category: what the judges score. */
@Entity('entries')
@Index(['categoryId', 'number'], { unique: true })
@Index(['organisationId'])
export class Entry {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  categoryId!: number;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Category;

  /** Numbered from 1 in the category; with the category's code it makes the entry code (PIANO-A-007). */
  @Column({ type: 'int' })
  number!: number;

  /** The piece, song or project performed. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  title!: string | null;

  /** A team's name (a group act). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  teamName!: string | null;

  /** The unit the entry represents. */
  @Column({ type: 'int' })
  organisationId!: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'int', nullable: true })
  localityId!: number | null;

  @ManyToOne(() => Locality, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality | null;

  /** The coach behind the entry, when they have an account: a judge coaching it is recused. */
  @Column({ type: 'int', nullable: true })
  coachUserId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'coach_user_id' })
  coach?: User | null;

  @Column({ type: 'int', nullable: true })
  clubId!: number | null;

  @ManyToOne(() => Club, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'club_id' })
  club?: Club | null;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  state!: EntryState;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  withdrawReason!: string | null;

  /** The entry of an earlier event it advanced from (a next-level event). */
  @Column({ type: 'int', nullable: true })
  advancedFromEntryId!: number | null;

  @ManyToOne(() => Entry, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advanced_from_entry_id' })
  advancedFrom?: Entry | null;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

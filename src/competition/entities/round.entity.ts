import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import type { AdvancementRule, AggregationBasis, RoundMethod, TieBreak } from '../../scoring/engine';
import { User } from '../../users/entities/user.entity';
import { Category } from './category.entity';

/** One criterion of a round's rubric: a mark from min to max in steps, weighted (or a factor) in the total. */
export interface RoundCriterion {
  /** Short and unique in the rubric: how scores name it. */
  code: string;
  name: string;
  min: string;
  max: string;
  step: string;
  weight: string;
}

export const ROUND_STATES = ['open', 'locked'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** A round (vòng sơ khảo, chung khảo) of a category, with its rubric and the rules that turn scores into results. */
@Entity('rounds')
@Index(['categoryId', 'position'], { unique: true })
export class Round {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  categoryId!: number;

  @ManyToOne(() => Category, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: Category;

  /** 1 for the first round; the category's entries enter it, later rounds take those advanced. */
  @Column({ type: 'smallint', unsigned: true })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'json' })
  criteria!: RoundCriterion[];

  @Column({ type: 'json' })
  method!: RoundMethod;

  @Column({ type: 'varchar', length: 10 })
  basis!: AggregationBasis;

  @Column({ type: 'tinyint', unsigned: true })
  decimals!: number;

  @Column({ type: 'json' })
  tieBreaks!: TieBreak[];

  /** Flags an entry whose judges' totals spread by more than this; null: no flag. */
  @Column({ type: 'decimal', precision: 12, scale: 4, nullable: true })
  spreadLimit!: string | null;

  @Column({ type: 'json', nullable: true })
  advancement!: AdvancementRule | null;

  /** Weight in the category's final standing; null: the round does not count towards it. */
  @Column({ type: 'decimal', precision: 10, scale: 4, nullable: true })
  standingWeight!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  state!: RoundState;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  lockedAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  lockedBy!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locked_by' })
  locker?: User | null;

  /** The latest published snapshot's version; 0 before the first publication. */
  @Column({ type: 'int', default: 0 })
  publishedVersion!: number;

  /** Set by a correction after publication: the published results need a republish. */
  @Column({ type: 'boolean', default: false })
  changedSincePublication!: boolean;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

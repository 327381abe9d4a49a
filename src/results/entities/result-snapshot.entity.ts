import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Round } from '../../competition/entities/round.entity';
import { User } from '../../users/entities/user.entity';

const ENTRIES = "JSON_LENGTH(results, '$.entries')";
const ENTRY_PRIZES = `CASE WHEN COALESCE(${ENTRIES}, 0) = 0 THEN JSON_ARRAY(JSON_ARRAY(), JSON_ARRAY())
  WHEN JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].entryId')) = ${ENTRIES}
   AND JSON_LENGTH(JSON_EXTRACT(results, '$.entries[*].prize')) = ${ENTRIES}
  THEN JSON_ARRAY(JSON_EXTRACT(results, '$.entries[*].entryId'), JSON_EXTRACT(results, '$.entries[*].prize')) END`;

/** A publication of a round's results, frozen. A republication adds a version; earlier ones stay. */
@Entity('result_snapshots')
export class ResultSnapshot {
  @PrimaryColumn({ type: 'int' })
  roundId!: number;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  /** The results as published, breakdowns included (see PublishedResults). */
  @Column({ type: 'json' })
  results!: unknown;

  /**
   * Every entry's id and prize in the results' order, as [[ids], [prizes]], kept by the database beside the
   * results so that counting prizes (the reports) reads a few hundred bytes per publication rather than the
   * whole of it. Null when an entry lacks either key (the reports then read the results).
   */
  @Column({
    type: 'json',
    asExpression: ENTRY_PRIZES,
    generatedType: 'STORED',
    nullable: true,
    select: false,
    insert: false,
    update: false,
  })
  entryPrizes!: unknown;

  /** Why it was republished; null for the first publication. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @Column({ type: 'int' })
  publishedBy!: number;

  @ManyToOne(() => Round, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Round;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by' })
  publisher?: User;

  @CreatedAtColumn()
  publishedAt!: Date;
}

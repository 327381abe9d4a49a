import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Round } from '../../competition/entities/round.entity';
import { User } from '../../users/entities/user.entity';

/** An entry's id and its prize's name. */
export type PrizedEntry = [number, string];

/** The entries of published results that won a prize (those with an id and a prize), in their order. */
export function prizedEntries(results: {
  entries?: { entryId?: unknown; prize?: unknown }[];
}): PrizedEntry[] {
  return (results.entries ?? []).flatMap(({ entryId, prize }) =>
    typeof entryId === 'number' && typeof prize === 'string' ? [[entryId, prize] as PrizedEntry] : [],
  );
}

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
   * The prized entries of the results as [entryId, prize] pairs (see prizedEntries), written with them so that
   * counting prizes (the reports) reads a few hundred bytes per publication rather than the whole of it. (A
   * column the database generated from the results cost as much to read as the results.)
   */
  @Column({ type: 'json', select: false })
  entryPrizes!: PrizedEntry[];

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

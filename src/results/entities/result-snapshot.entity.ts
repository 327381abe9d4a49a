import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Round } from '../../competition/entities/round.entity';
import { User } from '../../users/entities/user.entity';

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

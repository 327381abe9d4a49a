import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';

export type LoginOutcome = 'success' | 'failure' | 'throttled';

/** Every sign-in attempt (never the password): the record behind login throttling. */
@Entity('login_attempts')
@Index(['email', 'attemptedAt'])
@Index(['clientAddress', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** As typed, lower-cased; it may name no account. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 45 })
  clientAddress!: string;

  @Column({ type: 'int', nullable: true })
  userId!: number | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: LoginOutcome;

  @CreatedAtColumn()
  attemptedAt!: Date;
}

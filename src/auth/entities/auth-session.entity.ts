import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { User } from '../../users/entities/user.entity';

/**
 * One sign-in: the family of refresh tokens it rotates through. Every access token names its session, and
 * is refused once the session is revoked (logout, password change, account disabled, refresh token reuse).
 */
@Entity('auth_sessions')
@Index(['userId', 'revokedAt'])
export class AuthSession {
  @PrimaryColumn({ type: 'char', length: 36 })
  id!: string;

  @Column({ type: 'int' })
  userId!: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreatedAtColumn()
  createdAt!: Date;

  /** Moves forward with every refresh; the session ends when its last refresh token would. */
  @Column({ type: 'datetime', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason!: string | null;

  @Column({ type: 'varchar', length: 45 })
  clientAddress!: string;
}

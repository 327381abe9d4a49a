import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Organisation } from '../../organisations/entities/organisation.entity';
import type { Role } from '../roles';
import { User } from './user.entity';

/** A role granted to a user at an organisation, reaching its subtree. Only `admin` may have none (everywhere). */
@Entity('role_assignments')
@Index(['userId', 'role', 'organisationId'], { unique: true })
export class RoleAssignment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  userId!: number;

  @ManyToOne(() => User, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'int', nullable: true })
  organisationId!: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation | null;

  @CreatedAtColumn()
  createdAt!: Date;
}

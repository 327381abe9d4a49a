import { Column, Entity, OneToMany, PrimaryGeneratedColumn, Relation, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { RoleAssignment } from './role-assignment.entity';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  /** Stored lower-case; unique under the case-insensitive collation too. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email!: string;

  /** argon2id; never selected unless asked for. */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 150 })
  fullName!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  roles?: Relation<RoleAssignment[]>;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Locality } from '../../localities/entities/locality.entity';

export const ORGANISATION_KINDS = [
  'youth_union',
  'youth_federation',
  'young_pioneers',
  'palace',
  'school',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_LEVELS = ['provincial', 'district', 'commune', 'grassroots'] as const;
export type OrganisationLevel = (typeof ORGANISATION_LEVELS)[number];

/**
 * A unit of the Youth Union, Youth Federation, Young Pioneers, the palace, a school…: a tree (province →
 * district or cluster → grassroots unit) with its own history. Roles are granted at an organisation and
 * reach its whole subtree.
 */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Organisation | null;

  /** Ids from the root down, '/1/5/23/': a subtree is every path that starts with its root's path. */
  @Index()
  @Column({ type: 'varchar', length: 255 })
  path!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 20 })
  level!: OrganisationLevel;

  @Column({ type: 'int' })
  localityId!: number;

  @ManyToOne(() => Locality, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality;

  @Column({ type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  validTo!: string | null;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

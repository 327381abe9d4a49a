import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';

export const LOCALITY_LEVELS = ['province', 'district', 'commune'] as const;
export type LocalityLevel = (typeof LOCALITY_LEVELS)[number];

/** province; city, town, district (district level); ward, commune, township, special_zone (commune level). */
export const LOCALITY_KINDS = [
  'province',
  'city',
  'town',
  'district',
  'ward',
  'commune',
  'township',
  'special_zone',
] as const;
export type LocalityKind = (typeof LOCALITY_KINDS)[number];

/**
 * An administrative unit as it existed during [validFrom, validTo] (null: open-ended). A unit that changes
 * is closed and succeeded by new ones (LocalitySuccession); facts keep the unit valid when recorded.
 */
@Entity('localities')
@Index(['code', 'validFrom'])
@Index(['validFrom', 'validTo'])
export class Locality {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Locality, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Locality | null;

  @Column({ type: 'varchar', length: 20 })
  level!: LocalityLevel;

  @Column({ type: 'varchar', length: 20 })
  kind!: LocalityKind;

  /** The official (GSO) code; codes are reused across time, so (code, validFrom) names a unit. */
  @Column({ type: 'varchar', length: 10 })
  code!: string;

  @Index()
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** With the unit's kind, as written officially: "Phường Hồng Gai", "Huyện Ba Chẽ". */
  @Column({ type: 'varchar', length: 150 })
  fullName!: string;

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

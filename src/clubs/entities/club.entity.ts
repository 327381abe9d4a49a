import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Discipline } from '../../disciplines/entities/discipline.entity';
import { Locality } from '../../localities/entities/locality.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';

export const CLUB_KINDS = ['club', 'team', 'group'] as const;
export type ClubKind = (typeof CLUB_KINDS)[number];

/** A hobby club, team or group run by an organisation (the palace's classes are clubs of the palace). */
@Entity('clubs')
export class Club {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'int' })
  organisationId!: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: ClubKind;

  @Column({ type: 'int' })
  disciplineId!: number;

  @ManyToOne(() => Discipline, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Discipline;

  @Column({ type: 'int', nullable: true })
  localityId!: number | null;

  @ManyToOne(() => Locality, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locality_id' })
  locality?: Locality | null;

  /** When it meets, as written: "Thứ Ba và Thứ Năm, 17:30–19:00". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  schedule!: string | null;

  /** Active members at most; null for no limit. */
  @Column({ type: 'int', nullable: true })
  capacity!: number | null;

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

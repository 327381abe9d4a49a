import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Locality } from '../../localities/entities/locality.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';

export const GENDERS = ['female', 'male', 'other'] as const;
export type Gender = (typeof GENDERS)[number];

/** The unique key that makes the database refuse a second registration of the same child. */
export const NAMESAKE_INDEX = 'uq_participants_namesake';

/**
 * A child or young person (about 3–35). Personal fields are erased on anonymisation (fullName becomes empty,
 * the others null); the row stays so that results and statistics keep counting it, unlinked from the person.
 */
@Entity('participants')
@Index(['dateOfBirth', 'fullName'])
@Index(['fullName', 'id'])
@Index(NAMESAKE_INDEX, ['dateOfBirth', 'namesakeKey'], { unique: true })
export class Participant {
  @PrimaryGeneratedColumn()
  id!: number;

  /** NFC, single spaces; compared and searched without accents or case (the column's collation). */
  @Column({ type: 'varchar', length: 150 })
  fullName!: string;

  @Column({ type: 'varchar', length: 10 })
  gender!: Gender;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  /**
   * The full name again while the record counts for the duplicate rule; NULL (which never collides) for a
   * registration acknowledged as another child of the same name and birthday, and for an anonymised record.
   * Unique with the date of birth under the column's accent-insensitive collation (đ = d, case ignored), so
   * two concurrent registrations of one child cannot both commit.
   */
  @Column({ type: 'varchar', length: 150, nullable: true })
  namesakeKey!: string | null;

  /** The home locality as it was when recorded. */
  @Column({ type: 'int', nullable: true })
  homeLocalityId!: number | null;

  @ManyToOne(() => Locality, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'home_locality_id' })
  homeLocality?: Locality | null;

  /** School or unit, as written. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  school!: string | null;

  @Column({ type: 'varchar', length: 150, nullable: true })
  guardianName!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  guardianRelationship!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  guardianPhone!: string | null;

  /** The unit that registered the participant: whose organisers see and manage the record. */
  @Index()
  @Column({ type: 'int' })
  organisationId!: number;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;

  /** The bulk import that created the record, if one did. */
  @Index()
  @Column({ type: 'int', nullable: true })
  importId!: number | null;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  anonymisedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

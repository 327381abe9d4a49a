import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Club } from '../../clubs/entities/club.entity';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';
import { Discipline } from '../../disciplines/entities/discipline.entity';

/** A fostering programme (bồi dưỡng) at the palace: run through one of its clubs, with a capacity. */
@Entity('fostering_programmes')
export class FosteringProgramme {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Index()
  @Column({ type: 'int' })
  clubId!: number;

  @ManyToOne(() => Club, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'club_id' })
  club?: Club;

  @Column({ type: 'int' })
  disciplineId!: number;

  @ManyToOne(() => Discipline, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Discipline;

  @Column({ type: 'date' })
  startsOn!: string;

  @Column({ type: 'date' })
  endsOn!: string;

  @Column({ type: 'smallint', unsigned: true })
  capacity!: number;

  @Column({ type: 'smallint', unsigned: true, default: 0 })
  enrolled!: number;

  @Column({ type: 'int' })
  createdById!: number;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { CreatedAtColumn, UpdatedAtColumn } from '../../database/timestamp-columns';

export const DISCIPLINE_KINDS = ['field', 'discipline'] as const;
export type DisciplineKind = (typeof DISCIPLINE_KINDS)[number];

/** A field (music, sports…) or a discipline within one (piano, chess…), with a stable code. */
@Entity('disciplines')
export class Discipline {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Discipline, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Discipline | null;

  /** Upper-case, stable across renames: MUSIC, MUSIC.PIANO. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'varchar', length: 150 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: DisciplineKind;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @VersionColumn()
  version!: number;

  @CreatedAtColumn()
  createdAt!: Date;

  @UpdatedAtColumn()
  updatedAt!: Date;
}

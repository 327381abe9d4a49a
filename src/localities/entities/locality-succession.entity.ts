import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Locality } from './locality.entity';

/** `predecessor` was replaced, wholly or in part, by `successor` (which is valid from the change). */
@Entity('locality_successions')
export class LocalitySuccession {
  @PrimaryColumn({ type: 'int' })
  predecessorId!: number;

  @PrimaryColumn({ type: 'int' })
  successorId!: number;

  @ManyToOne(() => Locality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'predecessor_id' })
  predecessor?: Locality;

  @ManyToOne(() => Locality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'successor_id' })
  successor?: Locality;

  /** True when only part of the predecessor's territory went to this successor. */
  @Column({ type: 'boolean', default: false })
  partial!: boolean;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../../database/timestamp-columns';
import { Participant } from './participant.entity';

/** guardian: a parent or guardian consents for a minor; participant: the person's own consent. */
export const CONSENT_KINDS = ['guardian', 'participant'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const CONSENT_SCOPES = ['registry', 'contests', 'publication', 'shortlisting'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const CONSENT_METHODS = ['paper', 'electronic'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A consent as given (who, how, when, for what) and, once withdrawn, when and why. Never deleted. */
@Entity('participant_consents')
@Index(['participantId', 'withdrawnAt'])
export class Consent {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int' })
  participantId!: number;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @Column({ type: 'varchar', length: 20 })
  kind!: ConsentKind;

  /** The name of who consented; erased on anonymisation. */
  @Column({ type: 'varchar', length: 150 })
  givenBy!: string;

  /** For a guardian: mother, father, grandparent, legal guardian… */
  @Column({ type: 'varchar', length: 50, nullable: true })
  relationship!: string | null;

  @Column({ type: 'date' })
  givenOn!: string;

  @Column({ type: 'varchar', length: 20 })
  method!: ConsentMethod;

  @Column({ type: 'simple-array' })
  scopes!: ConsentScope[];

  @Column({ type: 'int', nullable: true })
  recordedById!: number | null;

  @CreatedAtColumn()
  recordedAt!: Date;

  @Column({ type: 'datetime', precision: 3, nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  withdrawnById!: number | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  withdrawalReason!: string | null;
}

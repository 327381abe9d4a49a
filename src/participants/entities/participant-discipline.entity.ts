import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Discipline } from '../../disciplines/entities/discipline.entity';
import { Participant } from './participant.entity';

/** A discipline the participant is registered in (an aptitude noted at registration or since). */
@Entity('participant_disciplines')
export class ParticipantDiscipline {
  @PrimaryColumn({ type: 'int' })
  participantId!: number;

  @PrimaryColumn({ type: 'int' })
  disciplineId!: number;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: Participant;

  @ManyToOne(() => Discipline, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'discipline_id' })
  discipline?: Discipline;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { Event } from './event.entity';

/** An organisation running an event; its organisers (and those above it) manage the event. */
@Entity('event_organisations')
@Index(['organisationId'])
export class EventOrganisation {
  @PrimaryColumn({ type: 'int' })
  eventId!: number;

  @PrimaryColumn({ type: 'int' })
  organisationId!: number;

  /** Listing order: the lead organiser first. */
  @Column({ type: 'smallint' })
  position!: number;

  @ManyToOne(() => Event, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Event;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Organisation;
}

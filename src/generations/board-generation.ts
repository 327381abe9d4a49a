import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterCommit } from '../database/transaction';
import { Generations } from './generations';

const PEOPLE = 'public-board';
const round = (roundId: number) => `public-board:round:${roundId}`;

/**
 * What public boards show changes in two ways: about people (names, consents, anonymisation, organisers'
 * names), for every board at once, and by a round's new publication. Each change bumps its counter after its
 * commit, so every API process sees it on its next read and stops serving boards computed before it.
 */
@Injectable()
export class BoardGeneration {
  constructor(private readonly generations: Generations) {}

  /** The token of a round's board now, or null when Redis does not answer (no cached board may be trusted). */
  current(roundId: number): Promise<string | null> {
    return this.generations.read([PEOPLE, round(roundId)]);
  }

  /** Once `manager`'s transaction has committed, no board computed before it is trusted (people changed). */
  afterCommitForPeople(manager: EntityManager): void | Promise<void> {
    return afterCommit(manager, () => this.generations.bump([PEOPLE]));
  }

  /** Once `manager`'s transaction has committed, the round's board shows its new publication. */
  afterCommitForRound(manager: EntityManager, roundId: number): void | Promise<void> {
    return afterCommit(manager, () => this.generations.bump([round(roundId)]));
  }
}

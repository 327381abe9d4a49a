import { Injectable } from '@nestjs/common';
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

  /** After a committed change to what boards show about people. */
  bump(): Promise<void> {
    return this.generations.bump([PEOPLE]);
  }

  /** After a round's new publication was committed. */
  bumpRound(roundId: number): Promise<void> {
    return this.generations.bump([round(roundId)]);
  }

  /** For `.then(...)` after a committed transaction: bumps, then passes the transaction's result on. */
  readonly afterCommit = async <T>(result: T): Promise<T> => {
    await this.bump();
    return result;
  };
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { afterCommit } from '../database/transaction';
import { Generations } from './generations';

const EVERYONE = 'access';
const user = (userId: number) => `access:user:${userId}`;

/**
 * What a signed-in session is and may do: whether it is still open, its account's details and roles, and
 * their organisations (names and places in the tree). A change to one account bumps that account's counter,
 * a change to organisations everyone's, after the commit; every process then reads the session afresh.
 */
@Injectable()
export class AccessGeneration {
  constructor(private readonly generations: Generations) {}

  /** The token of the account's access now, or null when Redis does not answer (read it afresh then). */
  current(userId: number): Promise<string | null> {
    return this.generations.read([EVERYONE, user(userId)]);
  }

  /** Once `manager`'s transaction has committed, every session of the account is read afresh. */
  afterCommitForUser(manager: EntityManager, userId: number): void | Promise<void> {
    return afterCommit(manager, () => this.generations.bump([user(userId)]));
  }

  /** Once `manager`'s transaction has committed, every session is read afresh (organisations changed). */
  afterCommitForEveryone(manager: EntityManager): void | Promise<void> {
    return afterCommit(manager, () => this.generations.bump([EVERYONE]));
  }
}

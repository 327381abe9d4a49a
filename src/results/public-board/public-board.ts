import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LruCache } from '../../common/lru-cache';
import { todayInVietnam } from '../../participants/participant-rules';
import { openGraphFor } from '../results-page-meta';
import { ResultsService } from '../results.service';
import { BoardGeneration } from '../../generations/board-generation';

/** Boards kept per process: a 1,000-entry board weighs about 200 KiB. */
const BOARDS_KEPT = 200;

/**
 * A board is recomputed at least this often even when no change was signalled: it bounds how long a change
 * whose signal was lost (Redis down at that moment) can go unseen. Matches the Cache-Control max-age.
 */
export const BOARD_TIME_TO_LIVE_MS = 60_000;

/** A public board as served: the JSON bytes, their ETag, and the link preview of the page. */
export interface ServedBoard {
  body: Buffer;
  etag: string;
  openGraph: { title: string; description: string };
}

interface Kept extends ServedBoard {
  computedAt: number;
}

/**
 * The public results board, computed once per publication, consent generation and day (a child's age, so
 * the consents their name needs, changes with the date), then served as bytes. The request path costs one
 * Redis MGET and no database read: a new publication bumps the round's generation, any change to names or
 * consents the generation of every board.
 */
@Injectable()
export class PublicBoard {
  private readonly kept = new LruCache<string, Kept>(BOARDS_KEPT);
  /** Computations under way, so a burst of requests after a change computes the board once. */
  private readonly computing = new Map<string, Promise<Kept>>();

  constructor(
    private readonly results: ResultsService,
    private readonly generation: BoardGeneration,
  ) {}

  /** The round's latest publication, or `version`; not found for a round never published or no such version. */
  async board(roundId: number, version?: number): Promise<ServedBoard> {
    const generation = await this.generation.current(roundId);
    // Without Redis no process can tell whether a consent changed: computed for this request, never kept.
    if (generation === null) return this.compute(roundId, version);

    const key = `${roundId}:${version ?? 'latest'}:${generation}:${todayInVietnam()}`;
    const kept = this.kept.get(key);
    if (kept && Date.now() - kept.computedAt < BOARD_TIME_TO_LIVE_MS) return kept;
    let pending = this.computing.get(key);
    if (!pending) {
      pending = this.compute(roundId, version).finally(() => this.computing.delete(key));
      this.computing.set(key, pending);
    }
    const board = await pending;
    this.kept.set(key, board);
    return board;
  }

  private async compute(roundId: number, version?: number): Promise<Kept> {
    const results = await this.results.publicResults(roundId, version);
    const body = Buffer.from(JSON.stringify(results));
    return {
      body,
      etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
      openGraph: openGraphFor(results),
      computedAt: Date.now(),
    };
  }
}

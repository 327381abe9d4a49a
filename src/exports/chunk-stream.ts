import { Writable } from 'node:stream';

/** Bytes of one stored piece of a file (a MEDIUMBLOB holds up to 16 MiB). */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * A writable stream that stores what it receives in pieces of CHUNK_BYTES through `store`, one at a time:
 * while a piece is being stored the writer waits (backpressure), so memory holds at most about one piece.
 */
export class ChunkStream extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  bytes = 0;

  constructor(private readonly store: (seq: number, data: Buffer) => Promise<void>) {
    super({ highWaterMark: CHUNK_BYTES });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.bytes += chunk.length;
    if (this.pendingBytes < CHUNK_BYTES) return done();
    this.flushPending().then(() => done(), done);
  }

  override _final(done: (error?: Error | null) => void): void {
    this.flushPending().then(() => done(), done);
  }

  private async flushPending(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    for (let start = 0; start < data.length; start += CHUNK_BYTES)
      await this.store(this.seq++, data.subarray(start, start + CHUNK_BYTES));
  }
}

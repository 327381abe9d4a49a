/** An ordered stream of rows keyed by participant, read in step with other such streams. */
export class ParticipantRows<Row extends { participant_id: number }> {
  private next: IteratorResult<Row> | undefined;

  constructor(private readonly rows: AsyncIterator<Row>) {}

  /** The rows of `participantId`, skipping those of lower ids (children outside the run). */
  async take(participantId: number): Promise<Row[]> {
    const taken: Row[] = [];
    for (;;) {
      this.next ??= await this.rows.next();
      if (this.next.done) return taken;
      const id = Number(this.next.value.participant_id);
      if (id > participantId) return taken;
      if (id === participantId) taken.push(this.next.value);
      this.next = undefined;
    }
  }
}

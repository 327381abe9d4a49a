import { Organisation } from '../src/organisations/entities/organisation.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

const JUDGES = ['J1', 'J2', 'J3', 'J4', 'J5'];
const COUPLES = ['A', 'B', 'C', 'D', 'E', 'F'];
const DANCES = [
  { code: 'W', name: 'Waltz' },
  { code: 'T', name: 'Tango' },
  { code: 'F', name: 'Foxtrot' },
];

/**
 * Each judge's order, 1st to 6th, in each dance; the places follow by hand (5 judges, majority 3):
 *
 * Waltz   J1 ABCDEF  J2 ABCDEF  J3 BACDFE  J4 ACBDEF  J5 BADCEF
 *   A 1 1 2 1 2: three 1sts → 1st.  B 2 2 1 3 1: four at 2nd or better → 2nd.  C 3 3 3 2 4: four at 1–3 → 3rd.
 *   D 4 4 4 4 3 → 4th.  E 5 5 6 5 5: four at 1–5 → 5th.  F → 6th.
 * Tango   J1 BACDEF  J2 BACEDF  J3 ABDCEF  J4 BCADEF  J5 ABCDFE
 *   B 1 1 2 1 2: three 1sts → 1st.  A 2 2 1 3 1: four at 1–2 → 2nd.  C 3 3 4 2 3: four at 1–3 → 3rd.
 *   D 4 5 3 4 4: four at 1–4 → 4th.  E 5 4 5 5 6: four at 1–5 → 5th.  F → 6th.
 * Foxtrot J1 ADBCEF  J2 DABCFE  J3 ABDCEF  J4 ADCBEF  J5 DABECF
 *   A 1 2 1 1 2: three 1sts → 1st.  D 2 1 3 2 1: four at 1–2 → 2nd.  B 3 3 2 4 3: four at 1–3 → 3rd.
 *   C 4 4 4 3 5: four at 1–4 → 4th.  E 5 6 5 5 4: four at 1–5 → 5th.  F → 6th.
 *
 * Summary (rule 9):  A 1+2+1 = 4 → 1st;  B 2+1+3 = 6 → 2nd;  C 3+3+4 = 10, D 4+4+2 = 10: tied for 3rd;
 *   E 5+5+5 = 15 → 5th;  F 6+6+6 = 18 → 6th.
 * Rule 10 at 3rd: C placed 3rd or better in 2 dances (3 + 3 = 6), D in 1 (the 2nd in Foxtrot): C 3rd, D 4th.
 */
const ORDERS: Record<string, Record<string, string>> = {
  W: { J1: 'ABCDEF', J2: 'ABCDEF', J3: 'BACDFE', J4: 'ACBDEF', J5: 'BADCEF' },
  T: { J1: 'BACDEF', J2: 'BACEDF', J3: 'ABDCEF', J4: 'BCADEF', J5: 'ABCDFE' },
  F: { J1: 'ADBCEF', J2: 'DABCFE', J3: 'ABDCEF', J4: 'ADCBEF', J5: 'DABECF' },
};

interface ResultsBody {
  ranked: unknown;
  entries: { entryId: number; rank: number; prize: string }[];
}

interface Cell {
  entryId: number;
  criterion: string;
  value: string;
}

describe('a dance final judged by the Skating System, through the API', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  let A: Organisation;
  const token: Record<string, string> = {};
  const id: Record<string, number> = {};
  let couples: Participant[];
  let event: { id: number };
  /** Two categories run the same final: their sheets arrive in different orders. */
  const rounds: { id: number }[] = [];
  const entries: Record<string, number>[] = [{}, {}];
  let recallRound: { id: number };
  let recallFinal: { id: number };
  const recalled: Record<string, { id: number; code: string }> = {};

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    A = await t.factories.organisation({ name: 'Cung Văn hóa Thanh thiếu nhi Quảng Ninh' });
    const organiser = await make.organiser(A.id);
    token.organiser = await t.login(organiser.email, organiser.password);
    for (const who of JUDGES) {
      const judge = await t.factories.user({ roles: [{ role: 'judge', organisationId: null }] });
      token[who] = await t.login(judge.email, judge.password);
      id[who] = judge.id;
    }
    couples = [];
    for (let i = 0; i < COUPLES.length; i++) couples.push(await make.participant(A.id));
  });

  afterAll(() => t?.close());

  const api = (who: string | null) => {
    const auth = (request: import('supertest').Test) => (who ? request.set(bearer(token[who])) : request);
    return {
      get: (path: string) => auth(t.http().get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => auth(t.http().post(`/api/v1${path}`)).send(body),
      put: (path: string, body: object) => auth(t.http().put(`/api/v1${path}`)).send(body),
    };
  };
  const organiser = api('organiser');

  /** A judge's places in one dance of one round, in couple order A … F. */
  const danceCells = (round: number, dance: string, who: string): Cell[] =>
    COUPLES.map((couple) => ({
      entryId: entries[round][couple],
      criterion: dance,
      value: String(ORDERS[dance][who].indexOf(couple) + 1),
    }));

  it('sets up two skating finals of three dances, with six couples and a panel of five', async () => {
    event = (
      await organiser
        .post('/events', {
          name: 'Liên hoan khiêu vũ thể thao thiếu nhi Quảng Ninh 2026',
          kind: 'contest',
          level: 'provincial',
          organisationIds: [A.id],
          startDate: '2026-06-01',
          endDate: '2026-06-01',
        })
        .expect(201)
    ).body;
    for (const code of ['DS1', 'DS2']) {
      const category = (
        await organiser
          .post(`/events/${event.id}/categories`, {
            code,
            name: `Khiêu vũ ${code}`,
            disciplineId: 3,
            minAge: 8,
            maxAge: 11,
            format: 'individual',
            prizes: [
              { prize: 'Giải Nhất', count: 1 },
              { prize: 'Giải Nhì', count: 1 },
              { prize: 'Giải Ba', count: 1 },
            ],
          })
          .expect(201)
      ).body;
      // A ranked round names dances, not a rubric, and refuses rules that only marks have.
      const refused = await organiser
        .post(`/categories/${category.id}/rounds`, {
          name: 'Chung kết',
          method: { kind: 'skating' },
          dances: DANCES,
          tieBreaks: [{ kind: 'headJudge' }],
        })
        .expect(400);
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual(['tieBreaks']);
      const round = (
        await organiser
          .post(`/categories/${category.id}/rounds`, {
            name: 'Chung kết',
            method: { kind: 'skating' },
            dances: DANCES,
          })
          .expect(201)
      ).body;
      expect(round.method).toEqual({ kind: 'skating' });
      expect(round.criteria.map((dance: { code: string }) => dance.code)).toEqual(['W', 'T', 'F']);
      rounds.push(round);
    }
    // A third category recalls 3 of the 6 couples in a preliminary, then dances its final.
    const recallCategory = (
      await organiser
        .post(`/events/${event.id}/categories`, {
          code: 'DS3',
          name: 'Khiêu vũ DS3',
          disciplineId: 3,
          minAge: 8,
          maxAge: 11,
          format: 'individual',
          prizes: [{ prize: 'Giải Nhất', count: 1 }],
        })
        .expect(201)
    ).body;
    recallRound = (
      await organiser
        .post(`/categories/${recallCategory.id}/rounds`, {
          name: 'Vòng loại',
          method: { kind: 'recall', recall: 3 },
          dances: [{ code: 'W', name: 'Waltz' }],
        })
        .expect(201)
    ).body;
    recallFinal = (
      await organiser
        .post(`/categories/${recallCategory.id}/rounds`, {
          name: 'Chung kết',
          method: { kind: 'skating' },
          dances: DANCES,
        })
        .expect(201)
    ).body;
    await organiser.post(`/events/${event.id}/transitions`, { to: 'open' }).expect(200);
    const recallEntries = (
      await organiser
        .post(`/categories/${recallCategory.id}/entries/bulk`, {
          entries: couples.map((couple) => ({ members: [couple.id], organisationId: A.id })),
        })
        .expect(201)
    ).body.items as { id: number; code: string }[];
    COUPLES.forEach((couple, at) => (recalled[couple] = recallEntries[at]));
    for (const [index, round] of rounds.entries()) {
      const { categoryId } = (await organiser.get(`/rounds/${round.id}`).expect(200)).body;
      const created = (
        await organiser
          .post(`/categories/${categoryId}/entries/bulk`, {
            entries: couples.map((couple) => ({ members: [couple.id], organisationId: A.id })),
          })
          .expect(201)
      ).body.items as { id: number }[];
      COUPLES.forEach((couple, at) => (entries[index][couple] = created[at].id));
    }
    await organiser.post(`/events/${event.id}/transitions`, { to: 'judging' }).expect(200);
    for (const round of [...rounds, recallRound, recallFinal]) {
      await organiser
        .put(`/rounds/${round.id}/panel`, {
          members: JUDGES.map((who, index) => ({ userId: id[who], role: index === 0 ? 'head' : 'member' })),
        })
        .expect(200);
    }
    const sheet = (await api('J1').get(`/rounds/${rounds[0].id}/sheet`).expect(200)).body;
    expect(sheet.owed).toBe(18); // 6 couples × 3 dances
    expect(sheet.criteria.map((dance: { code: string; max: string }) => [dance.code, dance.max])).toEqual([
      ['W', '6'],
      ['T', '6'],
      ['F', '6'],
    ]);
  });

  it('refuses a place given twice, or off 1 … 6, naming the cell; nothing is written', async () => {
    const duplicate = await api('J1')
      .put(`/rounds/${rounds[0].id}/scores`, {
        scores: [
          { entryId: entries[0].A, criterion: 'W', value: '1' },
          { entryId: entries[0].B, criterion: 'W', value: '1' },
          { entryId: entries[0].C, criterion: 'W', value: '7' },
        ],
      })
      .expect(400);
    expect(duplicate.body.errors.map((error: { path: string }) => error.path)).toEqual(['scores.2.value']);
    const tied = await api('J1')
      .put(`/rounds/${rounds[0].id}/scores`, {
        scores: [
          { entryId: entries[0].A, criterion: 'W', value: '1' },
          { entryId: entries[0].B, criterion: 'W', value: '1' },
        ],
      })
      .expect(400);
    expect(tied.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'scores.0.value',
      'scores.1.value',
    ]);
    const [{ count }] = await t.dataSource.query<{ count: string }[]>(
      'SELECT COUNT(*) AS count FROM scores WHERE round_id = ?',
      [rounds[0].id],
    );
    expect(Number(count)).toBe(0);
  });

  it('takes the sheets in two different orders, one request retried with an Idempotency-Key', async () => {
    // Round 1: each judge's whole sheet in one request, J1 to J5, dances and couples in order.
    for (const who of JUDGES) {
      const scores = DANCES.flatMap((dance) => danceCells(0, dance.code, who));
      await api(who).put(`/rounds/${rounds[0].id}/scores`, { scores }).expect(200);
    }
    // Round 2: J5 to J1, a dance per request, last dance first, couples reversed; one request retried.
    for (const who of [...JUDGES].reverse()) {
      for (const dance of [...DANCES].reverse()) {
        const body = { scores: danceCells(1, dance.code, who).reverse() };
        const key = `${who}-${dance.code}`;
        const first = await api(who)
          .put(`/rounds/${rounds[1].id}/scores`, body)
          .set('Idempotency-Key', key)
          .expect(200);
        if (who === 'J3' && dance.code === 'T') {
          const retry = await api(who)
            .put(`/rounds/${rounds[1].id}/scores`, body)
            .set('Idempotency-Key', key)
            .expect(200);
          expect(retry.headers['idempotent-replayed']).toBe('true');
          expect(retry.body).toEqual(first.body);
        }
      }
    }
    for (const [index, round] of rounds.entries()) {
      const order = index === 0 ? JUDGES : [...JUDGES].reverse();
      for (const who of order) await api(who).post(`/rounds/${round.id}/sheet/submit`).expect(200);
      await organiser.post(`/rounds/${round.id}/lock`).expect(200);
      expect((await organiser.post(`/rounds/${round.id}/publish`).expect(201)).body.version).toBe(1);
    }
  });

  /** Results with entry ids replaced by couple letters, so the two rounds' results can be compared. */
  const lettered = (round: number, results: unknown): unknown => {
    const letter = new Map(COUPLES.map((couple) => [String(entries[round][couple]), couple]));
    return JSON.parse(
      JSON.stringify(results, (key, value: unknown): unknown => {
        if (
          (key === 'entryId' || key === 'awarded') &&
          (typeof value === 'string' || typeof value === 'number')
        )
          return letter.get(String(value)) ?? value;
        if ((key === 'sharedWith' || key === 'awarded') && Array.isArray(value))
          return (value as unknown[]).map((item) => letter.get(String(item)) ?? item);
        return value;
      }),
    ) as unknown;
  };

  it('publishes the places worked out by hand, with the majority tables and the rule 10 table', async () => {
    const results = (await organiser.get(`/rounds/${rounds[0].id}/results`).expect(200)).body;
    const { skating } = lettered(0, results.ranked) as {
      skating: {
        entries: { entryId: string; rank: number; total: string; decision: { rule: number } }[];
        dances: { dance: string; majority: number; entries: { entryId: string; place: string }[] }[];
        rule10: unknown[];
        rule11: unknown[];
      };
    };
    expect(
      skating.entries.map((entry) => [entry.entryId, entry.rank, entry.total, entry.decision.rule]),
    ).toEqual([
      ['A', 1, '4', 9],
      ['B', 2, '6', 9],
      ['C', 3, '10', 10],
      ['D', 4, '10', 10],
      ['E', 5, '15', 9],
      ['F', 6, '18', 9],
    ]);
    expect(
      skating.dances.map((dance) => [
        dance.dance,
        dance.majority,
        dance.entries.map((line) => line.entryId).join(''),
      ]),
    ).toEqual([
      ['W', 3, 'ABCDEF'],
      ['T', 3, 'BACDEF'],
      ['F', 3, 'ADBCEF'],
    ]);
    expect(skating.rule10).toEqual([
      {
        place: 3,
        entries: [
          { entryId: 'C', dances: 2, sum: '6' },
          { entryId: 'D', dances: 1, sum: '2' },
        ],
        awarded: 'C',
      },
    ]);
    expect(skating.rule11).toEqual([]);
    const waltzA = (skating.dances[0].entries[0] as unknown as { cells: unknown[] }).cells.slice(0, 2);
    expect(waltzA).toEqual([
      { place: 1, count: 3, sum: 3 }, // J1, J2, J4 placed A 1st
      { place: 2, count: 5, sum: 7 }, // and J3, J5 2nd: 1 + 1 + 2 + 1 + 2
    ]);

    const byLetter = new Map<number, string>(COUPLES.map((couple) => [entries[0][couple], couple]));
    expect(
      results.entries.map((entry: { entryId: number; rank: number; prize: string | null }) => [
        byLetter.get(entry.entryId),
        entry.rank,
        entry.prize,
      ]),
    ).toEqual([
      ['A', 1, 'Giải Nhất'],
      ['B', 2, 'Giải Nhì'],
      ['C', 3, 'Giải Ba'],
      ['D', 4, null],
      ['E', 5, null],
      ['F', 6, null],
    ]);

    const board = (await api(null).get(`/public/rounds/${rounds[0].id}/results`).expect(200)).body;
    expect(
      board.entries.map((line: { rank: number; prize: string | null }) => [line.rank, line.prize]),
    ).toEqual([
      [1, 'Giải Nhất'],
      [2, 'Giải Nhì'],
      [3, 'Giải Ba'],
      [4, null],
      [5, null],
      [6, null],
    ]);
    expect(board.entries[0].name).toBe(couples[0].fullName);
  });

  it('gives identical results whatever order the sheets and marks arrived in', async () => {
    const [first, second] = await Promise.all(
      rounds.map(
        async (round) => (await organiser.get(`/rounds/${round.id}/results`).expect(200)).body as ResultsBody,
      ),
    );
    expect(lettered(1, second.ranked)).toEqual(lettered(0, first.ranked));
    const summary = (round: number, body: { entries: { entryId: number; rank: number; prize: string }[] }) =>
      lettered(
        round,
        body.entries.map(({ entryId, rank, prize }) => ({ entryId, rank, prize })),
      );
    expect(summary(1, second)).toEqual(summary(0, first));
  });

  it('refuses a correction that would leave a place held twice', async () => {
    // J1 placed A 1st and B 2nd in the Waltz: making B 1st too would tie them on J1's sheet.
    const refused = await organiser
      .post(`/rounds/${rounds[0].id}/corrections`, {
        entryId: entries[0].B,
        judgeId: id.J1,
        criterion: 'W',
        value: '1',
        reason: 'Biên bản hội đồng giám khảo',
      })
      .expect(400);
    expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual(['value']);
  });

  /**
   * Recall 3 of 6, one dance; each judge's crosses:
   *   J1 A B C   J2 A B D   J3 A C D   J4 B C E   J5 A D F
   *   A 4, B 3, C 3, D 3, E 1, F 1: the 3rd place falls inside B, C, D (positions 2–4), so the organiser
   *   recalls 1 (A) or 4 (A, B, C, D).
   */
  const CROSSES: Record<string, string> = { J1: 'ABC', J2: 'ABD', J3: 'ACD', J4: 'BCE', J5: 'ADF' };
  const crossCells = (crossed: string) =>
    COUPLES.map((couple) => ({
      entryId: recalled[couple].id,
      criterion: 'W',
      value: crossed.includes(couple) ? '1' : '0',
    }));

  it('takes exactly the recall number of crosses from each judge', async () => {
    const tooMany = await api('J1')
      .put(`/rounds/${recallRound.id}/scores`, { scores: crossCells('ABCD') })
      .expect(400);
    expect(tooMany.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'scores.0.value',
      'scores.1.value',
      'scores.2.value',
      'scores.3.value',
    ]);
    await api('J1')
      .put(`/rounds/${recallRound.id}/scores`, { scores: crossCells('AB') })
      .expect(200);
    const short = await api('J1').post(`/rounds/${recallRound.id}/sheet/submit`).expect(409);
    expect(short.body.blockers).toEqual([{ dance: 'W', crosses: 2, recall: 3 }]);
    const sheet = (await api('J1').get(`/rounds/${recallRound.id}/sheet`).expect(200)).body;
    const versions = new Map<number, number>(
      sheet.entries.map((line: { entryId: number; scores: { version: number }[] }) => [
        line.entryId,
        line.scores[0].version,
      ]),
    );
    const fix = crossCells('ABC').map((cell) => ({ ...cell, version: versions.get(cell.entryId) }));
    await api('J1').put(`/rounds/${recallRound.id}/scores`, { scores: fix }).expect(200);
    for (const who of JUDGES.slice(1)) {
      await api(who)
        .put(`/rounds/${recallRound.id}/scores`, { scores: crossCells(CROSSES[who]) })
        .expect(200);
    }
    for (const who of JUDGES) await api(who).post(`/rounds/${recallRound.id}/sheet/submit`).expect(200);
    await organiser.post(`/rounds/${recallRound.id}/lock`).expect(200);
    await organiser.post(`/rounds/${recallRound.id}/publish`).expect(201);
  });

  it('shows the tie at the cut-off and advances the organiser’s choice of recalling more', async () => {
    const results = (await organiser.get(`/rounds/${recallRound.id}/results`).expect(200)).body;
    const codeOf = new Map(COUPLES.map((couple) => [String(recalled[couple].id), couple]));
    const { recall } = results.ranked as {
      recall: {
        entries: { entryId: string; crosses: number; rank: number }[];
        cutoffTie: { crosses: number; entries: string[]; fewer: number; more: number };
        advancing: number | null;
      };
    };
    expect(recall.entries.map((line) => [codeOf.get(line.entryId), line.crosses, line.rank])).toEqual([
      ['A', 4, 1],
      // B, C and D share 2nd with 3 crosses; their order among themselves is by id
      ...['B', 'C', 'D']
        .map((couple) => String(recalled[couple].id))
        .sort()
        .map((entryId) => [codeOf.get(entryId), 3, 2]),
      ...['E', 'F']
        .map((couple) => String(recalled[couple].id))
        .sort()
        .map((entryId) => [codeOf.get(entryId), 1, 5]),
    ]);
    expect(recall.cutoffTie.crosses).toBe(3);
    expect(recall.cutoffTie.entries.map((entryId) => codeOf.get(entryId)).sort()).toEqual(['B', 'C', 'D']);
    expect([recall.cutoffTie.fewer, recall.cutoffTie.more]).toEqual([1, 4]);
    expect(recall.advancing).toBeNull();

    const undecided = await organiser.post(`/rounds/${recallRound.id}/advance`).expect(409);
    expect(undecided.body.cutoffTie.codes.sort()).toEqual(
      ['B', 'C', 'D'].map((couple) => recalled[couple].code).sort(),
    );
    const split = await organiser.post(`/rounds/${recallRound.id}/advance`, { recall: 3 }).expect(400);
    expect(split.body.errors.map((error: { path: string }) => error.path)).toEqual(['recall']);
    const outcome = (await organiser.post(`/rounds/${recallRound.id}/advance`, { recall: 4 }).expect(201))
      .body;
    expect(
      outcome.advanced.map((line: { entryId: number }) => codeOf.get(String(line.entryId))).sort(),
    ).toEqual(['A', 'B', 'C', 'D']);
    const sheet = (await api('J2').get(`/rounds/${recallFinal.id}/sheet`).expect(200)).body;
    expect(sheet.owed).toBe(12); // 4 recalled couples × 3 dances
  });
});

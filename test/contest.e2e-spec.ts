import { Organisation } from '../src/organisations/entities/organisation.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

type Marks = Record<string, [string, string]>;

/**
 * A whole contest through the API, as an organiser, five judges and a secretary run it: set-up, blind score
 * entry (one request retried over a bad connection), a recusal, a disagreement flag, preview, lock,
 * publication, advancement to the final, a correction after publication and its republication. Every
 * expected number below is computed by hand in the comments.
 */
describe('a contest from set-up to corrected results', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  let A: Organisation;
  const token: Record<string, string> = {};
  const id: Record<string, number> = {};
  let pianists: Participant[];
  let singers: Participant[];
  const entry: Record<string, { id: number; code: string }> = {};
  let event: { id: number };
  let piano: { id: number };
  let vocal: { id: number };
  let prelim: { id: number };
  let final: { id: number };
  let vocalRound: { id: number };

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    A = await t.factories.organisation({ name: 'Đoàn phường Hồng Gai' });
    const people: [string, { role: 'organiser' | 'judge' | 'coach'; organisationId: number | null }[]][] = [
      ['organiser', [{ role: 'organiser', organisationId: A.id }]],
      ['J1', [{ role: 'judge', organisationId: null }]],
      ['J2', [{ role: 'judge', organisationId: null }]],
      ['J3', [{ role: 'judge', organisationId: null }]],
      ['J4', [{ role: 'judge', organisationId: null }]],
      // J5 also coaches one of the pianists: recused from that entry.
      [
        'J5',
        [
          { role: 'judge', organisationId: null },
          { role: 'coach', organisationId: A.id },
        ],
      ],
      ['J6', [{ role: 'judge', organisationId: null }]],
      ['secretary', [{ role: 'judge', organisationId: null }]],
    ];
    for (const [who, roles] of people) {
      const user = await t.factories.user({ roles });
      token[who] = await t.login(user.email, user.password);
      id[who] = user.id;
    }
    pianists = [];
    for (let i = 0; i < 4; i++) pianists.push(await make.participant(A.id));
    // The fourth pianist's family agreed to the contest but not to publishing the name.
    pianists[3] = await make.participant(A.id, { consentScopes: ['registry', 'contests'] });
    singers = [];
    for (let i = 0; i < 3; i++) singers.push(await make.participant(A.id));
  });

  afterAll(() => t?.close());

  const api = (who: string | null) => {
    const auth = (request: import('supertest').Test) => (who ? request.set(bearer(token[who])) : request);
    return {
      get: (path: string) => auth(t.http().get(`/api/v1${path}`)),
      post: (path: string, body: object = {}) => auth(t.http().post(`/api/v1${path}`)).send(body),
      put: (path: string, body: object) => auth(t.http().put(`/api/v1${path}`)).send(body),
      patch: (path: string, body: object) => auth(t.http().patch(`/api/v1${path}`)).send(body),
    };
  };
  const organiser = api('organiser');

  /** One judge's marks for a round: entry name → [technique, artistry]. */
  const cells = (marks: Marks) =>
    Object.entries(marks).flatMap(([name, [technique, artistry]]) => [
      { entryId: entry[name].id, criterion: 'tech', value: technique },
      { entryId: entry[name].id, criterion: 'art', value: artistry },
    ]);

  it('sets up the event: two categories, a preliminary and a final, entries', async () => {
    event = (
      await organiser
        .post('/events', {
          name: 'Hội thi Tài năng âm nhạc thiếu nhi Hạ Long 2026',
          kind: 'contest',
          level: 'district',
          organisationIds: [A.id],
          startDate: '2026-06-01',
          endDate: '2026-06-02',
        })
        .expect(201)
    ).body;
    const category = (code: string, disciplineId: number) =>
      organiser
        .post(`/events/${event.id}/categories`, {
          code,
          name: code,
          disciplineId,
          minAge: 8,
          maxAge: 11,
          format: 'individual',
          prizes: [
            { prize: 'Giải Nhất', count: 1 },
            { prize: 'Giải Nhì', count: 1 },
            { prize: 'Giải Ba', count: 1 },
          ],
        })
        .expect(201);
    piano = (await category('PIANO', 3)).body;
    vocal = (await category('VOCAL', 2)).body;
    const rubric = [
      { code: 'tech', name: 'Kỹ thuật', max: '10', step: '0.25' },
      { code: 'art', name: 'Nghệ thuật', max: '10', step: '0.25' },
    ];
    prelim = (
      await organiser
        .post(`/categories/${piano.id}/rounds`, {
          name: 'Vòng sơ khảo',
          criteria: rubric,
          method: { kind: 'trimmed_mean', trim: 1, minPanel: 5 },
          spreadLimit: '2',
          advancement: { top: 2 },
        })
        .expect(201)
    ).body;
    final = (
      await organiser
        .post(`/categories/${piano.id}/rounds`, {
          name: 'Vòng chung khảo',
          criteria: rubric,
          method: { kind: 'mean' },
        })
        .expect(201)
    ).body;
    vocalRound = (
      await organiser
        .post(`/categories/${vocal.id}/rounds`, { name: 'Vòng chung khảo', criteria: rubric })
        .expect(201)
    ).body;
    await organiser.post(`/events/${event.id}/transitions`, { to: 'open' }).expect(200);

    const pianoEntries = (
      await organiser
        .post(`/categories/${piano.id}/entries/bulk`, {
          entries: pianists.map((pianist, index) => ({
            members: [pianist.id],
            organisationId: A.id,
            title: `Bản nhạc số ${index + 1}`,
            ...(index === 2 ? { coachUserId: id.J5 } : {}),
          })),
        })
        .expect(201)
    ).body.items as { id: number; code: string }[];
    ['E1', 'E2', 'E3', 'E4'].forEach((name, index) => (entry[name] = pianoEntries[index]));
    const vocalEntries = (
      await organiser
        .post(`/categories/${vocal.id}/entries/bulk`, {
          entries: singers.map((singer) => ({ members: [singer.id], organisationId: A.id })),
        })
        .expect(201)
    ).body.items as { id: number; code: string }[];
    ['V1', 'V2', 'V3'].forEach((name, index) => (entry[name] = vocalEntries[index]));
    expect(entry.E1.code).toBe('PIANO-001');
    await organiser.post(`/events/${event.id}/transitions`, { to: 'judging' }).expect(200);
  });

  it('forms the panels; the coach on the panel is recused from the entry, and organisers see why', async () => {
    const judges = ['J1', 'J2', 'J3', 'J4', 'J5'];
    await organiser
      .put(`/rounds/${prelim.id}/panel`, {
        members: [
          ...judges.map((who, index) => ({ userId: id[who], role: index === 0 ? 'head' : 'member' })),
          { userId: id.secretary, role: 'secretary' },
        ],
      })
      .expect(200);
    await organiser
      .put(`/rounds/${vocalRound.id}/panel`, {
        members: [
          { userId: id.J1, role: 'head' },
          { userId: id.J2, role: 'member' },
          { userId: id.J6, role: 'member' },
        ],
      })
      .expect(200);
    const panel = (await organiser.get(`/rounds/${prelim.id}/panel`).expect(200)).body;
    expect(panel.recusals).toEqual([
      {
        judgeId: id.J5,
        entryId: entry.E3.id,
        entryCode: entry.E3.code,
        grounds: [{ reason: 'coaches_entry', participantId: null, relation: null }],
      },
    ]);
    const sheet = (await api('J5').get(`/rounds/${prelim.id}/sheet`).expect(200)).body;
    expect(sheet.owed).toBe(6); // 3 entries × 2 criteria: not E3
    expect(sheet.entries.find((line: { entryId: number }) => line.entryId === entry.E3.id).recused).toBe(
      true,
    );
  });

  // The preliminary's marks (technique, artistry) and each judge's total:
  //        J1 (head)      J2            J3            J4            J5
  // E1  9+9=18      9+8.5=17.5    8.5+8.5=17    9.5+9=18.5    8+8=16       spread 2.5 > 2: flagged
  // E2  8+8=16      8.5+8=16.5    8+7.5=15.5    8+8=16        7.5+7=14.5   spread 2
  // E3  9.5+9.5=19  9+9=18        9.5+9=18.5    9+9.5=18.5    (recused)
  // E4  7+7=14      7.5+7=14.5    7+6.5=13.5    7+7=14        6.5+6.5=13
  const prelimMarks: Record<string, Marks> = {
    J1: { E1: ['9', '9'], E2: ['8', '8'], E3: ['9.5', '9.5'], E4: ['7', '7'] },
    J2: { E1: ['9', '8.5'], E2: ['8.5', '8'], E3: ['9', '9'], E4: ['7.5', '7'] },
    J3: { E1: ['8.5', '8.5'], E2: ['8', '7.5'], E3: ['9.5', '9'], E4: ['7', '6.5'] },
    J4: { E1: ['9.5', '9'], E2: ['8', '8'], E3: ['9', '9.5'], E4: ['7', '7'] },
    J5: { E1: ['8', '8'], E2: ['7.5', '7'], E4: ['6.5', '6.5'] },
  };

  it('takes each judge’s sheet; a retried request applies once; the secretary types a paper sheet', async () => {
    for (const who of ['J1', 'J3', 'J5']) {
      await api(who)
        .put(`/rounds/${prelim.id}/scores`, { scores: cells(prelimMarks[who]) })
        .expect(200);
    }
    // J2's connection drops after sending: the client retries with the same key.
    const body = { scores: cells(prelimMarks.J2) };
    const first = await api('J2')
      .put(`/rounds/${prelim.id}/scores`, body)
      .set('Idempotency-Key', 'j2-sheet-1')
      .expect(200);
    const retry = await api('J2')
      .put(`/rounds/${prelim.id}/scores`, body)
      .set('Idempotency-Key', 'j2-sheet-1')
      .expect(200);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body).toEqual(first.body);
    const versions = await t.dataSource.query<{ version: number }[]>(
      'SELECT version FROM scores WHERE round_id = ? AND judge_id = ?',
      [prelim.id, id.J2],
    );
    expect(versions.map((row) => row.version)).toEqual(Array(8).fill(1));
    // The same key with other marks is refused.
    await api('J2')
      .put(`/rounds/${prelim.id}/scores`, {
        scores: [{ entryId: entry.E1.id, criterion: 'tech', value: '5' }],
      })
      .set('Idempotency-Key', 'j2-sheet-1')
      .expect(422);

    // J4 marked on paper; the panel's secretary types it in.
    await api('secretary')
      .put(`/rounds/${prelim.id}/scores`, { judgeId: id.J4, scores: cells(prelimMarks.J4) })
      .expect(200);
    const typed = await t.dataSource.query<{ entered_by: number }[]>(
      'SELECT DISTINCT entered_by FROM scores WHERE round_id = ? AND judge_id = ?',
      [prelim.id, id.J4],
    );
    expect(typed).toEqual([{ entered_by: id.secretary }]);
  });

  it('keeps judges blind and panels apart', async () => {
    const sheet = (await api('J1').get(`/rounds/${prelim.id}/sheet`).expect(200)).body;
    expect(sheet.judge.userId).toBe(id.J1);
    const e1 = sheet.entries.find((line: { entryId: number }) => line.entryId === entry.E1.id);
    expect(e1.scores.map((cell: { value: string }) => cell.value).sort()).toEqual(['9', '9']);
    await api('J1').get(`/rounds/${prelim.id}/sheet?judgeId=${id.J2}`).expect(403);
    await api('J1').get(`/rounds/${prelim.id}/results`).expect(403);
    // J6 sits on the vocal panel only.
    await api('J6').get(`/rounds/${prelim.id}/sheet`).expect(404);
    await api('J6')
      .put(`/rounds/${prelim.id}/scores`, {
        scores: [{ entryId: entry.E1.id, criterion: 'tech', value: '9' }],
      })
      .expect(404);
    await api('J6').get(`/rounds/${prelim.id}/panel`).expect(404);
  });

  it('previews results with their breakdown and refuses to lock over an unconfirmed flag', async () => {
    const preview = (await organiser.get(`/rounds/${prelim.id}/results?include=breakdown`).expect(200)).body;
    // E3: J5 recused leaves 4 judges, below minPanel 5: the mean (19 + 18 + 18.5 + 18.5) / 4 = 18.5.
    // E1: drop 18.5 and 16, (18 + 17.5 + 17) / 3 = 17.5.  E2: drop 16.5 and 14.5, 47.5 / 3 = 15.8333… → 15.83.
    // E4: drop 14.5 and 13, 41.5 / 3 = 13.8333… → 13.83.  The top 2 advance.
    expect(
      preview.entries.map(
        (line: { entryId: number; finalScore: string; rank: number; advances: boolean }) => [
          line.entryId,
          line.finalScore,
          line.rank,
          line.advances,
        ],
      ),
    ).toEqual([
      [entry.E3.id, '18.50', 1, true],
      [entry.E1.id, '17.50', 2, true],
      [entry.E2.id, '15.83', 3, false],
      [entry.E4.id, '13.83', 4, false],
    ]);
    const e3 = preview.entries[0].breakdown;
    expect(e3.panel.fellBackToMean).toBe(true);
    expect(e3.judges.find((line: { judgeId: number }) => line.judgeId === id.J5).status).toBe('recused');
    const e1 = preview.entries[1];
    expect(e1.flags).toEqual([{ kind: 'disagreement', spread: '2.50', limit: '2.00', confirmed: false }]);
    expect(e1.breakdown.panel.dropped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ judgeId: id.J4, value: '18.50', reason: 'highest' }),
        expect.objectContaining({ judgeId: id.J5, value: '16.00', reason: 'lowest' }),
      ]),
    );
    expect(preview.readiness.canPublish).toBe(false);

    const refused = await organiser.post(`/rounds/${prelim.id}/lock`).expect(409);
    expect(refused.body.blockers).toEqual([
      { kind: 'unconfirmed_flag', entryId: entry.E1.id, code: entry.E1.code, spread: '2.50', limit: '2.00' },
    ]);
    await organiser
      .post(`/rounds/${prelim.id}/flags/${entry.E1.id}/confirm`, { note: 'Đã hỏi lại giám khảo' })
      .expect(200);
  });

  it('publishes only when every sheet is submitted and the round is locked', async () => {
    await organiser.post(`/rounds/${prelim.id}/lock`).expect(200);
    const early = await organiser.post(`/rounds/${prelim.id}/publish`).expect(409);
    expect(early.body.blockers.map((blocker: { kind: string }) => blocker.kind)).toContain(
      'sheet_not_submitted',
    );
    await organiser.post(`/rounds/${prelim.id}/unlock`, { reason: 'Chờ nộp phiếu' }).expect(200);
    for (const who of ['J1', 'J2', 'J3', 'J5'])
      await api(who).post(`/rounds/${prelim.id}/sheet/submit`).expect(200);
    await api('secretary').post(`/rounds/${prelim.id}/sheet/submit`, { judgeId: id.J4 }).expect(200);
    // A submitted sheet is closed to its judge.
    await api('J1')
      .put(`/rounds/${prelim.id}/scores`, {
        scores: [{ entryId: entry.E1.id, criterion: 'tech', value: '10', version: 1 }],
      })
      .expect(409);
    await organiser.post(`/rounds/${prelim.id}/lock`).expect(200);
    const published = (await organiser.post(`/rounds/${prelim.id}/publish`).expect(201)).body;
    expect(published.version).toBe(1);

    const board = await api(null).get(`/public/rounds/${prelim.id}/results`).expect(200);
    expect(
      board.body.entries.map((line: { code: string; score: string; rank: number }) => [
        line.code,
        line.score,
        line.rank,
      ]),
    ).toEqual([
      [entry.E3.code, '18.50', 1],
      [entry.E1.code, '17.50', 2],
      [entry.E2.code, '15.83', 3],
      [entry.E4.code, '13.83', 4],
    ]);
    expect(board.body.entries[0].name).toBe(pianists[2].fullName);
    expect(board.body.entries[3].name).toBeNull(); // no consent to publication: shown by code only
    expect(JSON.stringify(board.body)).not.toContain(pianists[3].fullName);
    expect(JSON.stringify(board.body)).not.toContain('2016-03-15');
  });

  it('advances the top two to the final, which awards the prizes', async () => {
    const advanced = (await organiser.post(`/rounds/${prelim.id}/advance`).expect(201)).body;
    expect(advanced.advanced.map((line: { entryId: number }) => line.entryId).sort()).toEqual(
      [entry.E1.id, entry.E3.id].sort(),
    );
    await organiser
      .put(`/rounds/${final.id}/panel`, {
        members: [
          { userId: id.J1, role: 'head' },
          { userId: id.J2, role: 'member' },
          { userId: id.J3, role: 'member' },
        ],
      })
      .expect(200);
    // Final: E3 J1 9+9.5=18.5, J2 9+9=18, J3 9.5+9=18.5 → 55/3 = 18.3333… → 18.33
    //        E1 J1 9.5+9.5=19, J2 9+9.5=18.5, J3 9+9=18 → 55.5/3 = 18.5 → 18.50
    const finalMarks: Record<string, Marks> = {
      J1: { E3: ['9', '9.5'], E1: ['9.5', '9.5'] },
      J2: { E3: ['9', '9'], E1: ['9', '9.5'] },
      J3: { E3: ['9.5', '9'], E1: ['9', '9'] },
    };
    for (const who of ['J1', 'J2', 'J3']) {
      await api(who)
        .put(`/rounds/${final.id}/scores`, { scores: cells(finalMarks[who]) })
        .expect(200);
      await api(who).post(`/rounds/${final.id}/sheet/submit`).expect(200);
    }
    await organiser.post(`/rounds/${final.id}/lock`).expect(200);
    await organiser.post(`/rounds/${final.id}/publish`).expect(201);
    const board = (await api(null).get(`/public/rounds/${final.id}/results`).expect(200)).body;
    expect(
      board.entries.map((line: { code: string; score: string; prize: string }) => [
        line.code,
        line.score,
        line.prize,
      ]),
    ).toEqual([
      [entry.E1.code, '18.50', 'Giải Nhất'],
      [entry.E3.code, '18.33', 'Giải Nhì'],
    ]);
  });

  it('gives identical results for the same marks entered in another order', async () => {
    // Vocal: J1 and J2 enter everything in one request each, in entry order; J6 one cell per request, backwards.
    const vocalMarks: Record<string, Marks> = {
      J1: { V1: ['8.25', '8.5'], V2: ['9', '8.75'], V3: ['7.5', '8'] },
      J2: { V1: ['8.5', '8.5'], V2: ['8.75', '9'], V3: ['8', '7.75'] },
      J6: { V1: ['8', '8.75'], V2: ['9.25', '8.5'], V3: ['7.75', '7.5'] },
    };
    const enter = async (order: 'forward' | 'backward') => {
      for (const who of ['J1', 'J2', 'J6']) {
        const all = cells(vocalMarks[who]);
        if (order === 'forward')
          await api(who).put(`/rounds/${vocalRound.id}/scores`, { scores: all }).expect(200);
        else
          for (const cell of all.reverse())
            await api(who)
              .put(`/rounds/${vocalRound.id}/scores`, { scores: [cell] })
              .expect(200);
      }
      return (await organiser.get(`/rounds/${vocalRound.id}/results`).expect(200)).body.entries as {
        finalScore: string;
      }[];
    };
    const forward = await enter('forward');
    // Clear every cell (the judges' own, versions named), then enter again the other way round.
    for (const who of ['J1', 'J2', 'J6']) {
      const sheet = (await api(who).get(`/rounds/${vocalRound.id}/sheet`).expect(200)).body;
      const clear = sheet.entries.flatMap(
        (line: { entryId: number; scores: { criterion: string; version: number }[] }) =>
          line.scores.map((cell) => ({
            entryId: line.entryId,
            criterion: cell.criterion,
            value: null,
            version: cell.version,
          })),
      );
      await api(who).put(`/rounds/${vocalRound.id}/scores`, { scores: clear }).expect(200);
    }
    const backward = await enter('backward');
    expect(backward).toEqual(forward);
    // V2: (17.75 + 17.75 + 17.75) / 3 = 17.75; V1: (16.75 + 17 + 16.75) / 3 = 16.8333… → 16.83; V3: 15.5, 15.75, 15.25 → 15.50
    expect(forward.map((line: { finalScore: string }) => line.finalScore)).toEqual([
      '17.75',
      '16.83',
      '15.50',
    ]);
    for (const who of ['J1', 'J2', 'J6'])
      await api(who).post(`/rounds/${vocalRound.id}/sheet/submit`).expect(200);
    await organiser.post(`/rounds/${vocalRound.id}/lock`).expect(200);
    await organiser.post(`/rounds/${vocalRound.id}/publish`).expect(201);
    await organiser.post(`/events/${event.id}/transitions`, { to: 'published' }).expect(200);
  });

  it('corrects a score after publication with a reason, and republishes keeping the first version', async () => {
    await organiser
      .post(`/rounds/${final.id}/corrections`, {
        entryId: entry.E3.id,
        judgeId: id.J3,
        criterion: 'art',
        value: '10',
      })
      .expect(400);
    await organiser
      .post(`/rounds/${final.id}/corrections`, {
        entryId: entry.E3.id,
        judgeId: id.J3,
        criterion: 'art',
        value: '10',
        reason: 'Thư ký nhập nhầm 9 thay cho 10 từ phiếu giấy',
      })
      .expect(201);
    // E3 now: J3 9.5+10 = 19.5 → (18.5 + 18 + 19.5) / 3 = 18.6666… → 18.67, ahead of E1's 18.50.
    const stillPublished = (await api(null).get(`/public/rounds/${final.id}/results`).expect(200)).body;
    expect(stillPublished.version).toBe(1);
    expect(stillPublished.entries[0].code).toBe(entry.E1.code);
    await organiser.post(`/rounds/${final.id}/publish`).expect(400);
    const republished = (
      await organiser
        .post(`/rounds/${final.id}/publish`, { reason: 'Sửa lỗi nhập điểm của giám khảo số 3' })
        .expect(201)
    ).body;
    expect(republished.version).toBe(2);
    const board = (await api(null).get(`/public/rounds/${final.id}/results`).expect(200)).body;
    expect(board).toMatchObject({ version: 2, corrected: true });
    expect(
      board.entries.map((line: { code: string; score: string; prize: string }) => [
        line.code,
        line.score,
        line.prize,
      ]),
    ).toEqual([
      [entry.E3.code, '18.67', 'Giải Nhất'],
      [entry.E1.code, '18.50', 'Giải Nhì'],
    ]);
    const first = (await api(null).get(`/public/rounds/${final.id}/results?version=1`).expect(200)).body;
    expect(first.entries[0]).toMatchObject({ code: entry.E1.code, score: '18.50', prize: 'Giải Nhất' });
    // The round's story, in the audit log: who did what, the correction with its reason.
    const audit = await t.dataSource.query<{ action: string; actor_id: number; after: string }[]>(
      "SELECT action, actor_id, after FROM audit_log WHERE entity_type = 'round' AND entity_id = ? ORDER BY id",
      [String(final.id)],
    );
    expect(audit.map((row) => row.action)).toEqual([
      'create',
      'round.advance',
      'panel.replace',
      'scores.enter',
      'sheet.submit',
      'scores.enter',
      'sheet.submit',
      'scores.enter',
      'sheet.submit',
      'round.lock',
      'round.publish',
      'score.correct',
      'round.publish',
    ]);
    const correction = audit.find((row) => row.action === 'score.correct')!;
    expect(correction.actor_id).toBe(id.organiser);
    expect(JSON.stringify(correction.after)).toContain('Thư ký nhập nhầm 9 thay cho 10 từ phiếu giấy');
  });

  it('exports a pianist’s entries and published results with the rest of the record', async () => {
    const exported = (await organiser.get(`/participants/${pianists[2].id}/export`).expect(200)).body;
    expect(exported.entries).toEqual([
      expect.objectContaining({ code: entry.E3.code, title: 'Bản nhạc số 3', state: 'active' }),
    ]);
    expect(
      exported.results.map(
        (line: { roundName: string; rank: number; finalScore: string; prize: string | null }) => [
          line.roundName,
          line.rank,
          line.finalScore,
          line.prize,
        ],
      ),
    ).toEqual([
      ['Vòng chung khảo', 1, '18.67', 'Giải Nhất'],
      ['Vòng sơ khảo', 1, '18.50', null],
    ]);
  });
});

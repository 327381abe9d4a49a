import { Organisation } from '../src/organisations/entities/organisation.entity';
import { todayInVietnam } from '../src/participants/participant-rules';
import { SEARCH_COUNT_CAP } from '../src/participants/participant-rules';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** A date of birth that makes someone `age` years old today (and a little more). */
function bornAgo(age: number, extraDays = 30): string {
  const today = new Date(`${todayInVietnam()}T00:00:00Z`);
  today.setUTCFullYear(today.getUTCFullYear() - age);
  today.setUTCDate(today.getUTCDate() - extraDays);
  return today.toISOString().slice(0, 10);
}

describe('participants', () => {
  let t: TestApp;
  let A: Organisation;
  let A1: Organisation;
  let B: Organisation;
  const token: Record<'admin' | 'organiserA' | 'judgeA' | 'viewerA' | 'organiserB', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    const province = await t.factories.rootOrganisation();
    A = await t.factories.organisation({
      name: 'Đoàn thanh niên thành phố Hạ Long',
      level: 'district',
      parentId: province.id,
    });
    A1 = await t.factories.organisation({ name: 'Đoàn phường Bãi Cháy', level: 'commune', parentId: A.id });
    B = await t.factories.organisation({
      name: 'Đoàn thanh niên thành phố Cẩm Phả',
      level: 'district',
      parentId: province.id,
    });
    const signIn = async (role: 'organiser' | 'judge' | 'viewer', organisationId: number) => {
      const user = await t.factories.user({ roles: [{ role, organisationId }] });
      return t.login(user.email, user.password);
    };
    token.admin = await t.adminToken();
    token.organiserA = await signIn('organiser', A.id);
    token.judgeA = await signIn('judge', A.id);
    token.viewerA = await signIn('viewer', A.id);
    token.organiserB = await signIn('organiser', B.id);
  });

  afterAll(() => t?.close());

  const as = (who: keyof typeof token) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set(bearer(token[who])),
    post: (path: string, body: object = {}) =>
      t.http().post(`/api/v1${path}`).set(bearer(token[who])).send(body),
    patch: (path: string, body: object) =>
      t.http().patch(`/api/v1${path}`).set(bearer(token[who])).send(body),
  });

  let counter = 0;
  const register = async (overrides: Record<string, unknown> = {}) => {
    counter += 1;
    const response = await as('organiserA')
      .post('/participants', {
        fullName: `Trần Thị Mai ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[counter % 26]}${counter}`,
        gender: 'female',
        dateOfBirth: bornAgo(10),
        organisationId: A1.id,
        ...overrides,
      })
      .expect(201);
    return response.body as { id: number; fullName: string; dateOfBirth: string; version: number };
  };

  describe('registering', () => {
    it('stores the name in NFC with single spaces, normalises the phone, and answers the full record', async () => {
      const response = await as('organiserA')
        .post('/participants', {
          fullName: '  Lê   Thị  Ánh '.normalize('NFD'),
          gender: 'female',
          dateOfBirth: bornAgo(12),
          school: 'Trường THCS Trọng Điểm',
          guardianName: 'Lê Văn Hải',
          guardianRelationship: 'bố',
          guardianPhone: '+84 912.345.678',
          organisationId: A1.id,
        })
        .expect(201);
      expect(response.body).toMatchObject({
        fullName: 'Lê Thị Ánh'.normalize('NFC'),
        gender: 'female',
        dateOfBirth: bornAgo(12),
        guardianPhone: '0912345678',
        organisationId: A1.id,
        disciplineIds: [],
        anonymised: false,
        version: 1,
      });
    });

    it.each([
      ['in the future', '2099-01-01', 'không được ở tương lai'],
      ['impossible', '2014-02-30', 'phải là ngày có thật, viết theo dạng YYYY-MM-DD'],
      ['too young (2)', bornAgo(2), 'cho tuổi 2, ngoài khoảng 3–35 tuổi của chương trình'],
      ['too old (36)', bornAgo(36), 'cho tuổi 36, ngoài khoảng 3–35 tuổi của chương trình'],
    ])('refuses a date of birth %s, naming the field', async (_case, dateOfBirth, message) => {
      const response = await as('organiserA')
        .post('/participants', {
          fullName: 'Phạm Văn Nam',
          gender: 'male',
          dateOfBirth,
          organisationId: A1.id,
        })
        .expect(400);
      expect(response.body.errors).toEqual([{ path: 'dateOfBirth', message }]);
    });

    it('refuses a phone that is not Vietnamese, an unknown locality or discipline, and another unit', async () => {
      const base = {
        fullName: 'Phạm Văn Nam',
        gender: 'male',
        dateOfBirth: bornAgo(9),
        organisationId: A1.id,
      };
      expect(
        (
          await as('organiserA')
            .post('/participants', { ...base, guardianPhone: '12345' })
            .expect(400)
        ).body.errors[0].path,
      ).toBe('guardianPhone');
      await as('organiserA')
        .post('/participants', { ...base, homeLocalityId: 999999 })
        .expect(404);
      await as('organiserA')
        .post('/participants', { ...base, disciplineIds: [999999] })
        .expect(404);
      await as('organiserA')
        .post('/participants', { ...base, organisationId: B.id })
        .expect(404);
      await as('viewerA').post('/participants', base).expect(403);
      await as('judgeA').post('/participants', base).expect(403);
      expect((await as('organiserA').get('/participants?q=pham van nam')).body.total).toBe(0);
    });

    it('answers 409 with the existing id for the same name and date of birth, unless told it is another person', async () => {
      const dateOfBirth = bornAgo(11);
      const first = await register({ fullName: 'Hoàng Đức Anh', dateOfBirth });
      const duplicate = await as('organiserA')
        .post('/participants', {
          fullName: 'HOANG DUC ANH',
          gender: 'male',
          dateOfBirth,
          organisationId: A.id,
        })
        .expect(409);
      expect(duplicate.body).toMatchObject({ code: 'duplicate_participant', existingId: first.id });
      expect(duplicate.body.detail).toContain(`mã ${first.id}`);
      await as('organiserA')
        .post('/participants', {
          fullName: 'Hoàng Đức Anh',
          gender: 'male',
          dateOfBirth,
          organisationId: A.id,
          allowDuplicate: true,
        })
        .expect(201);
    });

    it('registers one child once when ten identical registrations arrive at the same moment', async () => {
      const child = {
        fullName: 'Nguyễn Thị Đào',
        gender: 'female',
        dateOfBirth: bornAgo(9),
        organisationId: A1.id,
      };
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          // Spelled three ways: the database's key compares without case or marks, and đ = d.
          as('organiserA').post('/participants', {
            ...child,
            fullName: ['Nguyễn Thị Đào', 'NGUYEN THI DAO', 'nguyễn thị đào'][i % 3],
          }),
        ),
      );
      const created = answers.filter((answer) => answer.status === 201);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, ...Array(9).fill(409)]);
      for (const refused of answers.filter((answer) => answer.status === 409)) {
        expect(refused.body).toMatchObject({ code: 'duplicate_participant', existingId: created[0].body.id });
      }
      const [{ count }] = await t.dataSource.query<{ count: string }[]>(
        'SELECT COUNT(*) AS count FROM participants WHERE date_of_birth = ? AND full_name = ?',
        [child.dateOfBirth, 'nguyen thi dao'],
      );
      expect(Number(count)).toBe(1);

      // Two real children of one name and birthday: the second, acknowledged, registers; a third copy of
      // the first is still refused; an anonymised record is nobody's duplicate (its key is released).
      const twin = await as('organiserA')
        .post('/participants', { ...child, allowDuplicate: true })
        .expect(201);
      await as('organiserA').post('/participants', child).expect(409);
      await as('admin').post(`/participants/${created[0].body.id}/anonymise`).expect(200);
      const refused = await as('organiserA').post('/participants', child).expect(409);
      expect(refused.body.existingId).toBe(twin.body.id);
      await as('organiserA')
        .patch(`/participants/${twin.body.id}`, { fullName: 'Nguyễn Thị Đào B' })
        .expect(200);
      await as('organiserA').post('/participants', child).expect(201);
      // Renaming the twin back onto a registered name is refused like a new registration.
      await as('organiserA')
        .patch(`/participants/${twin.body.id}`, { fullName: 'Nguyen Thi Dao' })
        .expect(409);
    });

    it('edits with the version read and answers 409 to a stale one', async () => {
      const participant = await register();
      const edited = await as('organiserA')
        .patch(`/participants/${participant.id}`, { school: 'Trường Tiểu học Kim Đồng', version: 1 })
        .expect(200);
      expect(edited.body).toMatchObject({ school: 'Trường Tiểu học Kim Đồng', version: 2 });
      await as('organiserA')
        .patch(`/participants/${participant.id}`, { school: 'Khác', version: 1 })
        .expect(409);
      await as('organiserA').patch(`/participants/${participant.id}`, { fullName: null }).expect(400);
      await as('organiserB').patch(`/participants/${participant.id}`, { school: 'Khác' }).expect(404);
      await as('judgeA').patch(`/participants/${participant.id}`, { school: 'Khác' }).expect(403);
    });
  });

  describe('search', () => {
    let duc: { id: number };

    beforeAll(async () => {
      duc = await register({ fullName: 'Nguyễn Văn Đức', gender: 'male', dateOfBirth: bornAgo(13) });
      await register({ fullName: 'Nguyễn Thị Dung', dateOfBirth: bornAgo(13) });
      await register({ fullName: 'Vũ Đức Thắng', gender: 'male', dateOfBirth: bornAgo(8) });
    });

    const ids = async (q: string) =>
      (
        (
          await as('organiserA')
            .get(`/participants?q=${encodeURIComponent(q)}&pageSize=100`)
            .expect(200)
        ).body.items as { id: number }[]
      ).map((item) => item.id);

    it.each([
      'duc',
      'Đức',
      'DUC',
      'nguyen van d',
      'van duc',
      'Nguyễn Văn Đức'.normalize('NFD'),
      'nguyễn văn đức',
    ])('finds "Nguyễn Văn Đức" with %p', async (q) => {
      expect(await ids(q)).toContain(duc.id);
    });

    it('matches the start of a word, not the middle', async () => {
      expect(await ids('uc')).not.toContain(duc.id);
      expect(await ids('van dung')).not.toContain(duc.id);
      expect(await ids('thi d')).not.toContain(duc.id);
    });

    it('pages, with the total', async () => {
      const response = await as('organiserA').get('/participants?q=nguyen&pageSize=1&page=2').expect(200);
      expect(response.body).toMatchObject({ page: 2, pageSize: 1 });
      expect(response.body.total).toBeGreaterThanOrEqual(2);
      expect(response.body.items).toHaveLength(1);
    });

    it('counts matches up to its cap and says when there are more', async () => {
      // 1,001 children named alike, registered in bulk with their search keys (a name from its first word).
      await t.dataSource.query(
        `INSERT INTO participants (full_name, gender, date_of_birth, organisation_id, version)
         SELECT CONCAT('Lò Thị Pảo ', seq), 'female', '2014-01-01', ?, 1 FROM seq_1_to_1001`,
        [A.id],
      );
      await t.dataSource.query(
        `INSERT INTO participant_name_keys (participant_id, position, suffix, organisation_id)
         SELECT id, 0, full_name, organisation_id FROM participants WHERE full_name LIKE 'Lò Thị Pảo %'`,
      );
      const capped = await as('organiserA').get('/participants?q=lo thi pao').expect(200);
      expect(capped.body).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
      expect(capped.body.items).toHaveLength(20);

      const exact = await as('organiserA').get('/participants?q=lo thi pao 1').expect(200);
      // 1, 10–19, 100–199, 1000 and 1001: counted exactly, below the cap.
      expect(exact.body.total).toBe(113);
      expect(exact.body.totalCapped).toBeUndefined();
    });

    it('filters by unit subtree, locality, discipline and age', async () => {
      const locality = await t.factories.locality();
      const [piano] = (await as('admin').get('/disciplines?q=piano').expect(200)).body.items;
      const [music] = (await as('admin').get('/disciplines?q=am nhac').expect(200)).body.items;
      const pianist = await register({
        homeLocalityId: locality.id,
        disciplineIds: [piano.id],
        dateOfBirth: bornAgo(15),
        organisationId: A.id,
      });
      expect(await idsOf(`/participants?localityId=${locality.id}`)).toEqual([pianist.id]);
      expect(await idsOf(`/participants?disciplineId=${piano.id}`)).toEqual([pianist.id]);
      expect(await idsOf(`/participants?disciplineId=${music.id}`)).toEqual([pianist.id]);
      expect(await idsOf(`/participants?organisationId=${A1.id}&ageMin=15`)).toEqual([]);
      expect(await idsOf(`/participants?organisationId=${A.id}&ageMin=15&ageMax=15`)).toEqual([pianist.id]);
      await as('organiserA').get(`/participants?organisationId=${B.id}`).expect(404);
    });

    it('finds a child by name and date of birth, however many share the name', async () => {
      const dateOfBirth = bornAgo(12, 45);
      const twin = await register({ fullName: 'Lò Thị Pảo 7', dateOfBirth }); // 1,001 Lò Thị Pảo registered above
      expect(await idsOf(`/participants?q=lo thi pao&dateOfBirth=${dateOfBirth}`)).toEqual([twin.id]);
      expect(await idsOf(`/participants?q=lo thi pao&dateOfBirth=2014-01-02`)).toEqual([]);
      const refused = await as('organiserA').get('/participants?dateOfBirth=2014-02-30').expect(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'dateOfBirth' })]);
    });

    const idsOf = async (path: string) =>
      ((await as('organiserA').get(`${path}&pageSize=100`).expect(200)).body.items as { id: number }[]).map(
        (item) => item.id,
      );
  });

  describe('visibility by role', () => {
    it('shows a judge no date of birth, guardian or phone: the fields are absent', async () => {
      const participant = await register({ guardianName: 'Trần Văn Bố', guardianPhone: '0987654321' });
      const view = (await as('judgeA').get(`/participants/${participant.id}`).expect(200)).body;
      expect(view).toMatchObject({ id: participant.id, fullName: participant.fullName });
      for (const field of ['dateOfBirth', 'guardianName', 'guardianRelationship', 'guardianPhone'])
        expect(view).not.toHaveProperty(field);
      const listed = (
        await as('judgeA')
          .get(`/participants?q=${encodeURIComponent(participant.fullName)}`)
          .expect(200)
      ).body.items[0];
      expect(listed).not.toHaveProperty('dateOfBirth');
      expect(listed).not.toHaveProperty('guardianPhone');
      for (const filter of ['ageMin=5', `dateOfBirth=${participant.dateOfBirth}`])
        await as('judgeA')
          .get(`/participants?organisationId=${A.id}&${filter}`)
          .expect(200)
          .expect(({ body }) => expect(body.total).toBe(0));
      await as('judgeA').get(`/participants/${participant.id}/export`).expect(403);
      await as('judgeA').get(`/participants/${participant.id}/consents`).expect(403);
    });

    it('hides another unit’s participants and gives viewers no access to records', async () => {
      const participant = await register();
      await as('organiserB').get(`/participants/${participant.id}`).expect(404);
      const list = (await as('organiserB').get('/participants?pageSize=100').expect(200)).body.items as {
        id: number;
      }[];
      expect(list.map((item) => item.id)).not.toContain(participant.id);
      await as('viewerA').get('/participants').expect(403);
      await as('viewerA').get(`/participants/${participant.id}`).expect(404);
      await as('admin').get(`/participants/${participant.id}`).expect(200);
    });
  });

  describe('consent', () => {
    const check = (id: number, purpose: string) =>
      as('organiserA').get(`/participants/${id}/consent-check?purpose=${purpose}`);
    const consent = (id: number, kind: string, scopes: string[]) =>
      as('organiserA')
        .post(`/participants/${id}/consents`, {
          kind,
          givenBy: 'Người ký',
          givenOn: todayInVietnam(),
          method: 'paper',
          scopes,
        })
        .expect(201);

    it('needs the guardian’s consent before a minor enters an event, naming what is missing', async () => {
      const child = await register({ dateOfBirth: bornAgo(10) });
      const refused = await check(child.id, 'event_entry').expect(409);
      expect(refused.body).toMatchObject({
        code: 'consent_missing',
        missingConsents: [{ kind: 'guardian', scope: 'contests' }],
      });
      expect(refused.body.detail).toBe('Còn thiếu: sự đồng ý của người giám hộ cho "contests".');
      await consent(child.id, 'guardian', ['registry', 'contests']);
      await check(child.id, 'event_entry').expect(200, { purpose: 'event_entry', satisfied: true });
      await check(child.id, 'club_membership').expect(200);
    });

    it('needs the child’s own consent from age 7 before publication, and a withdrawal counts at once', async () => {
      const child = await register({ dateOfBirth: bornAgo(9) });
      expect((await check(child.id, 'publication').expect(409)).body.missingConsents).toEqual([
        { kind: 'guardian', scope: 'publication' },
        { kind: 'participant', scope: 'publication' },
      ]);
      const guardian = await consent(child.id, 'guardian', ['publication']);
      expect((await check(child.id, 'publication').expect(409)).body.missingConsents).toEqual([
        { kind: 'participant', scope: 'publication' },
      ]);
      await consent(child.id, 'participant', ['publication', 'shortlisting']);
      await check(child.id, 'publication').expect(200);

      const withdrawn = await as('organiserA')
        .post(`/participants/${child.id}/consents/${guardian.body.id}/withdraw`, { reason: 'Gia đình đổi ý' })
        .expect(200);
      expect(withdrawn.body.withdrawnAt).not.toBeNull();
      expect((await check(child.id, 'publication').expect(409)).body.missingConsents).toEqual([
        { kind: 'guardian', scope: 'publication' },
      ]);
      await as('organiserA')
        .post(`/participants/${child.id}/consents/${guardian.body.id}/withdraw`)
        .expect(409);
      const history = (await as('organiserA').get(`/participants/${child.id}/consents`).expect(200)).body;
      expect(history).toHaveLength(2);
    });

    it('asks a 5-year-old’s guardian only, and an adult only for their own consent to publication', async () => {
      const small = await register({ dateOfBirth: bornAgo(5) });
      expect((await check(small.id, 'publication').expect(409)).body.missingConsents).toEqual([
        { kind: 'guardian', scope: 'publication' },
      ]);
      const adult = await register({ dateOfBirth: bornAgo(20) });
      await check(adult.id, 'event_entry').expect(200);
      expect((await check(adult.id, 'publication').expect(409)).body.missingConsents).toEqual([
        { kind: 'participant', scope: 'publication' },
      ]);
    });

    it('refuses a consent dated in the future or without a scope', async () => {
      const child = await register();
      const base = {
        kind: 'guardian',
        givenBy: 'Mẹ',
        givenOn: todayInVietnam(),
        method: 'electronic',
        scopes: ['registry'],
      };
      expect(
        (
          await as('organiserA')
            .post(`/participants/${child.id}/consents`, { ...base, givenOn: '2099-01-01' })
            .expect(400)
        ).body.errors[0].path,
      ).toBe('givenOn');
      expect(
        (
          await as('organiserA')
            .post(`/participants/${child.id}/consents`, { ...base, scopes: [] })
            .expect(400)
        ).body.errors[0].path,
      ).toBe('scopes');
      await as('organiserA')
        .post(`/participants/${child.id}/consents`, { ...base, scopes: ['marketing'] })
        .expect(400);
    });
  });

  describe('data-subject rights', () => {
    it('exports everything held on the person', async () => {
      const [chess] = (await as('admin').get('/disciplines?q=co vua').expect(200)).body.items;
      const participant = await register({ guardianName: 'Đặng Thị Hoa', disciplineIds: [chess.id] });
      await as('organiserA')
        .post(`/participants/${participant.id}/consents`, {
          kind: 'guardian',
          givenBy: 'Đặng Thị Hoa',
          givenOn: todayInVietnam(),
          method: 'paper',
          scopes: ['registry'],
        })
        .expect(201);
      await as('organiserA')
        .patch(`/participants/${participant.id}`, { school: 'Trường THCS Ba Chẽ' })
        .expect(200);
      const exported = (await as('organiserA').get(`/participants/${participant.id}/export`).expect(200))
        .body;
      expect(exported.participant).toMatchObject({
        id: participant.id,
        guardianName: 'Đặng Thị Hoa',
        school: 'Trường THCS Ba Chẽ',
      });
      expect(exported.disciplines).toEqual([{ id: chess.id, code: 'SPORTS.CHESS', name: 'Cờ vua' }]);
      expect(exported.consents).toEqual([
        expect.objectContaining({ kind: 'guardian', scopes: ['registry'] }),
      ]);
      expect(exported.auditTrail.map((entry: { action: string }) => entry.action)).toEqual([
        'create',
        'consent.record',
        'update',
      ]);
      // The audit log records that personal fields changed, never their values.
      expect(JSON.stringify(exported.auditTrail)).not.toContain('Ba Chẽ');
      expect(JSON.stringify(exported.auditTrail)).not.toContain('Đặng Thị Hoa');
    });

    it('anonymises (admins only): personal fields erased, no longer found, audited', async () => {
      const participant = await register({
        fullName: 'Bùi Quang Huy',
        guardianName: 'Bùi Văn Lâm',
        guardianPhone: '0911222333',
      });
      await as('organiserA').post(`/participants/${participant.id}/anonymise`).expect(403);
      const anonymised = (await as('admin').post(`/participants/${participant.id}/anonymise`).expect(200))
        .body;
      expect(anonymised).toMatchObject({
        fullName: '',
        dateOfBirth: null,
        school: null,
        guardianName: null,
        guardianPhone: null,
        anonymised: true,
        organisationId: A1.id,
      });
      expect((await as('organiserA').get('/participants?q=bui quang huy').expect(200)).body.total).toBe(0);
      await as('admin').post(`/participants/${participant.id}/anonymise`).expect(409);
      await as('organiserA').patch(`/participants/${participant.id}`, { school: 'X' }).expect(409);
      const audit = (
        await as('admin')
          .get(`/audit?entity=participant&entityId=${participant.id}&action=anonymise`)
          .expect(200)
      ).body;
      expect(audit.total).toBe(1);
      // The same person may be registered again: an anonymised record is nobody's namesake.
      await as('organiserA')
        .post('/participants', {
          fullName: 'Bùi Quang Huy',
          gender: 'male',
          dateOfBirth: participant.dateOfBirth,
          organisationId: A1.id,
        })
        .expect(201);
    });
  });
});

import { Locality } from '../src/localities/entities/locality.entity';
import { Participant } from '../src/participants/entities/participant.entity';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { IsNull } from 'typeorm';
import { CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

/**
 * An entry's locality, when the registration names none: the members' common home locality, else the
 * locality of the unit the entry represents (see src/events/entry-locality.ts).
 */
describe('an entry’s default locality', () => {
  let t: TestApp;
  let make: CompetitionFactory;
  let unit: Organisation;
  let organiser: string;
  let home: Locality, elsewhere: Locality, unitLocality: Locality;

  beforeAll(async () => {
    t = await createTestApp();
    make = new CompetitionFactory(t.dataSource, t.factories);
    const communes = await t.dataSource
      .getRepository(Locality)
      .find({ where: { level: 'commune', validTo: IsNull() }, order: { code: 'ASC' }, take: 3 });
    [home, elsewhere, unitLocality] = communes;
    unit = await t.factories.organisation({ localityId: unitLocality.id });
    const user = await make.organiser(unit.id);
    organiser = await t.login(user.email, user.password);
  });

  afterAll(() => t?.close());

  const childOf = async (localityId: number | null) => {
    const participant = await make.participant(unit.id);
    await t.dataSource.getRepository(Participant).update(participant.id, { homeLocalityId: localityId });
    return participant.id;
  };
  const register = (categoryId: number, path: string, body: object) =>
    t
      .http()
      .post(`/api/v1/categories/${categoryId}/entries${path}`)
      .set(bearer(organiser))
      .send(body)
      .expect(201);

  it('takes an individual entrant’s home locality, and keeps a locality the request names', async () => {
    const { category } = await make.contest({ organisationId: unit.id, state: 'open', entries: 0 });
    const single = await register(category.id, '', {
      organisationId: unit.id,
      members: [await childOf(home.id)],
    });
    expect(single.body.locality).toMatchObject({ id: home.id, name: home.name });

    const named = await register(category.id, '', {
      organisationId: unit.id,
      localityId: elsewhere.id,
      members: [await childOf(home.id)],
    });
    expect(named.body.locality.id).toBe(elsewhere.id);

    const homeless = await register(category.id, '', {
      organisationId: unit.id,
      members: [await childOf(null)],
    });
    expect(homeless.body.locality.id).toBe(unitLocality.id);
  });

  it('in bulk, gives each team its members’ common locality, else the unit’s', async () => {
    const { category } = await make.contest({
      organisationId: unit.id,
      state: 'open',
      entries: 0,
      category: { format: 'team', minMembers: 2, maxMembers: 3 },
    });
    const response = await register(category.id, '/bulk', {
      entries: [
        {
          organisationId: unit.id,
          teamName: 'Cùng xã',
          members: [await childOf(home.id), await childOf(home.id)],
        },
        {
          organisationId: unit.id,
          teamName: 'Hai nơi',
          members: [await childOf(home.id), await childOf(elsewhere.id)],
        },
        {
          organisationId: unit.id,
          teamName: 'Đã chọn',
          localityId: elsewhere.id,
          members: [await childOf(home.id), await childOf(home.id)],
        },
      ],
    });
    expect(response.body.items.map((entry: { locality: { id: number } }) => entry.locality.id)).toEqual([
      home.id,
      unitLocality.id,
      elsewhere.id,
    ]);
  });
});

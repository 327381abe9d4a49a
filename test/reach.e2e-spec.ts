import { REFERENCES_EXTENSION } from '../src/access/references';
import { Organisation } from '../src/organisations/entities/organisation.entity';
import { tableChecksums } from './support/checksums';
import { Contest, CompetitionFactory } from './support/competition-factory';
import { bearer, createTestApp, TestApp } from './support/test-app';

/** A parameter or body property that names a record: by its name, or because it declares what it names. */
const NAMES_A_RECORD = /^(id|.+Id|.+Ids)$/;
const NONEXISTENT = 99_999_999;
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The record a path's first parameter names, by the segment before it. Its feature checks it (404 out of reach). */
const PATH_KINDS: Record<string, string> = {
  users: 'user',
  organisations: 'organisation',
  localities: 'locality',
  disciplines: 'discipline',
  participants: 'participant',
  imports: 'import',
  clubs: 'club',
  sessions: 'session',
  'assessment-rubrics': 'rubric',
  assessments: 'assessment',
  events: 'event',
  categories: 'category',
  rounds: 'round',
  entries: 'entry',
  invitations: 'invitation',
  shortlists: 'shortlist',
  'fostering-programmes': 'fostering_programme',
  exports: 'export',
};

/**
 * Fields that name a record without being checked by the references mechanism, each with why that is safe.
 * Keys: `METHOD /path field` (a body field's path with `[]` for array items).
 */
const ALLOWLIST: Record<string, string> = {
  'GET /api/v1/audit entityId': 'admins only (everywhere); any entity’s id, not a record of one kind',
  'GET /api/v1/rounds/{id}/sheet judgeId':
    'a judge of the round in the path: any other id, existing or not, gets the same 400',
  'POST /api/v1/rounds/{id}/sheet/submit judgeId':
    'a judge of the round in the path: any other id, existing or not, gets the same 400',
  'PUT /api/v1/rounds/{id}/scores judgeId':
    'a judge of the round in the path: any other id, existing or not, gets the same 400',
  'PUT /api/v1/rounds/{id}/scores scores[].entryId':
    'an entry of the round in the path: any other id, existing or not, gets the same 400',
  'POST /api/v1/rounds/{id}/deductions entryId':
    'an entry of the round in the path: any other id, existing or not, gets the same 400',
  'POST /api/v1/rounds/{id}/corrections entryId':
    'an entry of the round in the path: any other id, existing or not, gets the same 400',
  'POST /api/v1/rounds/{id}/corrections judgeId':
    'a judge of the round in the path: any other id, existing or not, gets the same 400',
  'POST /api/v1/assessments scores[].criterionId':
    'a criterion of the rubric named beside it: any other id gets the same 400',
  'POST /api/v1/fostering-programmes clubId':
    'a palace club: the programme rules refuse any other club with the same 400, existing or not',
  'POST /api/v1/fostering-programmes/{id}/enrolments participantIds':
    'accepted candidates of the palace’s shortlists: any other id gets the same per-child error',
  'PATCH /api/v1/assessments/{id} scores[].criterionId':
    'a criterion of the assessment’s rubric: any other id gets the same 400',
};

// INNER_PATH_PARAMETER: path parameters after `{id}` ({judgeId}, {consentId} …) name a record inside the
// first one's, looked up only there (404 otherwise), so they need no declaration of their own.

/** Reference kinds anyone may name: only existence is checked, so a foreign id is not probed. */
const SHARED = new Set(['locality', 'discipline', 'rubric', 'invitable_organisation']);

interface Field {
  operation: string;
  method: Method;
  path: string;
  location: 'path' | 'query' | 'body';
  /** The parameter's name, or the body field's path (`entries[].organisationId`). */
  name: string;
  kind?: string;
  multipart: boolean;
}

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  [REFERENCES_EXTENSION]?: string;
};
type OpenApi = {
  paths: Record<string, Record<string, { parameters?: OpenApiParameter[]; requestBody?: RequestBody }>>;
  components: { schemas: Record<string, Schema> };
};
type OpenApiParameter = { name: string; in: string; schema?: Schema; [REFERENCES_EXTENSION]?: string };
type RequestBody = { content: Record<string, { schema: Schema }> };

/** Every path parameter, query parameter and body property of the OpenAPI document that names a record. */
function recordFields(document: OpenApi): Field[] {
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').at(-1)!]) : schema;
  const bodyFields = (schema: Schema, prefix: string, seen: Set<Schema>): [string, Schema][] => {
    const resolved = resolve(schema);
    if (seen.has(resolved)) return [];
    seen.add(resolved);
    const parts = [resolved, ...(resolved.allOf ?? []).map(resolve)];
    return parts.flatMap((part) =>
      Object.entries(part.properties ?? {}).flatMap(([name, property]): [string, Schema][] => {
        const path = `${prefix}${name}`;
        const own: [string, Schema][] = [[path, property]];
        const target = resolve(property);
        if (target.type === 'array' && target.items) {
          const items = resolve(target.items);
          if (items.properties || items.allOf) return bodyFields(items, `${path}[].`, new Set(seen));
        }
        if (target.properties || target.allOf)
          return [...own, ...bodyFields(target, `${path}.`, new Set(seen))];
        return own;
      }),
    );
  };

  const fields: Field[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const base = { operation: `${method.toUpperCase()} ${path}`, method: method as Method, path };
      const content = operation.requestBody?.content ?? {};
      const multipart = 'multipart/form-data' in content;
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in !== 'path' && parameter.in !== 'query') continue;
        const kind = parameter[REFERENCES_EXTENSION] ?? parameter.schema?.[REFERENCES_EXTENSION];
        if (!kind && !NAMES_A_RECORD.test(parameter.name)) continue;
        fields.push({ ...base, location: parameter.in, name: parameter.name, kind, multipart });
      }
      const body = content['application/json'] ?? content['multipart/form-data'];
      if (!body) continue;
      for (const [name, schema] of bodyFields(body.schema, '', new Set())) {
        const kind = schema[REFERENCES_EXTENSION];
        const last = name.split('.').at(-1)!.replace('[]', '');
        if (kind || NAMES_A_RECORD.test(last))
          fields.push({ ...base, location: 'body', name, kind, multipart });
      }
    }
  }
  return fields;
}

/** `entries[].organisationId` = 5 → `{ entries: [{ organisationId: 5 }] }`; `*Ids` and `members` take an array. */
function bodyWith(name: string, id: number, array: boolean): Record<string, unknown> {
  const [head, ...rest] = name.split('.');
  if (rest.length === 0) return { [head]: array ? [id] : id };
  const inner = bodyWith(rest.join('.'), id, array);
  return head.endsWith('[]') ? { [head.slice(0, -2)]: [inner] } : { [head]: inner };
}

/**
 * An organiser of unit B probing unit A through every route of the OpenAPI document: every id a request can
 * name is declared to the references mechanism (or allowlisted with its reason), and a foreign or unknown
 * one answers 404, or for a path parameter the same answer either way, and changes nothing.
 */
describe('reach: every id a request names', () => {
  let t: TestApp;
  let document: OpenApi;
  let tokenB: string;
  let A: Organisation, B: Organisation;
  let contestA: Contest, contestB: Contest;
  /** A's records by kind (what B must not reach), and B's own (to fill the other path parameters). */
  const foreign: Record<string, number> = {};
  const own: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp();
    const make = new CompetitionFactory(t.dataSource, t.factories);
    const province = await t.factories.rootOrganisation('youth_union');
    A = await t.factories.organisation({
      name: 'Đoàn phường Hồng Gai',
      level: 'district',
      parentId: province.id,
    });
    B = await t.factories.organisation({
      name: 'Đoàn phường Bãi Cháy',
      level: 'district',
      parentId: province.id,
    });
    const organiserA = await make.organiser(A.id);
    const organiserB = await make.organiser(B.id);
    const tokenA = await t.login(organiserA.email, organiserA.password);
    tokenB = await t.login(organiserB.email, organiserB.password);
    const coachA = await t.factories.user({ roles: [{ role: 'coach', organisationId: A.id }] });
    contestA = await make.contest({ organisationId: A.id, state: 'open', entries: 1 });
    contestB = await make.contest({ organisationId: B.id, state: 'open', entries: 1 });
    const [chess] = (await t.http().get('/api/v1/disciplines?q=co vua').set(bearer(tokenA)).expect(200)).body
      .items as { id: number }[];
    const club = async (token: string, organisationId: number) =>
      (
        await t
          .http()
          .post('/api/v1/clubs')
          .set(bearer(token))
          .send({
            organisationId,
            name: 'Câu lạc bộ Cờ vua',
            kind: 'club',
            disciplineId: chess.id,
            capacity: 20,
          })
          .expect(201)
      ).body.id as number;
    Object.assign(foreign, {
      organisation: A.id,
      user: coachA.id,
      participant: contestA.participants[0].id,
      club: await club(tokenA, A.id),
      event: contestA.event.id,
      category: contestA.category.id,
      round: contestA.round.id,
      entry: contestA.entries[0].id,
    });
    const pioneers = await t.factories.rootOrganisation('young_pioneers');
    foreign.invitation = (
      await t
        .http()
        .post(`/api/v1/events/${contestA.event.id}/invitations`)
        .set(bearer(tokenA))
        .send({ organisationId: pioneers.id })
        .expect(201)
    ).body.id as number;
    Object.assign(own, {
      organisation: B.id,
      user: organiserB.id,
      participant: contestB.participants[0].id,
      club: await club(tokenB, B.id),
      event: contestB.event.id,
      category: contestB.category.id,
      round: contestB.round.id,
      entry: contestB.entries[0].id,
    });
    document = (await t.http().get('/docs-json').expect(200)).body as OpenApi;
  }, 90_000);

  afterAll(() => t?.close());

  const snapshot = () => tableChecksums(t.dataSource);

  const send = (field: Field, pathIds: Record<string, number>, body?: object, query?: object) => {
    const url = field.path
      .replace(/^\/api\/v1/, '')
      .replace(/\{(\w+)\}/g, (_, name: string) => String(pathIds[name] ?? NONEXISTENT));
    const request = t
      .http()
      [field.method](`/api/v1${url}`)
      .set(bearer(tokenB))
      .query(query ?? {});
    if (field.multipart) {
      for (const [key, value] of Object.entries(body ?? {})) void request.field(key, String(value));
      return request.attach('file', Buffer.from('fullName,gender,dateOfBirth\n'), 'participants.csv');
    }
    return body ? request.send(body) : request;
  };

  /** B's own record for the first path parameter, so a refusal comes from the field probed. */
  const ownPathIds = (field: Field) => {
    const segment = field.path.match(/\/([\w-]+)\/\{id\}/)?.[1];
    const kind = segment ? PATH_KINDS[segment] : undefined;
    return { id: (kind && own[kind]) || NONEXISTENT };
  };

  it('finds every record-naming field declared to the references mechanism or allowlisted with a reason', () => {
    const fields = recordFields(document);
    expect(fields.length).toBeGreaterThan(50);
    const undeclared = fields
      .filter((field) => {
        if (field.kind) return false;
        if (field.location === 'path') {
          const segments = field.path.split('/');
          const index = segments.indexOf(`{${field.name}}`);
          if (field.name !== 'id') return false; // INNER_PATH_PARAMETER
          return !PATH_KINDS[segments[index - 1]] && !PATH_KINDS[segments.slice(index - 2, index).join('/')];
        }
        return !ALLOWLIST[`${field.operation} ${field.name}`];
      })
      .map((field) => `${field.operation} ${field.location} ${field.name}`);
    expect(undeclared).toEqual([]);
    // The allowlist names only fields that exist, so it cannot outlive them.
    const present = new Set(fields.map((field) => `${field.operation} ${field.name}`));
    expect(Object.keys(ALLOWLIST).filter((key) => !present.has(key))).toEqual([]);
  });

  it('answers 404 to a foreign or unknown id in any declared body or query field, and changes nothing', async () => {
    const declared = recordFields(document).filter((field) => field.kind && field.location !== 'path');
    expect(declared.length).toBeGreaterThan(20);
    const before = await snapshot();
    const answers: string[] = [];
    for (const field of declared) {
      // A shared kind (reference data, a unit to invite) is readable by all: only an unknown id is refused.
      const probes: [string, number][] = SHARED.has(field.kind!)
        ? [['unknown', NONEXISTENT]]
        : [
            ['foreign', foreign[field.kind!]],
            ['unknown', NONEXISTENT],
          ];
      for (const [label, id] of probes) {
        expect({ field: field.name, kind: field.kind, id }).toEqual({
          field: field.name,
          kind: field.kind,
          id: expect.any(Number),
        });
        const array = /Ids$/.test(field.name) || /(^|\.)members$/.test(field.name);
        const response =
          field.location === 'query'
            ? await send(field, ownPathIds(field), undefined, { [field.name]: id })
            : await send(field, ownPathIds(field), bodyWith(field.name, id, array));
        answers.push(`${field.operation} ${field.name} ${label}: ${response.status}`);
      }
    }
    expect(answers.filter((answer) => !answer.endsWith(': 404'))).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('gives a foreign record in a path the same answer as an unknown one, and changes nothing', async () => {
    const probed = recordFields(document).filter((field) => {
      if (field.location !== 'path' || field.name !== 'id') return false;
      const segment = field.path.match(/\/([\w-]+)\/\{id\}/)?.[1] ?? '';
      return foreign[PATH_KINDS[segment]] !== undefined && !field.path.startsWith('/api/v1/public/');
    });
    expect(probed.length).toBeGreaterThan(40);
    const before = await snapshot();
    const differing: string[] = [];
    for (const field of probed) {
      const segment = field.path.match(/\/([\w-]+)\/\{id\}/)![1];
      const answer = async (id: number) => {
        const response = await send(field, { id }, field.method === 'get' ? undefined : {});
        const {
          requestId: _requestId,
          instance: _instance,
          ...body
        } = response.body as Record<string, unknown>;
        return { status: response.status, body };
      };
      const [toForeign, toUnknown] = [await answer(foreign[PATH_KINDS[segment]]), await answer(NONEXISTENT)];
      if (JSON.stringify(toForeign) !== JSON.stringify(toUnknown) || toForeign.status < 400)
        differing.push(`${field.operation}: ${toForeign.status} vs ${toUnknown.status}`);
    }
    expect(differing).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });
});

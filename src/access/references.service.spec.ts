import { ApiProperty } from '@nestjs/swagger';
import { plainToInstance, Type } from 'class-transformer';
import { AppError } from '../common/errors/app-error';
import type { Actor } from './actor';
import { References, referencesOf, REFERENCES_EXTENSION } from './references';
import { ReferenceOwner, ReferencesRepository } from './references.repository';
import { ReferencesService } from './references.service';

class MemberInput {
  @References('user')
  @ApiProperty()
  userId!: number;

  @ApiProperty()
  note!: string;
}

class PanelInput {
  @References('participant')
  @ApiProperty({ type: [Number] })
  members!: number[];

  @References('organisation')
  @ApiProperty()
  organisationId!: number;

  @ApiProperty({ type: [MemberInput] })
  @Type(() => MemberInput)
  judges!: MemberInput[];
}

describe('ReferencesService.collect', () => {
  it('gathers the ids of each kind from fields, arrays and nested DTOs, once each', () => {
    const input = plainToInstance(PanelInput, {
      members: [3, 4, 3],
      organisationId: 12,
      judges: [{ userId: 7, note: 'x' }, { userId: 8 }, { userId: 7 }],
    });
    const named = ReferencesService.collect(input);
    expect(Object.fromEntries([...named].map(([kind, ids]) => [kind, [...ids]]))).toEqual({
      participant: [3, 4],
      organisation: [12],
      user: [7, 8],
    });
  });

  it('takes positive integers and leaves strings and other values to validation', () => {
    const input = plainToInstance(PanelInput, {
      members: ['1', 2, '0x1', '1e0', ' 2', '3.0', 0, -1, 1.5, '', 'abc', null],
      organisationId: '+5',
      judges: 'not a list',
    });
    const named = ReferencesService.collect(input);
    expect([...named.get('participant')!]).toEqual([2]);
    expect([...named.get('organisation')!]).toEqual([]);
    expect(named.has('user')).toBe(false);
  });

  it('writes the kind into the OpenAPI schema of the field', () => {
    expect(referencesOf(PanelInput).get('organisationId')).toBe('organisation');
    const schema = Reflect.getMetadata(
      'swagger/apiModelProperties',
      PanelInput.prototype,
      'members',
    ) as object;
    expect(schema).toMatchObject({ [REFERENCES_EXTENSION]: 'participant' });
  });

  it('refuses a declaration placed below @ApiProperty, which would leave the document silent', () => {
    expect(() => {
      class Misplaced {
        @ApiProperty()
        @References('club')
        clubId!: number;
      }
      return Misplaced;
    }).toThrow(/above @ApiProperty/);
  });
});

describe('ReferencesService.check', () => {
  const organiserOf = (path: string): Actor => ({
    userId: 1,
    sessionId: 's',
    requestId: 'r',
    clientAddress: '127.0.0.1',
    roles: [
      { id: 1, role: 'organiser', organisationId: Number(path.split('/').at(-2)), organisationPath: path },
    ],
  });
  const service = (owners: Record<number, ReferenceOwner>) =>
    new ReferencesService({
      owners: (_kind: string, ids: number[]) =>
        Promise.resolve(new Map(ids.filter((id) => owners[id]).map((id) => [id, owners[id]]))),
    } as unknown as ReferencesRepository);
  const owner = (paths: string[], extra: Partial<ReferenceOwner> = {}): ReferenceOwner => ({
    paths,
    coached: false,
    pooled: false,
    ...extra,
  });

  it('passes ids inside the caller’s subtree and refuses one outside it or unknown, with 404', async () => {
    const references = service({ 5: owner(['/1/5/']), 23: owner(['/1/5/23/']), 6: owner(['/1/6/']) });
    const actor = organiserOf('/1/5/');
    await expect(
      references.check(actor, new Map([['organisation', new Set([5, 23])]])),
    ).resolves.toBeUndefined();
    for (const id of [6, 404]) {
      await expect(references.check(actor, new Map([['organisation', new Set([5, id])]]))).rejects.toEqual(
        new AppError('not_found'),
      );
    }
  });

  it('reaches an account through any of its roles, a pooled judge, or the caller’s own', async () => {
    const references = service({
      9: owner(['/1/6/', '/1/5/23/']),
      10: owner([], { pooled: true }),
      1: owner([]),
      11: owner([]),
    });
    const actor = organiserOf('/1/5/');
    await expect(references.check(actor, new Map([['user', new Set([9, 10, 1])]]))).resolves.toBeUndefined();
    await expect(references.check(actor, new Map([['user', new Set([11])]]))).rejects.toEqual(
      new AppError('not_found'),
    );
  });

  it('checks only the existence of shared reference data', async () => {
    const references = service({ 70: owner([]) });
    const actor = organiserOf('/1/5/');
    await expect(references.check(actor, new Map([['locality', new Set([70])]]))).resolves.toBeUndefined();
    await expect(references.check(actor, new Map([['locality', new Set([71])]]))).rejects.toEqual(
      new AppError('not_found'),
    );
  });
});

import { auditChanges } from './audit-changes';

describe('auditChanges', () => {
  it('keeps, for an update, only the fields whose values differ, before and after', () => {
    const before = { id: 7, name: 'Nhà văn hóa Hạ Long', status: 'active', version: 3 };
    const after = { id: 7, name: 'Nhà Văn hóa thành phố Hạ Long', status: 'active', version: 4 };
    expect(auditChanges(before, after)).toEqual({
      before: { name: 'Nhà văn hóa Hạ Long', version: 3 },
      after: { name: 'Nhà Văn hóa thành phố Hạ Long', version: 4 },
    });
  });

  it('records an update that changes nothing as two empty objects', () => {
    expect(auditChanges({ id: 7, name: 'Cẩm Phả' }, { id: 7, name: 'Cẩm Phả' })).toEqual({
      before: {},
      after: {},
    });
  });

  it('records a change to or from null', () => {
    expect(auditChanges({ id: 7, parentId: null, note: 'x' }, { id: 7, parentId: 3, note: null })).toEqual({
      before: { parentId: null, note: 'x' },
      after: { parentId: 3, note: null },
    });
  });

  it('treats two Date objects holding the same instant as unchanged and writes changed ones as ISO strings', () => {
    const before = {
      createdAt: new Date('2025-06-30T17:00:00Z'),
      updatedAt: new Date('2025-07-01T08:00:00Z'),
    };
    const after = {
      createdAt: new Date('2025-06-30T17:00:00Z'),
      updatedAt: new Date('2025-07-02T09:30:15.250Z'),
    };
    expect(auditChanges(before, after)).toEqual({
      before: { updatedAt: '2025-07-01T08:00:00.000Z' },
      after: { updatedAt: '2025-07-02T09:30:15.250Z' },
    });
  });

  it('compares nested values by content', () => {
    expect(
      auditChanges({ tags: ['thơ', 'nhạc'], meta: { a: 1 } }, { tags: ['thơ', 'nhạc'], meta: { a: 2 } }),
    ).toEqual({ before: { meta: { a: 1 } }, after: { meta: { a: 2 } } });
  });

  it('keeps every field of a creation, with dates as ISO strings and without undefined values', () => {
    const created = {
      id: 12,
      code: 'QN-HL',
      parentId: null,
      validFrom: new Date('2025-07-01T00:00:00Z'),
      validTo: undefined,
    };
    expect(auditChanges(null, created)).toEqual({
      before: null,
      after: { id: 12, code: 'QN-HL', parentId: null, validFrom: '2025-07-01T00:00:00.000Z' },
    });
    expect(Object.keys(auditChanges(null, created).after!)).not.toContain('validTo');
  });

  it('keeps every field of a deletion', () => {
    const deleted = { id: 12, code: 'QN-HL', active: false, removedAt: undefined };
    expect(auditChanges(deleted, null)).toEqual({
      before: { id: 12, code: 'QN-HL', active: false },
      after: null,
    });
    expect(Object.keys(auditChanges(deleted, null).before!)).not.toContain('removedAt');
  });

  it('drops, in an update, the side on which a changed field is undefined', () => {
    expect(auditChanges({ id: 1 }, { id: 1, phone: '0912345678' })).toEqual({
      before: {},
      after: { phone: '0912345678' },
    });
  });

  it('redacts every secret field of a creation', () => {
    const user = {
      email: 'hoa.nguyen@example.vn',
      password: 'Hạ Long bay at dawn 2019',
      passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
      currentPassword: 'old one',
      newPassword: 'new one',
      token: 'abc',
      tokenHash: 'ba7816bf',
      accessToken: 'eyJhbGciOiJIUzI1NiJ9.e30.sig',
      refreshToken: 'Zm9vYmFy',
    };
    expect(auditChanges(null, user)).toEqual({
      before: null,
      after: {
        email: 'hoa.nguyen@example.vn',
        password: '[redacted]',
        passwordHash: '[redacted]',
        currentPassword: '[redacted]',
        newPassword: '[redacted]',
        token: '[redacted]',
        tokenHash: '[redacted]',
        accessToken: '[redacted]',
        refreshToken: '[redacted]',
      },
    });
  });

  it('records that a secret changed without its values, and leaves out an unchanged one', () => {
    expect(
      auditChanges(
        { id: 3, passwordHash: '$argon2id$old', tokenHash: 'same' },
        { id: 3, passwordHash: '$argon2id$new', tokenHash: 'same' },
      ),
    ).toEqual({ before: { passwordHash: '[redacted]' }, after: { passwordHash: '[redacted]' } });
  });

  it('masks the given personal fields, including dates, but leaves null as null', () => {
    const child = {
      id: 40,
      fullName: 'Nguyễn Thu Hà',
      dateOfBirth: new Date('2012-03-08T00:00:00Z'),
      phone: null,
      school: 'THCS Trọng Điểm',
    };
    expect(auditChanges(null, child, ['fullName', 'dateOfBirth', 'phone'])).toEqual({
      before: null,
      after: {
        id: 40,
        fullName: '[masked]',
        dateOfBirth: '[masked]',
        phone: null,
        school: 'THCS Trọng Điểm',
      },
    });
  });

  it('records that a personal field changed without its values', () => {
    expect(
      auditChanges(
        { id: 40, fullName: 'Nguyễn Thu Hà', phone: null, school: 'THCS Trọng Điểm' },
        { id: 40, fullName: 'Nguyễn Thu Hằng', phone: '0912345678', school: 'THCS Trọng Điểm' },
        ['fullName', 'phone', 'school'],
      ),
    ).toEqual({
      before: { fullName: '[masked]', phone: null },
      after: { fullName: '[masked]', phone: '[masked]' },
    });
  });

  it('does not mask fields that were not named personal', () => {
    expect(auditChanges(null, { fullName: 'Nguyễn Thu Hà' })).toEqual({
      before: null,
      after: { fullName: 'Nguyễn Thu Hà' },
    });
  });

  it('leaves the objects it is given unchanged', () => {
    const before = { id: 1, passwordHash: 'old', at: new Date('2025-07-01T00:00:00Z') };
    const after = { id: 1, passwordHash: 'new', at: new Date('2025-07-02T00:00:00Z') };
    auditChanges(before, after, ['id']);
    expect(before).toEqual({ id: 1, passwordHash: 'old', at: new Date('2025-07-01T00:00:00Z') });
    expect(after).toEqual({ id: 1, passwordHash: 'new', at: new Date('2025-07-02T00:00:00Z') });
  });

  it('answers null on both sides when there is neither a before nor an after', () => {
    expect(auditChanges(null, null)).toEqual({ before: null, after: null });
  });
});

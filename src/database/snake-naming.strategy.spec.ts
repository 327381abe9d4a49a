import { snakeCase, SnakeNamingStrategy } from './snake-naming.strategy';

describe('SnakeNamingStrategy', () => {
  it.each([
    ['dateOfBirth', 'date_of_birth'],
    ['validFrom', 'valid_from'],
    ['id', 'id'],
    ['requestID', 'request_id'],
    ['HTTPStatus', 'http_status'],
    ['level2Score', 'level2_score'],
  ])('%s → %s', (name, expected) => {
    expect(snakeCase(name)).toBe(expected);
  });

  it('names columns, embedded columns and join columns in snake_case', () => {
    const strategy = new SnakeNamingStrategy();
    expect(strategy.columnName('fullName', undefined, [])).toBe('full_name');
    expect(strategy.columnName('phone', undefined, ['guardian'])).toBe('guardian_phone');
    expect(strategy.columnName('ignored', 'customName', [])).toBe('custom_name');
    expect(strategy.joinColumnName('organisation', 'id')).toBe('organisation_id');
    expect(strategy.tableName('RoleAssignment', undefined)).toBe('role_assignment');
    expect(strategy.tableName('RoleAssignment', 'role_assignments')).toBe('role_assignments');
  });
});

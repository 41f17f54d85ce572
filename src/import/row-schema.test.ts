import { describe, expect, it } from 'vitest';
import { buildRowSchema } from './row-schema';
import { seatTemplateFixture } from './testing/seat-template.fixture';

describe('buildRowSchema', () => {
  const schema = buildRowSchema(seatTemplateFixture.columns);
  const base = {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    extension: '0042',
    site: 'remote',
    directNumber: '(415) 555-0100',
    mobileNumber: '',
    role: '',
    deviceModel: '',
    macAddress: '',
    callerIdName: '',
    addressBook: '',
  };

  it('normalises a valid row like the bulk validator', () => {
    expect(schema.parse(base)).toMatchObject({ extension: '0042', site: 'Remote', directNumber: '+14155550100', role: 'User', addressBook: 'Yes' });
  });

  it('reports i18n keys with their params, per column', () => {
    const result = schema.safeParse({ ...base, email: 'nope', extension: '1', deviceModel: 'Poly VVX 450' });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues).toEqual([
      ['email', 'cell.invalidEmail'],
      ['extension', 'cell.digitsLength'],
      ['macAddress', 'cell.requiredWhen'],
    ]);
    const conditional = schema.safeParse({ ...base, deviceModel: 'poly vvx 450' });
    expect(conditional.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['macAddress', 'cell.requiredWhen']]);
  });

  it("reports a conditional requirement together with the other cells' problems", () => {
    const result = schema.safeParse({ ...base, firstName: '', deviceModel: 'Poly VVX 450' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['firstName', 'cell.required'],
      ['macAddress', 'cell.requiredWhen'],
    ]);
  });

  it('does not require a cell because of a condition cell that is itself invalid', () => {
    const result = schema.safeParse({ ...base, deviceModel: 'Not a model' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['deviceModel', 'cell.notAllowed']]);
  });
});

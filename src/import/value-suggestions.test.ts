import { describe, expect, it } from 'vitest';
import { suggestAllowedValue } from './value-suggestions';

const sites = ['Headquarters', 'Branch Office', 'Remote'];
const yesNo = ['Yes', 'No'];
const roles = ['User', 'Admin'];
const devices = ['Softphone', 'Yealink T54W', 'Poly VVX 450', 'Cisco 8845'];

describe('suggestAllowedValue', () => {
  it.each([
    ['HQ', sites, 'Headquarters'],
    ['hq', sites, 'Headquarters'],
    ['headquarters ', sites, 'Headquarters'],
    ['branch-office', sites, 'Branch Office'],
    ['BO', sites, 'Branch Office'],
    ['Branch', sites, 'Branch Office'],
    ['remot', sites, 'Remote'],
    ['Y', yesNo, 'Yes'],
    ['true', yesNo, 'Yes'],
    ['1', yesNo, 'Yes'],
    ['Oui', yesNo, 'Yes'],
    ['Sí', yesNo, 'Yes'],
    ['si', yesNo, 'Yes'],
    ['N', yesNo, 'No'],
    ['FALSE', yesNo, 'No'],
    ['Non', yesNo, 'No'],
    ['0', yesNo, 'No'],
    ['yealink t54w', devices, 'Yealink T54W'],
    ['YealinkT54W', devices, 'Yealink T54W'],
    ['poly vvx450', devices, 'Poly VVX 450'],
    ['Admn', roles, 'Admin'],
    ['administrator', roles, 'Admin'],
  ])('suggests for %j among %j: %j', (value, allowed, expected) => {
    expect(suggestAllowedValue(value, allowed)).toBe(expected);
  });

  it.each([
    ['Paris', sites],
    ['', sites],
    ['maybe', yesNo],
    ['Guest', roles],
    ['Polycom', devices],
    ['Oui', sites],
    ['x', sites],
  ])('suggests nothing for %j among %j', (value, allowed) => {
    expect(suggestAllowedValue(value, allowed)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { isPacked, packedCell, packedCount, packedRow, packRows } from './packed-rows';

describe('packRows', () => {
  const batch = {
    startId: 7,
    rowNumbers: [3, 5],
    raw: [
      ['Zoë', '', '👩🏽‍💻 ,"\n', 'extra cell'],
      ['a', 'b'],
    ],
    values: [
      ['Zoë', 'default', '👩🏽‍💻 ,"\n'],
      ['A', 'B', 'C'],
    ],
    issues: [null, [{ column: 1, messageKey: 'cell.required', params: {} }]],
  };

  it('gives back every cell as it was, rows cut or padded to the width', () => {
    const packed = packRows(batch, 3);
    expect(isPacked(packed)).toBe(true);
    expect(isPacked(batch)).toBe(false);
    expect(packedCount(packed)).toBe(2);
    expect(packed.startId).toBe(7);
    expect([...packed.rowNumbers]).toEqual([3, 5]);
    expect(packedRow(packed, 0, false)).toEqual(['Zoë', '', '👩🏽‍💻 ,"\n']);
    expect(packedRow(packed, 1, false)).toEqual(['a', 'b', '']);
    expect(packedRow(packed, 0, true)).toEqual(['Zoë', 'default', '👩🏽‍💻 ,"\n']);
    expect(packedCell(packed, 1, 2, true)).toBe('C');
    // Only the normalised values that differ from the user's are written again.
    expect(packed.valuesText).toBe('defaultABC');
    expect([...packed.sameAsRaw]).toEqual([1, 0, 1, 0, 0, 0]);
    expect(packed.issues).toBe(batch.issues);
  });

  it('answers an empty string outside the batch', () => {
    const packed = packRows(batch, 3);
    expect(packedCell(packed, 0, 3, false)).toBe('');
    expect(packedCell(packed, 0, -1, false)).toBe('');
    expect(packedCell(packed, 2, 0, false)).toBe('');
  });

  it('survives the structured clone a worker message makes', () => {
    const copy = structuredClone(packRows(batch, 3));
    expect(packedRow(copy, 0, false)).toEqual(['Zoë', '', '👩🏽‍💻 ,"\n']);
    expect(isPacked(copy)).toBe(true);
  });
});

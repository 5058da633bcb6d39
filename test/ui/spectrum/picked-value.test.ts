import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickedValue } from '../../../src/ui/spectrum/picked-value';

const options = [
  { value: 'speech', label: 'the voice speaks' },
  { value: 'clip-extents', label: 'voice clips sit' },
];

describe('the value a picker reports after a change', () => {
  it("reads Premiere's built-in picker by its selectedIndex", () => {
    expect(pickedValue({ selectedIndex: 1 }, options)).toBe('clip-extents');
    expect(pickedValue({ selectedIndex: 0, value: 'ignored' }, options)).toBe('speech');
  });

  it("reads Spectrum Web Components' picker (no index) by its value", () => {
    expect(pickedValue({ value: 'clip-extents' }, options)).toBe('clip-extents');
  });

  it('answers null for an index or value outside the options, or neither', () => {
    expect(pickedValue({ selectedIndex: -1 }, options)).toBeNull();
    expect(pickedValue({ selectedIndex: 2 }, options)).toBeNull();
    expect(pickedValue({ value: 'other' }, options)).toBeNull();
    expect(pickedValue({}, options)).toBeNull();
  });

  it('only ever answers one of the options, or null', () => {
    fc.assert(
      fc.property(fc.record({ selectedIndex: fc.anything(), value: fc.anything() }, { requiredKeys: [] }), (state) => {
        const picked = pickedValue(state, options);
        expect(picked === null || options.some((option) => option.value === picked)).toBe(true);
      }),
    );
  });
});

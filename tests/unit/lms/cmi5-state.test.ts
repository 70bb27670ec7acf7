import { describe, expect, it } from 'vitest';
import { readSavedState } from '../../../src/lms/cmi5-state';

describe('the cmi5 State document is checked like every other input', () => {
  it('takes a document the course wrote, as an object or as JSON text', () => {
    const doc = { progress: 'dhs1.abc_-9', location: 'modules/a/index.html', sent: ['completed'] };
    expect(readSavedState(doc)).toEqual(doc);
    expect(readSavedState(JSON.stringify(doc))).toEqual(doc);
  });

  it('reads nothing saved yet as an empty document', () => {
    expect(readSavedState(undefined)).toEqual({});
    expect(readSavedState('')).toEqual({});
  });

  it.each([
    ['not JSON', '{progress:'],
    ['a list', []],
    ['a progress that is no progress code', { progress: 'hello' }],
    ['a verb cmi5 does not send once', { sent: ['failed'] }],
    ['an unknown field', { progress: 'dhs1.a', extra: 1 }],
    ['a location that is no text', { location: 3 }],
  ])('refuses %s (the course then leaves it alone)', (_, data) => {
    expect(readSavedState(data)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { codeToText, textToCode } from '../../../src/progress/code';
import { codeToTextSync, textToCodeSync } from '../../../src/lms/suspend-code';
import { encodeText } from '../../../src/progress/codec';
import { fullCourse } from '../../fixtures/progress/course-sample';

describe('the progress code in suspend_data', () => {
  const text = encodeText(fullCourse());

  it('is the same format as the progress code learners paste (both ways)', async () => {
    expect(await codeToText(textToCodeSync(text))).toBe(text);
    expect(codeToTextSync(await textToCode(text))).toBe(text);
  });

  it('holds the whole course, every lesson done and every quiz attempted, in SCORM 1.2’s 4,096 characters', () => {
    const code = textToCodeSync(text);
    expect(code.length).toBeLessThanOrEqual(4096);
    expect(code).toMatch(/^dhs1\.[A-Za-z0-9_-]+$/);
  });

  it('refuses what is not a code', () => {
    for (const bad of ['', 'hello', 'dhs1.', 'dhs1.***', `dhs1.${'A'.repeat(70_000)}`])
      expect(() => codeToTextSync(bad)).toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { shouldRegister } from '../../../src/components/offline/register';

const doc = (delivery?: string) =>
  ({ documentElement: { dataset: delivery ? { delivery } : {} } }) as unknown as Document;
const withSw = { serviceWorker: {} } as unknown as Navigator;
const withoutSw = {} as unknown as Navigator;

describe('shouldRegister', () => {
  it('registers on the course website', () => {
    expect(shouldRegister(doc(), withSw, 'https:')).toBe(true);
    expect(shouldRegister(doc(), withSw, 'http:')).toBe(true);
  });

  it('never registers inside an LMS package (<html data-delivery="lms">)', () => {
    expect(shouldRegister(doc('lms'), withSw, 'https:')).toBe(false);
  });

  it('does nothing where service workers cannot run', () => {
    expect(shouldRegister(doc(), withoutSw, 'https:')).toBe(false);
    expect(shouldRegister(doc(), withSw, 'file:')).toBe(false);
  });
});

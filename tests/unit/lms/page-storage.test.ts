import { describe, expect, it } from 'vitest';
import {
  BRIDGE_NAME,
  isLmsDelivery,
  lmsPageEngine,
  registerLmsEngine,
  type LmsBridge,
} from '../../../src/lms/page-storage';
import { ENGINE_GLOBAL, type EngineFactory } from '../../../src/stores/storage-engine';

const doc = (delivery?: string) =>
  ({ documentElement: { dataset: delivery ? { delivery } : {} } }) as unknown as Document;

describe('a packaged page keeps progress in the launcher, not in the browser', () => {
  it('knows it is in a package from <html data-delivery="lms">', () => {
    expect(isLmsDelivery(doc('lms'))).toBe(true);
    expect(isLmsDelivery(doc())).toBe(false);
    expect(isLmsDelivery(undefined)).toBe(false);
  });

  it('reads and writes through the launcher in its parent frame', () => {
    const held = new Map<string, string>();
    const bridge: LmsBridge = { read: (k) => held.get(k) ?? null, write: (k, v) => void held.set(k, v) };
    const parent = { [BRIDGE_NAME]: bridge } as unknown as Window;
    const engine = lmsPageEngine({ parent } as unknown as Window);
    engine.storage?.setItem('dhs:progress', '{"v":1}');
    expect(held.get('dhs:progress')).toBe('{"v":1}');
    expect(engine.storage?.getItem('dhs:progress')).toBe('{"v":1}');
  });

  it('has no storage without a launcher, or with a parent from another origin', () => {
    const alone = {} as Record<string, unknown>;
    alone['parent'] = alone;
    expect(lmsPageEngine(alone as unknown as Window).storage).toBeNull();
    const foreign = new Proxy({} as Window, {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(lmsPageEngine({ parent: foreign } as unknown as Window).storage).toBeNull();
  });

  it('injects its engine into the store on a packaged page only (the LMS entry, lms/page.js)', () => {
    const held = new Map<string, string>([['dhs:progress', '{"v":1}']]);
    const bridge: LmsBridge = { read: (k) => held.get(k) ?? null, write: (k, v) => void held.set(k, v) };
    const win = { document: doc('lms'), parent: { [BRIDGE_NAME]: bridge } } as unknown as Window;
    expect(registerLmsEngine(win)).toBe(true);
    const factory = (win as unknown as Record<string, EngineFactory>)[ENGINE_GLOBAL];
    expect(factory?.()?.storage?.getItem('dhs:progress')).toBe('{"v":1}');

    const site = { document: doc(), parent: {} } as unknown as Window;
    expect(registerLmsEngine(site)).toBe(false);
    expect(ENGINE_GLOBAL in site).toBe(false);
  });
});

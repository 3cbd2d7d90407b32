// The PropertiesService and LockService adapters, against stand-ins for the Apps Script globals.
import { LockTimeoutError, userLock } from '../../../src/platform/lock';
import { userPropertiesStore } from '../../../src/platform/properties';
import { QUOTA_EXCEEDED } from './memoryStore';

const RATE =
  'Service invoked too many times in a short time: properties rateMax. Try Utilities.sleep(1000) between calls.';
const GERMAN_SERVER_ERROR =
  'Exception: Leider ist ein Serverfehler aufgetreten. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.';

type Globals = { PropertiesService?: unknown; LockService?: unknown };
const globals = globalThis as Globals;

function fakeProperties(failures: string[] = []) {
  const data = new Map<string, string>([['a', '1']]);
  const calls: string[] = [];
  const maybeFail = (name: string) => {
    calls.push(name);
    const next = failures.shift();
    if (next) throw new Error(next);
  };
  const props = {
    getProperties: () => {
      maybeFail('getProperties');
      return Object.fromEntries(data);
    },
    getProperty: (k: string) => {
      maybeFail('getProperty');
      return data.get(k) ?? null;
    },
    setProperties: (values: Record<string, string>, deleteAllOthers: boolean) => {
      maybeFail('setProperties');
      if (deleteAllOthers) data.clear();
      for (const [k, v] of Object.entries(values)) data.set(k, v);
      return props;
    },
    deleteProperty: (k: string) => {
      maybeFail('deleteProperty');
      data.delete(k);
      return props;
    },
  };
  globals.PropertiesService = { getUserProperties: () => props };
  return { data, calls };
}

afterEach(() => {
  delete globals.PropertiesService;
  delete globals.LockService;
});

describe('userPropertiesStore', () => {
  it('retries a rate-limit error after a growing pause, then answers', () => {
    const { calls } = fakeProperties([RATE, RATE]);
    const pauses: number[] = [];
    const kv = userPropertiesStore({ sleep: (ms) => pauses.push(ms), random: () => 0.5, attempts: 3 });
    expect(kv.getAll()).toEqual({ a: '1' });
    expect(calls).toEqual(['getProperties', 'getProperties', 'getProperties']);
    expect(pauses).toHaveLength(2);
    expect(pauses[1]!).toBeGreaterThan(pauses[0]!);
  });

  it('retries a read after an error in German too: no rule reads the text', () => {
    const { calls } = fakeProperties([GERMAN_SERVER_ERROR]);
    const kv = userPropertiesStore({ sleep: () => {} });
    expect(kv.get('a')).toBe('1');
    expect(calls).toEqual(['getProperty', 'getProperty']);
  });

  it('tries a refused write again only after reading that it did not land, then throws its error', () => {
    const { data, calls } = fakeProperties([QUOTA_EXCEEDED, '', QUOTA_EXCEEDED]);
    const kv = userPropertiesStore({ sleep: () => {}, attempts: 2 });
    expect(() => kv.setMany({ b: '2' })).toThrow(QUOTA_EXCEEDED);
    expect(calls).toEqual(['setProperties', 'getProperties', 'setProperties', 'getProperties']);
    expect(data.has('b')).toBe(false);
  });

  it('counts a write that landed though the call threw as done, without writing again', () => {
    const { data, calls } = fakeProperties();
    const props = (
      globals.PropertiesService as {
        getUserProperties: () => { setProperties: (v: Record<string, string>, d: boolean) => unknown };
      }
    ).getUserProperties();
    const original = props.setProperties;
    props.setProperties = (values, deleteAll) => {
      original(values, deleteAll);
      throw new Error(GERMAN_SERVER_ERROR);
    };
    const kv = userPropertiesStore({ sleep: () => {} });
    kv.setMany({ b: '2' });
    expect(data.get('b')).toBe('2');
    expect(calls).toEqual(['setProperties', 'getProperties']);
  });

  it('keeps other keys on setMany and deletes key by key', () => {
    const { data, calls } = fakeProperties();
    const kv = userPropertiesStore({ sleep: () => {} });
    kv.setMany({ b: '2', c: '3' });
    expect(kv.get('a')).toBe('1');
    kv.deleteMany(['a', 'b']);
    expect(Object.fromEntries(data)).toEqual({ c: '3' });
    expect(calls.filter((c) => c === 'deleteProperty')).toHaveLength(2);
  });

  it('resumes a deletion where an error stopped it, once a read shows the key is still there', () => {
    const { data, calls } = fakeProperties();
    const kv = userPropertiesStore({ sleep: () => {} });
    kv.setMany({ b: '2' });
    let first = true;
    const props = (
      globals.PropertiesService as { getUserProperties: () => { deleteProperty: (k: string) => unknown } }
    ).getUserProperties();
    const original = props.deleteProperty;
    props.deleteProperty = (k: string) => {
      if (k === 'b' && first) {
        first = false;
        throw new Error(RATE);
      }
      return original(k);
    };
    kv.deleteMany(['a', 'b']);
    expect(data.size).toBe(0);
    // a deleted; b refused (before the fake counts it), read and found still there, deleted again.
    expect(calls.slice(1)).toEqual(['deleteProperty', 'getProperty', 'deleteProperty']);
  });
});

describe('userLock', () => {
  function fakeLock(available: boolean, releaseError?: string) {
    const log: string[] = [];
    globals.LockService = {
      getUserLock: () => ({
        tryLock: (ms: number) => {
          log.push(`try ${ms}`);
          return available;
        },
        releaseLock: () => {
          log.push('release');
          if (releaseError) throw new Error(releaseError);
        },
      }),
    };
    return log;
  }

  it('returns what the function did when releasing the lock throws afterwards (the save committed)', () => {
    const log = fakeLock(true, GERMAN_SERVER_ERROR);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    expect(userLock(5000).withLock(() => 'saved')).toBe('saved');
    expect(log).toEqual(['try 5000', 'release']);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('throws the function’s own error, not the release’s, when both fail', () => {
    fakeLock(true, GERMAN_SERVER_ERROR);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() =>
      userLock(5000).withLock(() => {
        throw new Error('conflict');
      }),
    ).toThrow('conflict');
    warn.mockRestore();
  });

  it('runs the function holding the lock and releases it, also when the function throws', () => {
    const log = fakeLock(true);
    expect(userLock(5000).withLock(() => 42)).toBe(42);
    expect(() =>
      userLock(5000).withLock(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(log).toEqual(['try 5000', 'release', 'try 5000', 'release']);
  });

  it('throws LockTimeoutError without running the function when the lock stays taken', () => {
    const log = fakeLock(false);
    const fn = jest.fn();
    expect(() => userLock(5000).withLock(fn)).toThrow(LockTimeoutError);
    expect(fn).not.toHaveBeenCalled();
    expect(log).toEqual(['try 5000']);
  });
});

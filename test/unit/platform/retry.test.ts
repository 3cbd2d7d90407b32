// When a service call is tried again: never decided by what an error says (Apps Script writes it in the
// user's language); reads on any error, a bounded number of times; writes only once known not to have landed.
import { withRetry, writeChecked } from '../../../src/platform/retry';

const GERMAN_SERVER_ERROR =
  'Exception: Leider ist ein Serverfehler aufgetreten. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.';
const JAPANESE_SERVER_ERROR =
  'Exception: 申し訳ありません。サーバー エラーが発生しました。しばらくしてからもう一度お試しください。';

/** A call that throws each of `failures` in turn, then answers `value`; counts its calls. */
function flaky<T>(failures: string[], value: T) {
  const left = [...failures];
  const fn = jest.fn(() => {
    const next = left.shift();
    if (next !== undefined) throw new Error(next);
    return value;
  });
  return fn;
}

const noSleep = { sleep: () => {}, random: () => 0.5 };

describe('withRetry (reads)', () => {
  it.each([
    ['a German', GERMAN_SERVER_ERROR],
    ['a Japanese', JAPANESE_SERVER_ERROR],
    ['an unknown', 'something no rule could name'],
  ])('tries a read again after %s error and answers', (_language, text) => {
    const read = flaky([text], 'value');
    expect(withRetry(read, noSleep)).toBe('value');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('gives up after `attempts` tries, throwing the last error', () => {
    const read = flaky([GERMAN_SERVER_ERROR, JAPANESE_SERVER_ERROR, 'third', 'never reached'], 'value');
    expect(() => withRetry(read, { ...noSleep, attempts: 3 })).toThrow('third');
    expect(read).toHaveBeenCalledTimes(3);
  });

  it('tries three times by default, pausing 250 ms then 500 ms (with random() = 0.5)', () => {
    const pauses: number[] = [];
    const read = flaky(['a', 'b', 'c'], 'value');
    expect(() => withRetry(read, { sleep: (ms) => pauses.push(ms), random: () => 0.5 })).toThrow('c');
    expect(read).toHaveBeenCalledTimes(3);
    expect(pauses).toEqual([250, 500]);
  });

  it('answers at once, without a pause, when the read works', () => {
    const sleep = jest.fn();
    expect(withRetry(() => 42, { sleep })).toBe(42);
    expect(sleep).not.toHaveBeenCalled();
  });
});

describe('writeChecked (writes)', () => {
  it('counts a write that threw but landed as done, and does not repeat it', () => {
    let stored = '';
    const write = jest.fn(() => {
      stored = 'new';
      throw new Error(JAPANESE_SERVER_ERROR);
    });
    expect(() => writeChecked(write, () => stored === 'new', noSleep)).not.toThrow();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('tries a write again only once a read shows it did not land', () => {
    let stored = '';
    let failures = 1;
    const write = jest.fn(() => {
      if (failures-- > 0) throw new Error(GERMAN_SERVER_ERROR);
      stored = 'new';
    });
    const landed = jest.fn(() => stored === 'new');
    writeChecked(write, landed, noSleep);
    expect(write).toHaveBeenCalledTimes(2);
    expect(landed).toHaveBeenCalledTimes(1);
    expect(stored).toBe('new');
  });

  it('throws the write’s own error when it never lands, after `attempts` tries', () => {
    const write = jest.fn(() => {
      throw new Error('refused');
    });
    expect(() => writeChecked(write, () => false, { ...noSleep, attempts: 2 })).toThrow('refused');
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('does not repeat a write whose outcome cannot be read', () => {
    const write = jest.fn(() => {
      throw new Error('write failed');
    });
    const landed = jest.fn(() => {
      throw new Error('read failed too');
    });
    expect(() => writeChecked(write, landed, noSleep)).toThrow('write failed');
    expect(write).toHaveBeenCalledTimes(1);
    // The check is a read: tried three times before the write's outcome counts as unknown.
    expect(landed).toHaveBeenCalledTimes(3);
  });
});

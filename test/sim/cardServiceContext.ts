// A ServiceContext for CardService tests: a real Ledger, two known global functions, plain Errors.
import type { ServiceContext } from '../../sim/runtime/context';
import { Ledger } from '../../sim/runtime/ledger';

export function cardServiceContext(
  overrides: Partial<ServiceContext> = {},
): ServiceContext & { ledger: Ledger } {
  const ledger = new Ledger();
  return {
    ledger,
    scopes: [],
    user: { email: 'me@example.com' },
    error: (m) => new Error(m),
    isGlobalFunction: (n) => ['dispatchAction', 'onHomepage'].includes(n),
    requireScope() {},
    record: (s, m, a) => ledger.record(s, m, a, (x) => new Error(x)),
    ...overrides,
  };
}

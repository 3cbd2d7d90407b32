// A ServiceContext for CardService tests: a real Ledger, two known global functions, plain Errors.
import type { ServiceContext } from '../../sim/services/context';
import { Ledger } from '../../sim/services/ledger';
import { messageText } from '../../sim/services/messages';

export function cardServiceContext(
  overrides: Partial<ServiceContext> = {},
): ServiceContext & { ledger: Ledger } {
  const ledger = new Ledger();
  return {
    ledger,
    scopes: [],
    user: { email: 'me@example.com' },
    locale: 'en-US',
    error: (m) => new Error(messageText('en-US', m)),
    isGlobalFunction: (n) => ['dispatchAction', 'onHomepage'].includes(n),
    requireScope() {},
    record: (s, m, a) => ledger.record(s, m, a, (x) => new Error(x)),
    settle: (s, m) => ledger.settle(s, m, (x) => new Error(x)),
    ...overrides,
  };
}

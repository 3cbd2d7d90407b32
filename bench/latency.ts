// An estimated wall time for a scenario: its CPU plus a price for each round trip, from public
// figures where there are some and marked assumptions where there are none (docs/performance.md,
// "Estimated latency"). A model to compare versions by, not a measurement of Apps Script.
import type { Caller } from './measure';

/** Milliseconds a round trip is priced at, by `Service.method`, or by service for the rest. */
export const PRICES = {
  propertiesRead: 34,
  propertiesWrite: 64,
  cachePut: 74, // midpoint of 56–92
  cacheRead: 34, // assumption: priced as a Properties read
  gmail: 100, // assumption
  other: 34, // assumption: Session, LockService, a store handle: priced as a Properties read
};

const WRITE = /\.(setProperty|setProperties|deleteProperty|deleteAllProperties)$/;

export function priceOf(method: string): number {
  const [service = ''] = method.split('.');
  if (/^Gmail/.test(service)) return PRICES.gmail;
  if (service === 'PropertiesService' || service === 'Properties')
    return WRITE.test(method) ? PRICES.propertiesWrite : PRICES.propertiesRead;
  if (service === 'CacheService' || service === 'Cache')
    return /\.(put|putAll)$/.test(method) ? PRICES.cachePut : PRICES.cacheRead;
  return PRICES.other;
}

/** The priced round trips of one execution, from the ledger's callers (every round trip is in one). */
export function roundTripMs(callers: Caller[]): number {
  let total = 0;
  for (const c of callers) for (const [method, n] of Object.entries(c.methods)) total += priceOf(method) * n;
  return total;
}

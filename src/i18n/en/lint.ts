// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** Template lint messages and the Liquid engine's parse and render errors. */
export const lint = {} as const satisfies Record<string, Message>;

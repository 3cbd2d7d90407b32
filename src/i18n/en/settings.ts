// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The Settings card. */
export const settings = {} as const satisfies Record<string, Message>;

// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** Template lint messages, starter templates and greetings. */
export const templates = {} as const satisfies Record<string, Message>;

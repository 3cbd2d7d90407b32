// English messages of one surface; ../messages/en.ts joins the sections into the source catalogue.
import type { Message } from '../types';

/** The template editor, the template preview and the fill-in form. */
export const editor = {} as const satisfies Record<string, Message>;

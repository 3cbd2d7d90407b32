// A reply template as the user keeps it in their library.
import type { ReplyMode } from '../mail/types';

export interface Template {
  /** Stable id, independent of the (unique, renameable) name. */
  id: string;
  name: string;
  /** Markdown with Liquid merge fields. */
  body: string;
  /** Comma-separated addresses the template adds; '' for none. */
  cc: string;
  bcc: string;
  /** Used only for new messages in the compose window, never for replies. */
  subject: string;
  mode: ReplyMode;
  tags: string[];
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
}

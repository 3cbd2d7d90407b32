// A template problem in the user's words: the engine reports a code, params and a position; the
// catalogue (src/i18n/en/lint.ts) says it. Nothing the engine writes in English reaches the user.
import { t } from '../i18n';
import { LiquidError } from './engine';

/** A problem in a template, where it is (1-based). */
export interface TemplateIssue {
  message: string;
  line: number;
  column: number;
}

/** The issue for an engine error; anything that is not one reads as a template that failed to fill in. */
export function issueOf(err: unknown, locale?: string): TemplateIssue {
  if (err instanceof LiquidError) return { message: t(locale, err.code, err.params), ...err.position };
  return { message: t(locale, 'lint.render.failed'), line: 1, column: 1 };
}

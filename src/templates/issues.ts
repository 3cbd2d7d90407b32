// A template problem in the user's words: the engine reports a code, params and a position; the
// catalogue (src/i18n/en/lint.ts) says it. Nothing the engine writes in English reaches the user.
import { type Params, t } from '../i18n';
import { LiquidError } from './engine';

/** A problem in a template, where it is (1-based). */
export interface TemplateIssue {
  message: string;
  line: number;
  column: number;
}

/** The Liquid an error message shows, as params: code is never translated, so it is never in a message. */
function liquidParams(err: LiquidError): Params {
  const tag = String(err.params.tag ?? '');
  switch (err.code) {
    case 'lint.parse.unclosedOutput':
      return { open: '{{', close: '}}' };
    case 'lint.parse.unclosedTag':
      return { open: '{%', close: '%}' };
    case 'lint.parse.inlineComment':
      return { tag: '{% # %}' };
    case 'lint.render.tooManyPieces':
      return { ...err.params, example: '{% for p in to limit: 20 %}' };
    default:
      return tag === '' ? err.params : { ...err.params, tag: `{% ${tag} %}`, end: `{% end${tag} %}` };
  }
}

/** The issue for an engine error; anything that is not one reads as a template that failed to fill in. */
export function issueOf(err: unknown, locale?: string): TemplateIssue {
  if (err instanceof LiquidError) return { message: t(locale, err.code, liquidParams(err)), ...err.position };
  return { message: t(locale, 'lint.render.failed'), line: 1, column: 1 };
}

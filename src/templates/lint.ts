// Checks a template before it is saved or used: Liquid syntax (with line and column), fields the
// merge context does not have, fields that may be empty without a default, and links that would be dropped.
import { t } from '../i18n';
import { type Node, parseTemplate } from './engine';
import { type FieldInfo, findField, LIST_ROOTS, MERGE_FIELDS, PERSON_FIELDS, withFallback } from './fields';
import { issueOf, type TemplateIssue } from './issues';
import { droppedLinks } from './markdown';
import { bodySizeError } from './model';
import { globalsOf, walkTemplate } from './usage';

export interface LintResult {
  /** The template cannot be used until these are fixed. */
  errors: TemplateIssue[];
  /** It can be used, but may read badly for some messages. */
  warnings: TemplateIssue[];
}

const ME_FIELDS = ['name', 'first_name', 'email'];
const includes = (list: readonly string[], s: string | undefined) => s !== undefined && list.includes(s);

/** Whether a variable path (root first) is one the merge context has. `size` may end any path. */
export function isKnownPath(segments: string[]): boolean {
  const segs =
    segments[segments.length - 1] === 'size' && segments.length > 1 ? segments.slice(0, -1) : segments;
  const [root, a, b, ...rest] = segs;
  if (rest.length > 0) return false;
  switch (root) {
    case 'sender':
      return a === undefined || (includes(PERSON_FIELDS, a) && b === undefined);
    case 'me':
      return a === undefined ? false : includes(ME_FIELDS, a) && b === undefined;
    case 'thread':
      return a === 'count' && b === undefined;
    case 'subject':
    case 'date':
    case 'today':
      return a === undefined;
    case 'to':
    case 'cc':
      if (a === undefined || (includes(PERSON_FIELDS, a) && b === undefined)) return true;
      if (a === 'first' || a === 'last' || a === '[]') return b === undefined || includes(PERSON_FIELDS, b);
      return false;
    default:
      return false;
  }
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = above;
    }
  }
  return row[b.length]!;
}

/** The known field closest to a mistyped one, when it is close enough to be a typo. */
function suggestionFor(path: string): string | null {
  let best: string | null = null;
  let bestDistance = 4;
  for (const f of MERGE_FIELDS) {
    if (f.path.includes('[]')) continue;
    const d = distance(path, f.path);
    if (d < bestDistance) {
      best = f.path;
      bestDistance = d;
    }
  }
  return best;
}

function unknownField(written: string, locale: string | undefined): string {
  // "thread" alone is most likely meant as its only field; otherwise look for a typo.
  const hint = MERGE_FIELDS.find((f) => f.path.startsWith(`${written}.`))?.path ?? suggestionFor(written);
  return hint
    ? t(locale, 'lint.field.unknownHint', { field: written, hint })
    : t(locale, 'lint.field.unknown', { field: written });
}

function positionIn(body: string, needle: string): { line: number; column: number } {
  const at = Math.max(0, body.indexOf(needle));
  const before = body.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const segmentText = (s: string | number | null): string =>
  typeof s === 'string' ? s : typeof s === 'number' ? `${s}` : '[]';

/**
 * Why a field used without a default may print nothing, and the fallback that fits it: a default that
 * reads well in its place, or an `{% if %}` where none does. Only asked of fields that may be empty.
 */
export function emptyAdvice(written: string, info: FieldInfo, locale?: string): string {
  const f = info.fallback;
  // `why` is the field's own note from fields.ts: a message id, in the same language.
  if (f?.kind === 'if')
    return t(locale, 'lint.field.emptyIf', {
      field: written,
      why: { id: f.why },
      open: `{% if ${written} %}`,
      close: '{% endif %}',
    });
  return t(locale, 'lint.field.emptyDefault', { field: written, example: withFallback(written, info) });
}

/**
 * Lints a template body. Errors block saving; warnings are shown at save and before drafting.
 * `links: false` leaves out the one Markdown check (links that will be kept as text, a warning): it
 * reads the whole body as Markdown, which a list's preview line need not pay for.
 */
export function lintTemplate(body: string, options: { links?: boolean; locale?: string } = {}): LintResult {
  const { locale } = options;
  const errors: TemplateIssue[] = [];
  const warnings: TemplateIssue[] = [];
  const tooBig = bodySizeError(body);
  if (tooBig) return { errors: [{ message: tooBig, line: 1, column: 1 }], warnings };
  let parsed: Node[];
  try {
    parsed = parseTemplate(body);
  } catch (err) {
    return { errors: [issueOf(err, locale)], warnings };
  }

  // Grouped by root name, in order of first use, as the engine's analysis always listed them.
  const byRoot = new Map<string, ReturnType<typeof globalsOf>>();
  for (const use of globalsOf(parsed)) {
    const root = segmentText(use.segments[0] ?? null);
    byRoot.set(root, [...(byRoot.get(root) ?? []), use]);
  }
  for (const uses of byRoot.values()) {
    for (const v of uses) {
      const segs = v.segments.map((s, i) =>
        i > 0 && typeof s === 'number' ? (s === 0 ? 'first' : '[]') : segmentText(s),
      );
      if (isKnownPath(segs)) continue;
      const written = v.segments.map(segmentText).join('.');
      errors.push({ message: unknownField(written, locale), ...v.at });
    }
  }

  walkTemplate(parsed, (use) => {
    if (use.field === null || use.written === null) return;
    const segs = use.field.split('.');
    const root = segs[0] ?? '';
    // Loop variables over to/cc were resolved to `to[]`; check their fields here (globals skip locals).
    const loopRoot = root.endsWith('[]') && includes(LIST_ROOTS, root.slice(0, -2));
    if (loopRoot && !isKnownPath([root.slice(0, -2), '[]', ...segs.slice(1)])) {
      errors.push({ message: unknownField(use.written, locale), ...use.node.at });
      return;
    }
    const info = findField(use.field);
    if (info?.mayBeEmpty && !use.hasDefault && !use.guarded) {
      warnings.push({ message: emptyAdvice(use.written, info, locale), ...use.node.at });
    }
  });

  if (options.links === false) return { errors, warnings };
  // Links are checked on the text Markdown will see: outputs become a marker word, tags disappear.
  const outputs: string[] = [];
  const markdownSource = body
    .replace(/\{\{[\s\S]*?\}\}/g, (m) => `lintfield${outputs.push(m) - 1}z`)
    .replace(/\{%[\s\S]*?%\}/g, '');
  for (const marked of droppedLinks(markdownSource)) {
    const href = marked.replace(/lintfield(\d+)z/g, (_m, i: string) => outputs[Number(i)] ?? '');
    warnings.push({ message: t(locale, 'lint.link.dropped', { href }), ...positionIn(body, href) });
  }
  return { errors, warnings };
}

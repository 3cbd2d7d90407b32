// Finds string literals in a source file that would reach the user as they are, instead of through the
// catalogue (t). Used by noLiterals.test.ts; kept apart so the scanner itself is unit tested.
import ts from 'typescript';

/** CardService setters and builders whose string arguments are shown as text. */
export const TEXT_SETTERS = new Set([
  'setText',
  'setTitle',
  'setSubtitle',
  'setHeader',
  'setTopLabel',
  'setBottomLabel',
  'setHint',
  'setAltText',
  'setImageAltText',
  'setLabel',
  'addItem',
  'setPlaceholder',
  'setContent',
]);

/**
 * Literals that are code, not words, by their shape (each pattern says why it is not shown):
 * catalogue ids and action names, field and card names, icon names, CSS colours, the card HTML tags
 * the add-on wraps around translated text, and whitespace or punctuation.
 */
export const NOT_WORDS: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/, why: 'a catalogue id: card.reply.header' },
  { pattern: /^[a-z][a-zA-Z0-9]*$/, why: 'an action, field or parameter name: refreshReply' },
  {
    pattern: /^[a-z0-9]+([-_][a-z0-9]+)+$/,
    why: 'a card, code or icon name: compose-preview, chevron_right',
  },
  { pattern: /^[a-z]+(\.[a-z_]+)+$/, why: 'a merge-field path: me.first_name' },
  { pattern: /^[a-z]{2,3}-[A-Z]{2}$/, why: 'a locale tag: en-US' },
  { pattern: /^(\{%.*%\}|\{\{.*\}\})$/, why: 'Liquid code, the same in every language' },
  { pattern: /^Threadsmith$/, why: 'the product name, never translated' },
  { pattern: /^#[0-9a-fA-F]{3,8}$/, why: 'a CSS colour' },
  { pattern: /^(<\/?(b|i|u|s|br|font)( [a-z]+="[^"]*")*>)+$/, why: 'card HTML around translated text' },
  {
    pattern: /^(Reply-To|From|Message-ID|Cc|Bcc|To)$/,
    why: 'a mail header name, the same in every language',
  },
  { pattern: /^Re: $/, why: 'the reply subject prefix: Gmail writes "Re: " in every language' },
  { pattern: /^[A-Z][a-zA-Z]*Error$/, why: 'an error class name (error.name)' },
  { pattern: /^(KB|MB|GB)$/, why: 'a size unit, written so in the catalogue languages' },
  { pattern: /^&[a-z]+;$/, why: 'an HTML entity (escaping)' },
  { pattern: /^([a-z-]+:[^;]+;?)+$/, why: 'a CSS declaration list (style attribute)' },
  {
    pattern: /^[^\p{L}]*(<\/?[a-z]+([^<>"]*"[^"]*")*[^<>]*>?[^\p{L}<]*)+$/u,
    why: 'HTML markup: tags and attributes around text that comes from elsewhere',
  },
  {
    pattern: /^"?( ?[a-z_-]+="[^"]*")*( ?[a-z_-]+=")?\s*>?$/,
    why: 'HTML attributes, split by a placeholder',
  },
  { pattern: /^[^\p{L}]*$/u, why: 'no letters: separators, spaces, punctuation' },
  { pattern: /^[^\p{L}]*\p{L}[^\p{L}]*$/u, why: 'one letter: a flag or unit inside code' },
];

/** Calls whose string arguments are never shown: catalogue look-ups, logs, errors that never reach a card. */
const NOT_SHOWN_CALLS = /^(t|say|label|console\.(log|warn|error|info)|logError|require)$/;
const NOT_SHOWN_NEW = /^(Error|TypeError|RangeError|PlanError)$/;

export interface Finding {
  line: number;
  text: string;
  why: 'setter' | 'words';
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) {
    const target = ts.isIdentifier(e.expression) ? `${e.expression.text}.` : '';
    return target === 'console.' ? `${target}${e.name.text}` : e.name.text;
  }
  return '';
}

/** True when `node` is code by where it stands: a type, an import, a key, a comparison, a catalogue id. */
function inCodePosition(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
    if ((ts.isPropertyAssignment(p) || ts.isPropertyAccessExpression(p)) && p.name === n) return true;
    if (ts.isElementAccessExpression(p) && p.argumentExpression === n) return true;
    if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
      if (NOT_SHOWN_CALLS.test(calleeName(p))) return true;
    }
    if (ts.isNewExpression(p) && NOT_SHOWN_NEW.test(calleeName(p))) return true;
    if (
      ts.isBinaryExpression(p) &&
      [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
        p.operatorToken.kind,
      )
    )
      return true;
    if (ts.isCaseClause(p) && p.expression === n) return true;
    if (ts.isFunctionLike(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** The nearest enclosing call, when `node` is (inside) one of its arguments. */
function inTextSetter(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    const p = n.parent;
    if (ts.isCallExpression(p) && p.arguments.includes(n as ts.Expression)) {
      return TEXT_SETTERS.has(calleeName(p));
    }
    if (ts.isFunctionLike(p) || ts.isStatement(p)) return false;
  }
  return false;
}

const isWords = (text: string) => !NOT_WORDS.some((w) => w.pattern.test(text));

/** Every literal of `source` that reaches the user: in a text setter, or words anywhere outside code. */
export function findLiterals(source: string, fileName = 'source.ts'): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const findings: Finding[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
      text = node.text;
    if (text !== undefined && !inCodePosition(node)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (isWords(text)) findings.push({ line, text, why: inTextSetter(node) ? 'setter' : 'words' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

// Pure template rules: names, merge context, rendering (Liquid + Markdown), lint, the template
// model and its JSON import/export, starter templates and suggestions.
export { type MergeContext, type MergeInput, type MergePerson, mergeContext, mergePerson } from './context';
export { DATE_STYLES, type DateFormat, formatDate } from './dates';
export { ALLOWED_FILTERS, ALLOWED_TAGS, LIMITS } from './engine';
export {
  type Fallback,
  type FieldInfo,
  findField,
  insertionFor,
  MERGE_FIELDS,
  PERSON_FIELDS,
} from './fields';
export { isKnownPath, type LintResult, lintTemplate } from './lint';
export { droppedLinks, escapeHtmlNamed, markdownToHtml, toPlainText } from './markdown';
export { isAllowedLink } from './markdownLinks';
export {
  bodySizeError,
  checkTemplateInput,
  EXPORT_VERSION,
  exportLibrary,
  type FieldProblem,
  type ImportError,
  type ImportResult,
  MODEL_LIMITS,
  nameTaken,
  parseImport,
  REPLY_MODES,
  type TemplateInput,
  utf8Length,
  type Validation,
  validateTemplateInput,
} from './model';
export { nameAsWritten, type PersonName, personName, suggestedFullName, suggestedName } from './names';
export {
  type FieldOverrides,
  missingFieldLabel,
  PREVIEW_SOURCE_CHARS,
  previewSource,
  type Rendered,
  type RenderFailure,
  type RenderOptions,
  type RenderOutcome,
  renderTemplate,
  renderWithOverrides,
  type TemplateIssue,
} from './render';
export { NEW_TEMPLATE_BODY, newTemplateBody, STARTER_TEMPLATES, starterTemplates } from './starters';
export { rankTemplates, type Suggestion, type SuggestionInput } from './suggest';
export { SUMMARY_CHARS, summaryLine } from './summaryLine';
export type { Template } from './types';

// The line a list shows under a template's name: what the template says, as it reads for this message.
// A greeting alone ("Hi Ana,") is the same in every template, so the first line after it is shown.

/** Longest summary shown; lists stay one or two lines per row. */
export const SUMMARY_CHARS = 90;

/**
 * A short line that is only a salutation, as the starter sets write them: a few words ending in a comma
 * ("Hi Ana,", "Dear Dr. Weiß,", Arabic "،", Chinese "，"), a name after "Hola," ending in a colon
 * ("Hola, Priya:"), or a Japanese name with 様 ("Raman 様", "ご担当者様").
 */
const GREETING = /^(?:\S+(?:\s+\S+){0,3}[,،，]|\S+(?:\s+\S+){0,2}:|\S+(?:\s+\S+){0,2}\s*様)$/u;

export function summaryLine(text: string, max = SUMMARY_CHARS): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const line = (lines[0] !== undefined && GREETING.test(lines[0]) && lines[1]) || lines[0] || '';
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

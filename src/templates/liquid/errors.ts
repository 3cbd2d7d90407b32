// Engine errors are values, not sentences: a code, the params its message needs and where it is, so
// lint and the card can say it in the user's language (the texts are in src/i18n/en/lint.ts).

/** Message ids of engine errors; each is a key of the lint section of the catalogue. */
export type LiquidErrorCode =
  | 'lint.parse.unknownTag'
  | 'lint.parse.unavailableTag'
  | 'lint.parse.unknownFilter'
  | 'lint.parse.unclosed'
  | 'lint.parse.unclosedOutput'
  | 'lint.parse.unclosedTag'
  | 'lint.parse.unexpectedTag'
  | 'lint.parse.invalid'
  | 'lint.parse.inlineComment'
  | 'lint.parse.tooLong'
  | 'lint.parse.tooDeep'
  | 'lint.render.tooManyPieces'
  | 'lint.render.tooLong'
  | 'lint.render.tooMuchText'
  | 'lint.render.filterArgument'
  | 'lint.render.failed';

export type LiquidErrorParams = Readonly<Record<string, string | number>>;

/** Where a token starts, 1-based. */
export interface Position {
  line: number;
  column: number;
}

export class LiquidError extends Error {
  constructor(
    readonly code: LiquidErrorCode,
    readonly params: LiquidErrorParams,
    readonly position: Position,
  ) {
    // The code is the message: nothing English is made here, and a stack trace still says what failed.
    super(code);
  }
}

/** Turns offsets of one source into positions (a table of line starts, searched by halves). */
export function positionsOf(source: string): (offset: number) => Position {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

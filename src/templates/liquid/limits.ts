/** Limits for one render. Counted, not timed, so a template hits them the same way every time. */
export const LIMITS = {
  /** Tags, text runs and outputs rendered, loops included: a 5,000-entry loop of two stops here. */
  renders: 10_000,
  /** Characters produced before Markdown. */
  output: 200_000,
  /** Units charged by ranges and by string and list filters (liquidjs's memory budget, same charges). */
  memory: 1_000_000,
  /** Characters parsed. */
  parse: 1_000_000,
  /** Blocks inside blocks: deeper nesting is refused at parse, never run into the call stack. */
  depth: 100,
};

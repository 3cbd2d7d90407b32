// The emulator's command line: run the add-on's handlers on an .eml file and print the JSON they produce.
// Its commands and output shapes are a stable interface (later features add, never break).
import { parseArgs } from 'node:util';
import { draftCommand, openCommand } from './commands';
import { CliError } from './session';

const USAGE = `usage: npm run --silent sim -- <command> [options]
  open  --eml PATH [--me ADDRESS] [--mailbox DIR]          print the contextual trigger's response
  draft --eml PATH [--mode reply|reply-all] [--me ADDRESS]  create a reply draft and print it`;

const OPTIONS = {
  eml: { type: 'string' },
  me: { type: 'string' },
  mailbox: { type: 'string' },
  mode: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
} as const;

export type CliOptions = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

async function main(argv: string[]): Promise<unknown> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command] = positionals;
  switch (command) {
    case 'open':
      return openCommand(values);
    case 'draft':
      return draftCommand(values);
    default:
      throw new CliError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
}

main(process.argv.slice(2)).then(
  (out) => {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    process.exitCode = 1;
  },
);

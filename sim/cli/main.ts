// The emulator's command line: run the add-on's handlers on an .eml file and print the JSON they produce.
// Its commands and output shapes are a stable interface (later features add, never break).
import { parseArgs } from 'node:util';
import { draftCommand, openCommand, planCommand, renderCommand } from './commands';
import { composeCommand } from './composeCommand';
import { CliError } from './emlRun';

const USAGE = `usage: npm run --silent sim -- <command> [options]
  open  --eml PATH                      print the contextual trigger's response
  plan  --eml PATH [reply options]      print the card's draft preview (to, cc, bcc, subject, warnings, route)
  draft --eml PATH [reply options]      create the reply draft and print it (headers, bodies, raw MIME)
        [--template NAME [--field F=V]…] the draft with a template above the quote
  render --eml PATH --template NAME [--field F=V]… [reply options]
                                        print the template's preview: {text, html, missing, warnings}
  compose --template NAME [--to A,B] [--cc C] [--bcc D] [--field F=V]…
                                        the compose window's Insert: the update-draft response JSON
common options: --me ADDRESS  --aliases A,B  --mailbox DIR  --templates FILE (a library export to import first)
                --locale TAG (the user's language, e.g. de, pt-BR, ja)  --time-zone ZONE
reply options:  --mode reply|reply-all|reply-list  --quote|--no-quote  --attachments  --cc LIST  --bcc LIST
See docs/cli.md.`;

const OPTIONS = {
  eml: { type: 'string' },
  me: { type: 'string' },
  mailbox: { type: 'string' },
  mode: { type: 'string' },
  aliases: { type: 'string' },
  quote: { type: 'boolean' },
  'no-quote': { type: 'boolean' },
  attachments: { type: 'boolean' },
  cc: { type: 'string' },
  bcc: { type: 'string' },
  locale: { type: 'string' },
  'time-zone': { type: 'string' },
  templates: { type: 'string' },
  template: { type: 'string' },
  field: { type: 'string', multiple: true },
  to: { type: 'string' },
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
    case 'plan':
      return planCommand(values);
    case 'draft':
      return draftCommand(values);
    case 'render':
      return renderCommand(values);
    case 'compose':
      return composeCommand(values);
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

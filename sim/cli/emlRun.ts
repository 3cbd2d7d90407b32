// Prepares one emulated run for the CLI: a fresh bundle, the mailbox around an .eml file, the runtime.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { BuildError, build, bundleIsStale, ROOT } from '../../tools/build';
import { Mailbox } from '../mailbox/mailbox';
import { Runtime } from '../sandbox';

/** An error the CLI reports as {"error": …} with exit code 1. */
export class CliError extends Error {}

export const DEFAULT_MAILBOX = join(ROOT, 'fixtures', 'mailbox');

export async function freshBundle(): Promise<void> {
  if (!bundleIsStale()) return;
  try {
    await build();
  } catch (error) {
    throw new CliError(`build failed: ${error instanceof BuildError ? error.message : String(error)}`);
  }
}

export interface EmlSession {
  runtime: Runtime;
  messageId: string;
  /**
   * A throwaway copy: the same mailbox read afresh, the same user and what the user store holds now, in
   * a runtime of its own, to make a draft in without touching this one.
   */
  copy(): Promise<EmlSession>;
}

/** The file's own mailbox: --mailbox DIR, the fixture mailbox when the file is in it, else the file alone. */
export async function sessionForEml(options: {
  eml?: string;
  me?: string;
  mailbox?: string;
}): Promise<EmlSession> {
  if (!options.eml) throw new CliError('--eml PATH is required');
  const eml = resolve(options.eml);
  if (!existsSync(eml)) throw new CliError(`no such file: ${options.eml}`);
  await freshBundle();
  const dir = options.mailbox
    ? resolve(options.mailbox)
    : dirname(eml) === DEFAULT_MAILBOX
      ? DEFAULT_MAILBOX
      : undefined;
  const readMailbox = () => (dir ? Mailbox.fromDirectory(dir) : Mailbox.fromFiles([eml]));
  const mailbox = await readMailbox();
  const message = mailbox.messages().find((m) => resolve(m.file) === eml);
  if (!message) {
    const failure = mailbox.failures.find((f) => resolve(f.file) === eml);
    throw new CliError(
      failure ? `cannot read ${options.eml}: ${failure.error}` : `${options.eml} is not in the mailbox`,
    );
  }
  const user = options.me ? { email: options.me } : undefined;
  const open = (runtime: Runtime): EmlSession => {
    runtime.loadBundle();
    return {
      runtime,
      messageId: message.id,
      copy: async () =>
        open(
          new Runtime({ mailbox: await readMailbox(), user, userProperties: runtime.userStore.toObject() }),
        ),
    };
  };
  return open(new Runtime({ mailbox, user }));
}

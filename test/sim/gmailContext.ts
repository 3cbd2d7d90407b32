// Test helpers for the emulated GmailApp/Utilities: a ServiceContext with the manifest's scopes and a
// real Ledger, and a temporary mailbox written from inline .eml sources.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Mailbox } from '../../sim/mailbox/mailbox';
import { permissionMessage, type ServiceContext } from '../../sim/services/context';
import { Ledger } from '../../sim/services/ledger';
import { messageText } from '../../sim/services/messages';

export const MANIFEST_SCOPES: string[] = JSON.parse(
  readFileSync(join(__dirname, '..', '..', 'appsscript.json'), 'utf8'),
).oauthScopes;

export const USER = { email: 'sam@northwind.example', name: 'Sam Taylor' };

export function makeContext(
  scopes: readonly string[] = MANIFEST_SCOPES,
  locale = 'en-US',
): ServiceContext & { ledger: Ledger } {
  const ledger = new Ledger();
  ledger.locale = locale;
  const error = (m: string | Parameters<typeof messageText>[1]) => new Error(messageText(locale, m));
  return {
    ledger,
    scopes,
    user: USER,
    locale,
    error,
    isGlobalFunction: () => true,
    requireScope(scope, what) {
      if (!scopes.includes(scope)) throw error(permissionMessage(what, scope));
    },
    record: (s, m, a) => ledger.record(s, m, a, (x) => new Error(x)),
    settle: (s, m) => ledger.settle(s, m, (x) => new Error(x)),
  };
}

/** Header lines joined with CRLF, a blank line, then the body. */
export function eml(headers: string[], body = 'Hello.\r\n'): string {
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

export function writeMailbox(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'threadsmith-mailbox-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export async function loadMailbox(files: Record<string, string | Buffer>): Promise<Mailbox> {
  return Mailbox.fromDirectory(writeMailbox(files));
}

export function idOf(mailbox: Mailbox, fileName: string): string {
  const message = mailbox.messages().find((m) => m.file.endsWith(`/${fileName}`));
  if (!message) throw new Error(`${fileName} is not in the mailbox`);
  return message.id;
}

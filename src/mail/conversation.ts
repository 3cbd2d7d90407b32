// The one-line summary of a conversation shown above the reply choices: how many messages, and who wrote.
import { addressKey, displayName } from './address';
import type { MessageSnapshot } from './types';
import { nameList, plural } from './warning';

/** "3 messages · Ana Ruiz, Sam Taylor": the thread's size and the open message's people, each once, in order. */
export function summarizeConversation(snapshot: MessageSnapshot): string {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const header of [snapshot.from, snapshot.to, snapshot.cc]) {
    for (const raw of header.invalid) {
      if (raw !== '' && !seen.has(raw)) {
        seen.add(raw);
        names.push(raw);
      }
    }
    for (const a of header.addresses) {
      const key = addressKey(a.email);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(displayName(a));
    }
  }
  const count = plural(Math.max(snapshot.thread.count, 1), 'message');
  return names.length === 0 ? count : `${count} · ${names.length <= 3 ? names.join(', ') : nameList(names)}`;
}

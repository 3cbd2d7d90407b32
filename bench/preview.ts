// The preview's numbers: time from `npm start` to the page answering (median of 5 cold starts), and one
// card action round trip over HTTP (median of 10: open a message, click the card's primary button).
// Run: npm run bench:preview (beside the bench: it measures, it asserts nothing).
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { ContextResult } from '../sim/preview/api';
import { startPreview } from '../sim/preview/server';
import { ROOT } from '../sim/sandbox';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    // The child leads its own process group (npm → sh → tsx → node): end that group, by its id.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  });
}

async function coldStart(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent', '--', '--port', String(port)], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/`);
        if (res.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await stop(child);
  }
}

async function roundTrips(n: number): Promise<number[]> {
  const preview = await startPreview({ port: 0 });
  try {
    const post = async (path: string, body: unknown) =>
      (await (
        await fetch(new URL(path, preview.url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).json()) as ContextResult;
    const message = preview.session.mailbox.messages().find((m) => m.file.endsWith('plain-text.eml'))!;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const opened = await post('/api/open', { messageId: message.id });
      type Footer = {
        fixedFooter: {
          primaryButton: {
            onClick: { action: { function: string; parameters?: { key: string; value: string }[] } };
          };
        };
      };
      const card = (opened.response as { action: { navigations: { pushCard: Footer }[] } }).action
        .navigations[0].pushCard;
      const action = card.fixedFooter.primaryButton.onClick.action;
      const parameters = Object.fromEntries((action.parameters ?? []).map((p) => [p.key, p.value]));
      const started = performance.now();
      const result = await post('/api/action', {
        contextId: opened.contextId,
        functionName: action.function,
        parameters,
        formValues: {},
      });
      times.push(performance.now() - started);
      if (result.error) throw new Error(result.error);
    }
    return times;
  } finally {
    await preview.close();
  }
}

async function main(): Promise<void> {
  const starts: number[] = [];
  for (let i = 0; i < 5; i++) starts.push(await coldStart());
  const trips = await roundTrips(10);
  console.log(
    JSON.stringify(
      {
        startToPageMs: { median: Math.round(median(starts)), runs: starts.map(Math.round) },
        actionRoundTripMs: {
          median: Math.round(median(trips) * 10) / 10,
          runs: trips.map((t) => Math.round(t * 10) / 10),
        },
      },
      null,
      2,
    ),
  );
}

void main();

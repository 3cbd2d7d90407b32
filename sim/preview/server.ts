// `npm start`: the Gmail-like preview on loopback. Serves the page, its script (bundled on the fly by
// esbuild) and a small JSON API over one PreviewSession. Run directly, it parses the command line.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT } from '../sandbox';
import type { ActionRequest, ComposeRequest } from './api';
import { buildErrorPage, pageHtml } from './page';
import { PreviewSession, platformOf, type SessionOptions } from './session';

export const DEFAULT_MAILBOX = join(ROOT, 'fixtures', 'mailbox');
export const DEFAULT_PORT = 8080;
const HOST = '127.0.0.1';
const PORT_TRIES = 20;
const CLIENT_DIR = join(__dirname, 'client');

export interface PreviewOptions extends Partial<SessionOptions> {
  /** First port to try (0: any free port); the next free one is used when it is taken. */
  port?: number;
  /** Progress lines (the CLI prints them). */
  log?: (line: string) => void;
}

export interface PreviewServer {
  url: string;
  port: number;
  session: PreviewSession;
  close(): Promise<void>;
}

const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self' about: data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

let clientBundle: Promise<string> | undefined;

/** The page script, bundled once per process (it is small and esbuild takes a few ms). */
function clientScript(): Promise<string> {
  clientBundle ??= esbuild
    .build({
      entryPoints: [join(CLIENT_DIR, 'main.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2020',
      write: false,
      sourcemap: 'inline',
      logLevel: 'silent',
    })
    .then((r) => r.outputFiles[0].text);
  clientBundle.catch(() => {
    clientBundle = undefined;
  });
  return clientBundle;
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new Error('expected application/json');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function actionRequest(body: unknown): ActionRequest {
  const b = (body ?? {}) as Record<string, unknown>;
  const parameters: Record<string, string> = {};
  for (const [k, v] of Object.entries((b.parameters ?? {}) as Record<string, unknown>)) {
    if (typeof v === 'string') parameters[k] = v;
  }
  const formValues: Record<string, string[]> = {};
  for (const [k, v] of Object.entries((b.formValues ?? {}) as Record<string, unknown>))
    formValues[k] = strings(v);
  if (typeof b.contextId !== 'string' || typeof b.functionName !== 'string') {
    throw new Error('contextId and functionName are required');
  }
  return { contextId: b.contextId, functionName: b.functionName, parameters, formValues };
}

async function route(session: PreviewSession, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
    // The page's phone switch: /?phone=android, /?phone=ios, /?phone=off (the events' platform).
    if (url.searchParams.has('phone')) {
      const platform = platformOf(url.searchParams.get('phone'));
      if (!platform) return send(res, 400, 'text/plain; charset=utf-8', 'phone: android, ios or off');
      session.platform = platform;
    }
    // The page's language switch: /?locale=ja (the events' userLocale; any tag, the add-on falls back).
    if (url.searchParams.has('locale')) session.locale = localeOf(url.searchParams.get('locale'));
    const error = await session.ensureBundle(true);
    if (error) return send(res, 500, 'text/html; charset=utf-8', buildErrorPage(error));
    return send(res, 200, 'text/html; charset=utf-8', pageHtml(session.addonName));
  }
  if (req.method === 'GET' && path === '/app.js') {
    return send(res, 200, 'text/javascript; charset=utf-8', await clientScript());
  }
  if (req.method === 'GET' && path === '/app.css') {
    return send(res, 200, 'text/css; charset=utf-8', await readFile(join(CLIENT_DIR, 'style.css'), 'utf8'));
  }
  if (req.method === 'GET' && path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  if (path.startsWith('/api/')) {
    // Picks up a bundle rebuilt outside the preview (npm run build) without rebuilding here.
    const error = await session.ensureBundle(false);
    if (error) return sendJson(res, 503, { error: `The add-on failed to build: ${error}` });
    if (req.method === 'GET' && path === '/api/mailbox') return sendJson(res, 200, session.mailboxView());
    if (req.method === 'GET' && path === '/api/drive') return sendJson(res, 200, session.driveView());
    let m = /^\/api\/thread\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      const thread = session.threadView(m[1]);
      return thread ? sendJson(res, 200, thread) : sendJson(res, 404, { error: `no thread ${m[1]}` });
    }
    m = /^\/api\/raw\/([\w-]+)$/.exec(path);
    if (req.method === 'GET' && m) {
      const raw = session.raw(m[1]);
      return raw === null
        ? send(res, 404, 'text/plain', 'no such message')
        : send(res, 200, 'text/plain; charset=utf-8', raw);
    }
    if (req.method === 'POST') {
      const body = (await readJson(req)) as Record<string, unknown>;
      if (path === '/api/homepage') return sendJson(res, 200, session.openHomepage());
      if (path === '/api/open') {
        const id = typeof body.messageId === 'string' ? body.messageId : '';
        if (!session.mailbox.message(id)) return sendJson(res, 404, { error: `no message ${id}` });
        return sendJson(res, 200, session.openMessage(id));
      }
      if (path === '/api/compose') {
        const request: ComposeRequest = {
          to: strings(body.to),
          cc: strings(body.cc),
          bcc: strings(body.bcc),
        };
        return sendJson(res, 200, session.openCompose(request));
      }
      if (path === '/api/action') return sendJson(res, 200, session.runAction(actionRequest(body)));
      if (path === '/api/user') {
        const email = typeof body.email === 'string' ? body.email : '';
        if (!session.switchUser(email)) return sendJson(res, 404, { error: `no signed-in user ${email}` });
        return sendJson(res, 200, session.mailboxView());
      }
      if (path === '/api/drive/open') {
        const fileId = typeof body.fileId === 'string' ? body.fileId : null;
        return sendJson(res, 200, session.openDrive(fileId));
      }
      if (path === '/api/drive/grant') {
        const itemId = typeof body.itemId === 'string' ? body.itemId : '';
        return sendJson(res, 200, session.grantFileScope(itemId));
      }
      if (path === '/api/drive/share') {
        const role = body.role === 'editor' || body.role === 'viewer' ? body.role : null;
        const problem = session.shareFile(String(body.fileId ?? ''), String(body.email ?? ''), role);
        if (problem) return sendJson(res, 400, { error: problem });
        return sendJson(res, 200, session.driveView());
      }
      if (path === '/api/universal') {
        const contextId = typeof body.contextId === 'string' ? body.contextId : null;
        const index = typeof body.index === 'number' && Number.isInteger(body.index) ? body.index : -1;
        return sendJson(res, 200, session.runUniversal({ contextId, index }));
      }
    }
  }
  send(res, 404, 'text/plain; charset=utf-8', 'not found');
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, HOST);
  });
}

/** Starts the preview; rejects with the mailbox's one-line error when the folder is missing or empty. */
export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const log = options.log ?? (() => undefined);
  const session = await PreviewSession.open({
    ...options,
    mailboxDir: resolve(options.mailboxDir ?? DEFAULT_MAILBOX),
  });
  const buildError = await session.ensureBundle(true);
  if (buildError) log(`build failed: ${buildError} (the page shows this until it is fixed)`);
  const server = createServer((req, res) => {
    // Loopback only: refuse other Host names (DNS rebinding).
    const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
    if (!['127.0.0.1', 'localhost', '[::1]'].includes(host)) {
      res.writeHead(421).end('misdirected request');
      return;
    }
    route(session, req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendJson(res, 400, { error: error instanceof Error ? error.message : String(error) });
      else res.end();
    });
  });
  const first = options.port ?? DEFAULT_PORT;
  let port = -1;
  for (let attempt = 0; attempt < (first === 0 ? 1 : PORT_TRIES); attempt++) {
    try {
      port = await listen(server, first === 0 ? 0 : first + attempt);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      log(`port ${first + attempt} is in use; trying ${first + attempt + 1}`);
    }
  }
  if (port < 0) throw new Error(`ports ${first}-${first + PORT_TRIES - 1} are all in use; pass --port N`);
  return {
    url: `http://${HOST}:${port}/`,
    port,
    session,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** A locale from the command line or the page: trimmed, at most 35 characters, en-US when empty. */
export function localeOf(value: string | null | undefined): string {
  const v = (value ?? '').trim().slice(0, 35);
  return v === '' ? 'en-US' : v;
}

const USAGE = `usage: npm start -- [--mailbox DIR] [--me ADDRESS] [--port N] [--phone[=ios]] [--locale TAG]
  --mailbox DIR   a folder of .eml files (default fixtures/mailbox)
  --me ADDRESS    the emulated user's address (default sam@northwind.example)
  --port N        first port to try (default 8080; the next free one is used)
  --phone[=ios]   the phone layout: the card full width (~390 px) as Gmail's Android (default) or iOS
                  app shows it, events with that platform (the page's Layout switch changes it)
  --locale TAG    the user's language in the events (userLocale), e.g. de, pt-BR, ja (default en-US;
                  the page's Language menu, or /?locale=TAG, changes it)`;

function parseArgs(argv: string[]): PreviewOptions {
  const options: PreviewOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--phone') {
      const platform = platformOf(inline);
      if (!platform) throw new Error(`--phone takes android or ios, got "${inline}"`);
      options.platform = platform;
    } else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--locale') options.locale = localeOf(value());
    else if (flag === '--mailbox') options.mailboxDir = resolve(value());
    else if (flag === '--me') {
      const me = value();
      if (!/^[^@\s]+@[^@\s]+$/.test(me)) throw new Error(`--me needs an email address, got "${me}"`);
      options.me = me;
    } else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error('--port needs a number from 0 to 65535');
      options.port = port;
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const started = performance.now();
  let options: PreviewOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
  try {
    const preview = await startPreview({ ...options, log: (line) => console.log(line) });
    const view = preview.session.mailbox;
    const unreadable = view.failures.length ? `, ${view.failures.length} unreadable` : '';
    console.log(
      `Threadsmith preview: ${preview.url}  (${view.messages().length} messages${unreadable} from ${
        preview.session.mailboxDir
      }; user ${preview.session.user.email}${
        preview.session.onPhone ? `; phone layout, ${preview.session.platform}` : ''
      }; ready in ${Math.round(performance.now() - started)} ms)`,
    );
    const stop = () => preview.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  }
}

if (require.main === module) void main();

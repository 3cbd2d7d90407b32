// console and Logger as the sandbox sees them: captured, never printed, so tests can read what was logged.
import { format } from 'node:util';

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

export function createConsole(logs: LogEntry[]) {
  const at =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      logs.push({ level, message: format(...args) });
    };
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}

export function createLogger(logs: LogEntry[]) {
  const self = {
    log(data: unknown, ...values: unknown[]) {
      logs.push({ level: 'log', message: format(data, ...values) });
      return self;
    },
    getLog(): string {
      return logs.map((l) => l.message).join('\n');
    },
    clear() {
      logs.length = 0;
    },
  };
  return self;
}

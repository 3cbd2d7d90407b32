// Where details of unexpected errors go: console.error reaches Stackdriver (exceptionLogging).
export function logError(reference: string, error: unknown): void {
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error);
  console.error(`[${reference}] ${detail}`);
}

// Exception texts in the user's language. Apps Script's errors arrive localised ("errorMessage: an
// error message thrown by Apps Script, usually localized into the user's language", Apps Script API
// ExecutionError; field reports quote the transient one). The English texts are the ones Apps Script
// prints; the German and Japanese ones are our own plausible translations, UNVERIFIED against a real
// account (docs/manual-test.md says how to check). What the add-on must not do is act on any of them.

/** The texts the emulator can throw localised, with their `{placeholders}`. */
const CATALOGUE = {
  serverError: {
    en: "We're sorry, a server error occurred. Please wait a bit and try again.",
    de: 'Leider ist ein Serverfehler aufgetreten. Bitte warten Sie einen Moment und versuchen Sie es dann noch einmal.',
    ja: '申し訳ありません。サーバー エラーが発生しました。しばらくしてからもう一度お試しください。',
  },
  serviceTimedOut: {
    en: 'Service {service} timed out.',
    de: 'Zeitüberschreitung beim Dienst {service}.',
    ja: 'サービス {service} がタイムアウトしました。',
  },
  lockTimeout: {
    en: 'Lock timeout: another process was holding the lock for too long.',
    de: 'Zeitüberschreitung der Sperre: Ein anderer Prozess hat die Sperre zu lange gehalten.',
    ja: 'ロックのタイムアウト: 別のプロセスがロックを長時間保持していました。',
  },
  permission: {
    en: 'You do not have permission to call {what}. Required permissions: {scope}',
    de: 'Sie sind nicht berechtigt, {what} aufzurufen. Erforderliche Berechtigungen: {scope}',
    ja: '{what} を呼び出す権限がありません。必要な権限: {scope}',
  },
  dailyLimit: {
    en: 'Service invoked too many times for one day: {service}.',
    de: 'Dienst wurde an einem Tag zu oft aufgerufen: {service}.',
    ja: '1 日にサービスを呼び出した回数が多すぎます: {service}。',
  },
  rateLimit: {
    en: 'Service invoked too many times in a short time: {service}. Try Utilities.sleep(1000) between calls.',
    de: 'Dienst wurde in kurzer Zeit zu oft aufgerufen: {service}. Versuchen Sie es mit Utilities.sleep(1000) zwischen den Aufrufen.',
    ja: '短時間にサービスを呼び出した回数が多すぎます: {service}。呼び出しの間に Utilities.sleep(1000) を入れてください。',
  },
  propertyQuota: {
    en: 'You have exceeded the property storage quota. Please remove some properties and try again.',
    de: 'Sie haben das Speicherkontingent für Eigenschaften überschritten. Entfernen Sie einige Eigenschaften und versuchen Sie es noch einmal.',
    ja: 'プロパティの保存容量の上限を超えました。いくつかのプロパティを削除してから、もう一度お試しください。',
  },
  argumentTooLarge: {
    en: 'Argument too large: {what}',
    de: 'Argument zu groß: {what}',
    ja: '引数が大きすぎます: {what}',
  },
  invalidArgument: {
    en: 'Invalid argument: {what}',
    de: 'Ungültiges Argument: {what}',
    ja: '無効な引数です: {what}',
  },
  recipientsLimit: {
    en: 'Limit Exceeded: Email Recipients Per Message.',
    de: 'Limit überschritten: E-Mail-Empfänger pro Nachricht.',
    ja: '上限を超えました: メッセージあたりのメール受信者数。',
  },
  bodySizeLimit: {
    en: 'Limit Exceeded: Email Body Size.',
    de: 'Limit überschritten: Größe des E-Mail-Texts.',
    ja: '上限を超えました: メール本文のサイズ。',
  },
  accessDenied: {
    en: 'Access denied: {what}',
    de: 'Zugriff verweigert: {what}',
    ja: 'アクセスが拒否されました: {what}',
  },
} as const;

export type MessageKey = keyof typeof CATALOGUE;
export type Language = keyof (typeof CATALOGUE)[MessageKey];

/** An exception text to be written in the runtime's language when it is thrown. */
export interface Localised {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string>>;
}

export function localised(key: MessageKey, params?: Record<string, string>): Localised {
  return params ? { key, params } : { key };
}

/** The catalogue's language for a locale ("de", "de-AT", "ja_JP", …); English for any other. */
export function languageOf(locale: string): Language {
  const language = locale.toLowerCase().split(/[-_]/)[0];
  return language === 'de' || language === 'ja' ? language : 'en';
}

/**
 * The text Apps Script would throw, with its "Exception: " prefix (kept in every language: the V8
 * runtime's prefix, not a translated word). A plain string is passed through as it is.
 */
export function messageText(locale: string, message: string | Localised): string {
  if (typeof message === 'string') return message;
  const template: string = CATALOGUE[message.key][languageOf(locale)];
  return `Exception: ${template.replace(/\{(\w+)\}/g, (_, name: string) => message.params?.[name] ?? `{${name}}`)}`;
}

/** Ready-made faults for `ledger.failNext` / `failAfter`, in the runtime's language when thrown. */
export const FAULT = {
  /** The common transient error. */
  serverError: localised('serverError'),
  /** A call that timed out (after its effect, with failAfter: a draft made though the call threw). */
  gmailTimedOut: localised('serviceTimedOut', { service: 'Gmail' }),
  gmailDailyLimit: localised('dailyLimit', { service: 'gmail' }),
  propertiesRateLimit: localised('rateLimit', { service: 'properties rateMax' }),
  lockTimeout: localised('lockTimeout'),
} as const;

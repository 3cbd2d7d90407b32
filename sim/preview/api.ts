// The JSON the preview server and the page exchange (shared by sim/preview/session.ts and the client).

export interface AddressView {
  name: string;
  address: string;
}

export interface ThreadSummary {
  id: string;
  /** "Dana, me (3)": the senders as Gmail's list shows them. */
  senders: string;
  subject: string;
  snippet: string;
  /** ISO date of the newest message. */
  date: string;
  count: number;
  drafts: number;
}

export interface MailboxFailure {
  file: string;
  error: string;
}

export interface ComposeTriggerInfo {
  text: string;
  runFunction: string;
}

/** One entry of the add-on's toolbar menu (appsscript.json addOns.common.universalActions). */
export interface UniversalActionInfo {
  label: string;
  /** The function Gmail calls as a universal action, or null for an openLink entry. */
  runFunction: string | null;
  /** The URL Gmail opens (an openLink entry), or null. */
  openLink: string | null;
}

export interface MailboxView {
  me: string;
  /** The signed-in users the page can switch between (one Drive between them). */
  users: string[];
  addonName: string;
  mailboxDir: string;
  /** commonEventObject.platform of the events: WEB, or IOS/ANDROID in the phone layout. */
  platform: 'WEB' | 'IOS' | 'ANDROID';
  /** commonEventObject.userLocale of the events (the page's Language menu, `--locale`). */
  locale: string;
  /** The compose icon's action; null without a compose trigger, and on a phone (the apps have none). */
  composeTrigger: ComposeTriggerInfo | null;
  universalActions: UniversalActionInfo[];
  threads: ThreadSummary[];
  failures: MailboxFailure[];
}

export interface DraftView {
  draftId: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  inReplyTo: string | null;
  references: string[];
  /** Files the draft carries (inline images are in its HTML body, not listed here). */
  attachments: AttachmentView[];
}

export interface AttachmentView {
  filename: string;
  mimeType: string;
  size: number;
}

export interface MessageView {
  id: string;
  threadId: string;
  file: string | null;
  from: AddressView;
  to: AddressView[];
  cc: AddressView[];
  replyTo: AddressView[];
  subject: string;
  date: string;
  text: string;
  /** The HTML body as a complete document for a sandboxed iframe (cid: images inlined), or null. */
  htmlDocument: string | null;
  attachments: AttachmentView[];
  draft: DraftView | null;
}

export interface ThreadView {
  id: string;
  subject: string;
  messages: MessageView[];
}

/** What a sidebar (or compose panel) is showing cards for: the server keeps its base event. */
export interface ContextResult {
  contextId: string;
  /** The platform's render JSON, or null when the function threw (see error). */
  response: unknown;
  error: string | null;
  /** Functions whose buttons are compose actions (card JSON has no place for it). */
  composeActions: { functionName: string; type: string }[];
  /** Milliseconds the function took in the emulator. */
  ms: number;
}

export interface ActionRequest {
  contextId: string;
  functionName: string;
  parameters: Record<string, string>;
  formValues: Record<string, string[]>;
}

export interface ComposeRequest {
  to: string[];
  cc: string[];
  bcc: string[];
}

/** A choice in the sidebar's toolbar menu: the universal action at `index`, on the sidebar's context. */
export interface UniversalRequest {
  /** The sidebar's context (null when it shows no card: the homepage event is used). */
  contextId: string | null;
  index: number;
}

export interface DriveFileView {
  id: string;
  name: string;
  owner: string;
  role: 'owner' | 'editor' | 'viewer';
  trashed: boolean;
  sharedWith: { email: string; role: 'editor' | 'viewer' }[];
  /** Whether this user's add-on may open the file (drive.file: created by it, or opened with it). */
  addonHasFileScopePermission: boolean;
}

/** The signed-in user's Drive, as the preview's Drive page shows it. */
export interface DriveView {
  me: string;
  users: string[];
  files: DriveFileView[];
}

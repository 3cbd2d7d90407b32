// The preview page: thread list, reading pane (message HTML in sandboxed iframes), the add-on sidebar and
// the compose window, all driven by the preview server's JSON API.
import type { ContextResult, MailboxView, MessageView, ThreadView, UniversalActionInfo } from '../api';
import { attachmentList } from './attachments';
import { CardHost, type GmailAction } from './cards';
import { type ComposeInit, ComposeWindow } from './compose';
import { h, icon, uid } from './dom';
import { DrivePage } from './drive';
import { menuButton } from './menu';
import { showToast } from './toast';

async function api<T>(path: string, body?: unknown): Promise<T> {
  const res = await fetch(
    path,
    body === undefined
      ? undefined
      : {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  const json = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(json.error ?? `${res.status} ${res.statusText}`);
  return json;
}

const post = (path: string, body: unknown) => api<ContextResult>(path, body);

const listDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
const fullDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function person(a: { name: string; address: string }): string {
  if (!a.address) return a.name || '(no sender)';
  return a.name ? `${a.name} <${a.address}>` : a.address;
}

function people(list: { name: string; address: string }[]): string {
  return list.map(person).join(', ');
}

class App {
  private mailbox!: MailboxView;
  private readonly list = h('ul', { class: 'thread-list', 'aria-label': 'Threads' });
  private readonly pane = h('main', {
    id: 'reading-pane',
    class: 'reading-pane',
    tabindex: '-1',
    'aria-label': 'Reading pane',
  });
  private readonly sidebarEl = h('div', { class: 'sidebar-body' });
  private readonly dock = h('div', { class: 'compose-dock' });
  private readonly status = h('div', { class: 'page-toasts', role: 'status', 'aria-live': 'polite' });
  private sidebar!: CardHost;
  private drivePage!: DrivePage;
  private currentThread: string | null = null;
  private compose: ComposeWindow | null = null;
  private openTicket = 0;

  async start(root: HTMLElement): Promise<void> {
    this.mailbox = await api<MailboxView>('/api/mailbox');
    this.sidebar = new CardHost({
      root: this.sidebarEl,
      post,
      onGmailAction: (a) => this.gmailAction(a),
      onDriveAction: (a) => {
        if (a.requestFileScope?.itemId) this.drivePage.askFileAccess(a.requestFileScope.itemId);
      },
      emptyText: 'Open a message to use the add-on.',
    });
    this.drivePage = new DrivePage({
      pane: this.pane,
      get: (path) => api(path),
      post: (path, body) => api(path, body),
      showInSidebar: (result) => this.sidebar.show(result),
      notify: (text, error) => (error ? this.sidebar.toast(text, true) : this.notify(text)),
    });
    const m = this.mailbox;
    const phone = m.platform !== 'WEB';
    document.body.classList.toggle('phone', phone);
    // Gmail mirrors its whole page, the add-on sidebar included, in a right-to-left language.
    document.documentElement.lang = m.locale;
    document.documentElement.dir = writtenRightToLeft(m.locale) ? 'rtl' : 'ltr';
    root.replaceChildren(
      h(
        'header',
        { class: 'topbar' },
        h('span', { class: 'brand' }, icon('reply', 22), 'Mail preview'),
        h('span', { class: 'topbar-info' }, `${m.mailboxDir} · signed in as ${m.me}`),
        this.userSwitch(m),
        h(
          'button',
          {
            class: 'drive-button',
            onclick: () => {
              this.currentThread = null;
              this.renderList();
              void this.drivePage.show();
            },
          },
          'Drive',
        ),
        this.localeSwitch(m.locale),
        this.layoutSwitch(m.platform),
      ),
      h(
        'div',
        { class: 'layout' },
        h(
          'nav',
          { class: 'threads', 'aria-label': 'Mailbox' },
          h(
            'button',
            { class: 'compose-button', onclick: () => this.openCompose({ title: 'New message' }) },
            icon('pencil', 20),
            'Compose',
          ),
          this.list,
        ),
        this.pane,
        h(
          'aside',
          { class: 'sidebar', 'aria-label': `${m.addonName} add-on` },
          h(
            'div',
            { class: 'sidebar-title' },
            icon('addon', 20),
            h('span', null, m.addonName),
            phone
              ? h('span', { class: 'platform-badge' }, m.platform === 'IOS' ? 'iOS app' : 'Android app')
              : null,
            m.universalActions.length ? this.toolbarMenu(m.universalActions) : null,
          ),
          this.sidebarEl,
        ),
      ),
      this.dock,
      this.status,
    );
    root.removeAttribute('aria-busy');
    this.renderList();
    this.emptyPane();
    this.sidebar.show(await post('/api/homepage', {}));
  }

  /**
   * Web or phone: the phone layout shows the card full width (~390 px) as Gmail's Android and iOS apps
   * do, and the add-on's events say IOS or ANDROID. Changing it reloads the page (`/?phone=…`).
   */
  private layoutSwitch(platform: MailboxView['platform']): HTMLElement {
    const select = h(
      'select',
      {
        id: 'layout-switch',
        onchange: () => {
          location.href = `/?phone=${select.value}`;
        },
      },
      ...(
        [
          ['off', 'Web', 'WEB'],
          ['android', 'Android phone', 'ANDROID'],
          ['ios', 'iPhone', 'IOS'],
        ] as const
      ).map(([value, label, p]) => h('option', { value, selected: p === platform }, label)),
    );
    return h('label', { class: 'layout-switch' }, 'Layout ', select);
  }

  /**
   * The signed-in user (two share one Drive, so a team library can be shared and joined): switching
   * reloads the page as the other user, whose properties and cache are their own.
   */
  private userSwitch(m: MailboxView): HTMLElement {
    const select = h(
      'select',
      {
        id: 'user-switch',
        onchange: async () => {
          await api('/api/user', { email: select.value });
          location.reload();
        },
      },
      ...m.users.map((u) => h('option', { value: u, selected: u === m.me }, u)),
    );
    return h('label', { class: 'layout-switch' }, 'User ', select);
  }

  /** The user's language: the events' userLocale. Changing it reloads the page (`/?locale=…`). */
  private localeSwitch(locale: string): HTMLElement {
    const tags = [
      'en-US',
      'de',
      'fr',
      'es',
      'pt-BR',
      'pt-PT',
      'it',
      'nl',
      'pl',
      'ja',
      'ko',
      'zh-CN',
      'zh-TW',
      'ru',
      'tr',
      'ar',
      'he',
    ];
    if (!tags.includes(locale)) tags.unshift(locale);
    const select = h(
      'select',
      {
        id: 'locale-switch',
        onchange: () => {
          location.href = `/?locale=${encodeURIComponent(select.value)}`;
        },
      },
      ...tags.map((tag) => h('option', { value: tag, selected: tag === locale }, tag)),
    );
    return h('label', { class: 'layout-switch' }, 'Language ', select);
  }

  /** The page's own notices ("Draft created"): the one snackbar on the page, like the add-on's. */
  private notify(text: string): void {
    showToast(this.status, text);
  }

  /**
   * The add-on's toolbar menu (⋮ in the sidebar header): the manifest's universal actions. An openLink
   * entry opens its URL; a function runs as a universal action on what the sidebar shows, and the
   * cards it answers with replace the sidebar's stack.
   */
  private toolbarMenu(actions: UniversalActionInfo[]): HTMLElement {
    return menuButton({
      label: `More options for ${this.mailbox.addonName}`,
      className: 'toolbar-menu',
      entries: actions.map((a, index) => ({
        label: a.label,
        run: () => {
          if (a.openLink) {
            window.open(a.openLink, '_blank', 'noopener,noreferrer');
            this.sidebar.toast(`Opened link: ${a.openLink}`);
          } else void this.runUniversal(index);
        },
      })),
    });
  }

  private async runUniversal(index: number): Promise<void> {
    // Like a click on another message: a trigger still on its way no longer replaces the sidebar.
    const ticket = ++this.openTicket;
    this.sidebar.setLoading(true);
    try {
      const result = await post('/api/universal', { contextId: this.sidebar.context, index });
      if (ticket === this.openTicket) this.sidebar.showUniversal(result);
    } catch (error) {
      this.sidebar.toast(String((error as Error).message ?? error), true);
    } finally {
      if (ticket === this.openTicket) this.sidebar.setLoading(false);
    }
  }

  private emptyPane(): void {
    this.pane.replaceChildren(h('p', { class: 'pane-empty' }, 'Select a thread to read it.'));
  }

  private renderList(): void {
    const items = this.mailbox.threads.map((t) =>
      h(
        'li',
        null,
        h(
          'button',
          {
            class: `thread${t.id === this.currentThread ? ' selected' : ''}`,
            'data-thread-id': t.id,
            'aria-current': t.id === this.currentThread ? 'true' : undefined,
            onclick: () => void this.openThread(t.id),
          },
          h(
            'span',
            { class: 'thread-senders', dir: 'auto' },
            t.senders,
            t.drafts
              ? h('span', { class: 'draft-label' }, ` Draft${t.drafts > 1 ? ` (${t.drafts})` : ''}`)
              : null,
          ),
          h('span', { class: 'thread-date' }, listDate.format(new Date(t.date))),
          h(
            'span',
            { class: 'thread-line', dir: 'auto' },
            h('span', { class: 'thread-subject' }, t.subject || '(no subject)'),
            h('span', { class: 'thread-snippet' }, ` – ${t.snippet}`),
          ),
        ),
      ),
    );
    const failures = this.mailbox.failures.map((f) =>
      h(
        'li',
        { class: 'thread-failure', 'data-failed-file': f.file },
        h('span', { class: 'failure-marker', 'aria-hidden': 'true' }, '!'),
        h(
          'span',
          null,
          h('strong', null, `Unreadable: ${f.file}`),
          h('span', { class: 'failure-error' }, f.error),
        ),
      ),
    );
    this.list.replaceChildren(...failures, ...items);
  }

  async refreshMailbox(): Promise<void> {
    this.mailbox = await api<MailboxView>('/api/mailbox');
    this.renderList();
  }

  async openThread(id: string, messageId?: string): Promise<void> {
    this.currentThread = id;
    this.renderList();
    const thread = await api<ThreadView>(`/api/thread/${id}`);
    const received = thread.messages.filter((m) => !m.draft);
    const target = messageId ?? received[received.length - 1]?.id;
    this.renderThread(thread, target);
    // Keyboard and screen-reader users land on what they opened (its heading), not back in the list.
    this.pane.querySelector<HTMLElement>('.thread-title')?.focus({ preventScroll: true });
    if (target && !thread.messages.find((m) => m.id === target)?.draft) await this.openMessage(target);
    else if (!target) this.sidebar.clear('This thread has only drafts.');
  }

  private async openMessage(messageId: string): Promise<void> {
    for (const el of Array.from(this.pane.querySelectorAll('.message')))
      el.classList.toggle('active', (el as HTMLElement).dataset.messageId === messageId);
    const ticket = ++this.openTicket;
    this.sidebar.setLoading(true);
    try {
      const result = await post('/api/open', { messageId });
      // A later click wins over a slower earlier trigger.
      if (ticket === this.openTicket) this.sidebar.show(result);
    } finally {
      if (ticket === this.openTicket) this.sidebar.setLoading(false);
    }
  }

  private renderThread(thread: ThreadView, expanded: string | undefined): void {
    const subjectId = uid('subj');
    const last = thread.messages[thread.messages.length - 1]?.id;
    this.pane.replaceChildren(
      h(
        'article',
        { class: 'thread-view', 'aria-labelledby': subjectId },
        h(
          'h1',
          { id: subjectId, class: 'thread-title', tabindex: '-1', dir: 'auto' },
          thread.subject || '(no subject)',
        ),
        thread.messages.map((m) => this.messageEl(m, m.id === expanded || m.id === last || m.draft !== null)),
      ),
    );
    this.pane.scrollTop = 0;
  }

  private messageEl(m: MessageView, expanded: boolean): HTMLElement {
    const el = h('section', {
      class: `message${m.draft ? ' draft' : ''}${expanded ? ' expanded' : ''}`,
      'data-message-id': m.id,
      'data-file': m.file ?? undefined,
      'aria-label': m.draft ? `Draft: ${m.subject}` : `Message from ${person(m.from)}`,
    });
    const headerButton = h(
      'button',
      {
        class: 'message-header',
        'aria-expanded': String(expanded),
        onclick: () => {
          if (m.draft) return;
          const open = !el.classList.contains('expanded');
          el.classList.toggle('expanded', open);
          headerButton.setAttribute('aria-expanded', String(open));
          if (open) void this.openMessage(m.id);
        },
      },
      h(
        'span',
        { class: 'avatar', 'aria-hidden': 'true' },
        (m.from.name || m.from.address || '?').slice(0, 1).toUpperCase(),
      ),
      h(
        'span',
        { class: 'message-from', dir: 'auto' },
        m.draft ? h('span', { class: 'draft-label' }, 'Draft ') : null,
        h('strong', null, m.from.name || m.from.address || '(no sender)'),
        m.from.name && m.from.address ? h('span', { class: 'muted' }, ` <${m.from.address}>`) : null,
      ),
      h('span', { class: 'message-date' }, fullDate.format(new Date(m.date))),
      h('span', { class: 'message-snippet', dir: 'auto' }, m.text.replace(/\s+/g, ' ').slice(0, 120)),
    );
    el.appendChild(headerButton);
    const details = h('div', { class: 'message-details' });
    if (m.draft) details.appendChild(this.draftDetails(m));
    else {
      details.appendChild(
        h(
          'dl',
          { class: 'recipients' },
          h('dt', null, 'to'),
          h('dd', { dir: 'auto' }, people(m.to) || '(nobody)'),
          m.cc.length ? [h('dt', null, 'cc'), h('dd', { dir: 'auto' }, people(m.cc))] : null,
          m.replyTo.length ? [h('dt', null, 'reply-to'), h('dd', null, people(m.replyTo))] : null,
        ),
      );
      details.appendChild(this.bodyEl(m));
      if (m.attachments.length) details.appendChild(attachmentList(m.attachments));
      details.appendChild(
        h(
          'div',
          { class: 'message-actions' },
          h(
            'button',
            { class: 'btn btn-outlined', onclick: () => this.reply(m) },
            icon('reply', 18),
            'Reply',
          ),
          h('a', { class: 'raw-link', href: `/api/raw/${m.id}`, target: '_blank' }, 'Show original'),
        ),
      );
    }
    el.appendChild(details);
    return el;
  }

  private bodyEl(m: { text: string; htmlDocument: string | null; subject: string }): HTMLElement {
    if (m.htmlDocument) {
      const lines = m.text.split('\n').reduce((n, l) => n + 1 + Math.floor(l.length / 90), 0);
      return h('iframe', {
        class: 'message-frame',
        sandbox: '',
        title: `Message body: ${m.subject || '(no subject)'}`,
        srcdoc: m.htmlDocument,
        style: `height:${Math.min(640, Math.max(120, lines * 21 + 48))}px`,
      });
    }
    // Mail keeps its own direction whatever the page's, as Gmail shows it (dir=auto: its first strong letter).
    return h('div', { class: 'message-text', dir: 'auto' }, m.text || '(empty message)');
  }

  private draftDetails(m: MessageView): HTMLElement {
    const d = m.draft!;
    const row = (label: string, value: string) => [
      h('dt', null, label),
      h('dd', { 'data-header': label }, value || '—'),
    ];
    const tabs: { id: string; label: string; panel: () => HTMLElement }[] = [
      { id: 'html', label: 'HTML', panel: () => this.bodyEl(m) },
      { id: 'text', label: 'Plain text', panel: () => h('pre', { class: 'draft-text' }, m.text) },
      {
        id: 'raw',
        label: 'Raw MIME',
        panel: () => {
          const pre = h('pre', { class: 'draft-raw' }, 'Loading…');
          void fetch(`/api/raw/${m.id}`)
            .then((r) => r.text())
            .then((t) => {
              pre.textContent = t;
            });
          return pre;
        },
      },
    ];
    const panel = h('div', { class: 'tab-panel', role: 'tabpanel', id: uid('tp'), tabindex: '0' });
    const buttons = tabs.map((t, i) =>
      h(
        'button',
        {
          role: 'tab',
          class: 'tab',
          id: uid('tab'),
          'data-tab': t.id,
          'aria-selected': String(i === 0),
          'aria-controls': panel.id,
          tabindex: i === 0 ? '0' : '-1',
          onclick: () => select(i),
          onkeydown: (e: KeyboardEvent) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
              const next = (i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length;
              select(next);
              buttons[next].focus();
            }
          },
        },
        t.label,
      ),
    );
    const select = (i: number) => {
      buttons.forEach((b, j) => {
        b.setAttribute('aria-selected', String(i === j));
        b.tabIndex = i === j ? 0 : -1;
      });
      panel.setAttribute('aria-labelledby', buttons[i].id);
      panel.replaceChildren(tabs[i].panel());
    };
    select(0);
    return h(
      'div',
      { class: 'draft-details' },
      h(
        'dl',
        { class: 'draft-headers' },
        row('To', d.to.join(', ')),
        row('Cc', d.cc.join(', ')),
        row('Bcc', d.bcc.join(', ')),
        row('Subject', d.subject),
        row('In-Reply-To', d.inReplyTo ?? ''),
        row('References', d.references.join(' ')),
      ),
      d.attachments.length ? attachmentList(d.attachments, 'Draft attachments') : null,
      h('div', { role: 'tablist', class: 'tabs', 'aria-label': 'Draft body' }, buttons),
      panel,
      h(
        'div',
        { class: 'message-actions' },
        h(
          'button',
          { class: 'btn btn-outlined', onclick: () => this.openDraft(m) },
          icon('pencil', 18),
          'Open in compose window',
        ),
        h('a', { class: 'raw-link', href: `/api/raw/${m.id}`, target: '_blank' }, 'Raw MIME in a new tab'),
      ),
    );
  }

  private openCompose(init: ComposeInit): ComposeWindow {
    this.compose?.close();
    this.compose = new ComposeWindow(
      {
        dock: this.dock,
        addonName: this.mailbox.addonName,
        composeTrigger: this.mailbox.composeTrigger,
        note:
          this.mailbox.platform === 'WEB'
            ? null
            : "Gmail's phone apps show no add-ons while you write: to start from a template, use Draft on the message's card.",
        post,
        onGmailAction: (a) => this.gmailAction(a),
        notify: (t) => this.notify(t),
      },
      init,
    );
    this.compose.fields.to.focus();
    return this.compose;
  }

  private reply(m: MessageView): void {
    const to = m.replyTo.length ? people(m.replyTo) : person(m.from);
    const subject = /^re:/i.test(m.subject) ? m.subject : `Re: ${m.subject}`;
    const win = this.openCompose({ title: subject, to, subject });
    win.body.focus();
  }

  private openDraft(m: MessageView): void {
    const d = m.draft!;
    const text = m.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
    const html = m.htmlDocument ? (/<body>([\s\S]*)<\/body>/.exec(m.htmlDocument)?.[1] ?? '') : text;
    this.openCompose({
      title: `Draft: ${d.subject || '(no subject)'}`,
      to: d.to.join(', '),
      cc: d.cc.join(', '),
      bcc: d.bcc.join(', '),
      subject: d.subject,
      bodyHtml: html,
      draftId: d.draftId,
      attachments: d.attachments,
    });
  }

  /** Gmail's answers to compose actions: show the created draft in its thread and in a compose window. */
  private async gmailAction(action: GmailAction): Promise<void> {
    const created = action.openCreatedDraftActionMarkup;
    if (created) {
      await this.refreshMailbox();
      const thread = await api<ThreadView>(`/api/thread/${created.draftThreadId}`);
      const draft = thread.messages.find((m) => m.draft?.draftId === created.draftId);
      this.currentThread = thread.id;
      this.renderList();
      const received = thread.messages.filter((m) => !m.draft);
      this.renderThread(thread, received[received.length - 1]?.id);
      if (draft) {
        this.openDraft(draft);
        this.pane
          .querySelector<HTMLElement>(`[data-message-id="${draft.id}"]`)
          ?.scrollIntoView({ block: 'nearest' });
      }
      this.notify('Draft created');
      return;
    }
    if (action.updateDraftActionMarkup) {
      if (this.compose) this.compose.update(action.updateDraftActionMarkup);
      else this.notify('The add-on tried to update a draft, but no compose window is open.');
      return;
    }
    this.notify(`The preview does not handle this Gmail action: ${Object.keys(action).join(', ')}`);
  }
}

const root = document.getElementById('app');
if (root) {
  const app = new App();
  app.start(root).catch((error: unknown) => {
    root.removeAttribute('aria-busy');
    root.replaceChildren(
      h(
        'div',
        { class: 'build-error', role: 'alert' },
        h('h1', null, 'The preview could not start'),
        h('pre', null, String((error as Error).message ?? error)),
      ),
    );
  });
  (window as unknown as { preview: App }).preview = app;
}

/**
 * Languages written right to left, as Gmail lays its page out for them (iw is Google's old Hebrew). The
 * same list as src/i18n isRtlLocale: sim/ never imports src/, so the emulator keeps its own.
 */
function writtenRightToLeft(locale: string): boolean {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return ['ar', 'he', 'iw', 'fa', 'ur', 'yi', 'ps', 'dv', 'ckb', 'sd', 'ug'].includes(language);
}

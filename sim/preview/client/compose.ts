// The compose window: To/Cc/Bcc/Subject and a contenteditable body, the add-on's compose icon (when the
// manifest has a compose trigger) and the compose card panel, which edits the window as Gmail does.
import type { AttachmentView, ComposeTriggerInfo, ContextResult } from '../api';
import { attachmentList } from './attachments';
import { CardHost, type GmailAction } from './cards';
import { h, icon, uid } from './dom';

type Json = Record<string, unknown>;

export interface ComposeInit {
  title: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  /** HTML for the body (sanitized before it is shown). */
  bodyHtml?: string;
  draftId?: string;
  /** The draft's files, listed under the body as Gmail's compose window does. */
  attachments?: AttachmentView[];
}

export interface ComposeDeps {
  dock: HTMLElement;
  addonName: string;
  composeTrigger: ComposeTriggerInfo | null;
  /** A line under the form (the phone layout says why there is no add-on icon). */
  note?: string | null;
  post(path: string, body: unknown): Promise<ContextResult>;
  onGmailAction(action: GmailAction): void | Promise<void>;
  notify(text: string): void;
}

/** Bare addresses of a recipients field ("Ann <a@x>, b@y" → a@x, b@y), as the compose event carries them. */
export function bareAddresses(field: string): string[] {
  const parts = field.match(/(?:"[^"]*"|<[^>]*>|[^,;])+/g) ?? [];
  return parts
    .map((p) => {
      const angle = /<([^>]+)>/.exec(p);
      return (angle ? angle[1] : p).trim();
    })
    .filter((a) => a.includes('@'));
}

const DROP = new Set([
  'SCRIPT',
  'STYLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'LINK',
  'META',
  'BASE',
  'FORM',
  'INPUT',
  'BUTTON',
  'TEXTAREA',
  'SELECT',
]);

/** HTML from the add-on (or a draft) made safe for the page: no scripts, handlers or remote loads. */
export function safeFragment(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walk = (node: Element) => {
    for (const child of Array.from(node.children)) {
      if (DROP.has(child.tagName)) {
        child.remove();
        continue;
      }
      for (const attr of Array.from(child.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.trim().toLowerCase();
        const urlish = [
          'href',
          'src',
          'srcset',
          'action',
          'formaction',
          'background',
          'poster',
          'xlink:href',
        ].includes(name);
        if (
          name.startsWith('on') ||
          (urlish && !/^(https?:|mailto:|tel:|data:image\/|#)/.test(value)) ||
          (name === 'src' && !value.startsWith('data:'))
        ) {
          child.removeAttribute(attr.name);
        }
      }
      walk(child);
    }
  };
  walk(template.content as unknown as Element);
  return template.content;
}

export class ComposeWindow {
  readonly el: HTMLElement;
  readonly body: HTMLElement;
  readonly fields: Record<'to' | 'cc' | 'bcc' | 'subject', HTMLInputElement>;
  private savedRange: Range | null = null;
  private readonly panel: HTMLElement;
  private host: CardHost | null = null;
  private readonly deps: ComposeDeps;
  private readonly onSelection = () => this.saveSelection();

  constructor(deps: ComposeDeps, init: ComposeInit) {
    this.deps = deps;
    const titleId = uid('ct');
    const field = (name: 'to' | 'cc' | 'bcc' | 'subject', label: string, value = '') => {
      const id = uid(`c-${name}`);
      const input = h('input', { id, type: 'text', class: `compose-${name}`, value, autocomplete: 'off' });
      return { input, row: h('div', { class: 'compose-row' }, h('label', { for: id }, label), input) };
    };
    const to = field('to', 'To', init.to);
    const cc = field('cc', 'Cc', init.cc);
    const bcc = field('bcc', 'Bcc', init.bcc);
    const subject = field('subject', 'Subject', init.subject);
    this.fields = { to: to.input, cc: cc.input, bcc: bcc.input, subject: subject.input };
    this.body = h('div', {
      class: 'compose-body',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': 'Message body',
      spellcheck: 'false',
    });
    if (init.bodyHtml) this.body.appendChild(safeFragment(init.bodyHtml));
    this.panel = h('div', {
      class: 'compose-addon',
      hidden: true,
      role: 'region',
      'aria-label': `${deps.addonName} compose card`,
    });
    const trigger = deps.composeTrigger;
    const addonButton = trigger
      ? h(
          'button',
          {
            class: 'icon-btn compose-addon-icon',
            'aria-label': `${deps.addonName}: ${trigger.text}`,
            title: `${deps.addonName}: ${trigger.text}`,
            'aria-expanded': 'false',
            onclick: () => void this.openAddon(addonButton!),
          },
          icon('addon'),
        )
      : null;
    this.el = h(
      'section',
      { class: 'compose-window', role: 'dialog', 'aria-labelledby': titleId, 'data-draft-id': init.draftId },
      h(
        'div',
        { class: 'compose-titlebar' },
        h('h2', { id: titleId }, init.title),
        h(
          'button',
          { class: 'icon-btn', 'aria-label': 'Close compose window', onclick: () => this.close() },
          icon('close', 18),
        ),
      ),
      h(
        'div',
        { class: 'compose-main' },
        this.panel,
        h(
          'div',
          { class: 'compose-form' },
          to.row,
          cc.row,
          bcc.row,
          subject.row,
          this.body,
          init.attachments?.length ? attachmentList(init.attachments, 'Draft attachments') : null,
          h(
            'div',
            { class: 'compose-actions' },
            h(
              'button',
              {
                class: 'btn btn-filled',
                onclick: () => deps.notify('The preview does not send mail; the draft stays here.'),
              },
              'Send',
            ),
            addonButton,
          ),
          deps.note ? h('p', { class: 'compose-note' }, deps.note) : null,
        ),
      ),
    );
    document.addEventListener('selectionchange', this.onSelection);
    deps.dock.replaceChildren(this.el);
  }

  close(): void {
    document.removeEventListener('selectionchange', this.onSelection);
    this.el.remove();
  }

  private saveSelection(): void {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (this.body.contains(range.commonAncestorContainer)) this.savedRange = range.cloneRange();
  }

  private async openAddon(button: HTMLElement): Promise<void> {
    const trigger = this.deps.composeTrigger;
    if (!trigger) return;
    if (!this.panel.hidden && this.host) {
      this.panel.hidden = true;
      button.setAttribute('aria-expanded', 'false');
      return;
    }
    this.panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    this.host ??= new CardHost({
      root: h('div', { class: 'compose-host' }),
      post: this.deps.post,
      onGmailAction: (action) => this.applyGmailAction(action),
      emptyText: 'Loading…',
    });
    this.panel.replaceChildren(
      h(
        'div',
        { class: 'compose-addon-title' },
        icon('addon', 18),
        h('span', null, this.deps.addonName),
        h(
          'button',
          {
            class: 'icon-btn',
            'aria-label': `Close ${this.deps.addonName}`,
            onclick: () => {
              this.panel.hidden = true;
              button.setAttribute('aria-expanded', 'false');
            },
          },
          icon('close', 16),
        ),
      ),
      this.host.root,
    );
    const result = await this.deps.post('/api/compose', {
      to: bareAddresses(this.fields.to.value),
      cc: bareAddresses(this.fields.cc.value),
      bcc: bareAddresses(this.fields.bcc.value),
    });
    this.host.show(result);
  }

  private async applyGmailAction(action: GmailAction): Promise<void> {
    if (action.updateDraftActionMarkup) this.update(action.updateDraftActionMarkup);
    else await this.deps.onGmailAction(action);
  }

  /** updateDraftActionMarkup: insert into the body, replace subject and recipients as given. */
  update(markup: Json): void {
    const body = markup.updateBody as
      | { insertContents?: { content?: string; contentType?: string }[]; type?: string }
      | undefined;
    if (body?.insertContents?.length) {
      const fragment = document.createDocumentFragment();
      for (const c of body.insertContents) {
        const content = String(c.content ?? '');
        if (c.contentType === 'TEXT') {
          content.split('\n').forEach((line, i) => {
            if (i > 0) fragment.appendChild(document.createElement('br'));
            fragment.appendChild(document.createTextNode(line));
          });
        } else if (c.contentType === 'IMMUTABLE_HTML') {
          const span = h('span', { class: 'immutable', contenteditable: 'false' });
          span.appendChild(safeFragment(content));
          fragment.appendChild(span);
        } else fragment.appendChild(safeFragment(content));
      }
      this.insert(fragment, body.type ?? 'IN_PLACE_INSERT');
    }
    const list = (v: unknown, key: string) =>
      ((v as Record<string, { email?: string }[]> | undefined)?.[key] ?? [])
        .map((r) => String(r.email ?? ''))
        .join(', ');
    if (markup.updateSubject)
      this.fields.subject.value = String((markup.updateSubject as Json).subject ?? '');
    if (markup.updateToRecipients) this.fields.to.value = list(markup.updateToRecipients, 'toRecipients');
    if (markup.updateCcRecipients) this.fields.cc.value = list(markup.updateCcRecipients, 'ccRecipients');
    if (markup.updateBccRecipients) this.fields.bcc.value = list(markup.updateBccRecipients, 'bccRecipients');
  }

  private insert(fragment: DocumentFragment, type: string): void {
    const last = fragment.lastChild;
    if (type === 'REPLACE') {
      this.body.replaceChildren(fragment);
    } else if (type === 'INSERT_AT_START') {
      this.body.insertBefore(fragment, this.body.firstChild);
    } else if (type === 'INSERT_AT_END') {
      this.body.appendChild(fragment);
    } else {
      // IN_PLACE_INSERT: at the cursor, replacing the selection; without a saved cursor, at the start.
      let range =
        this.savedRange && this.body.contains(this.savedRange.commonAncestorContainer)
          ? this.savedRange
          : null;
      if (!range) {
        range = document.createRange();
        range.setStart(this.body, 0);
        range.collapse(true);
      }
      range.deleteContents();
      range.insertNode(fragment);
      if (last) {
        range.setStartAfter(last);
        range.collapse(true);
        this.savedRange = range.cloneRange();
      }
    }
  }
}

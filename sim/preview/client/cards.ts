// Renders card.proto JSON the way Gmail's add-on panel does, keeps the card stack, collects form inputs
// and runs actions through the preview server, applying the render actions that come back.
import type { ContextResult } from '../api';
import { type CardHtmlNode, parseCardHtml } from '../cardHtml';
import { h, hasIcon, icon, uid } from './dom';
import { menuButton } from './menu';
import { showToast } from './toast';

// biome-ignore lint/suspicious/noExplicitAny: card JSON from the add-on is untyped; the renderer checks as it reads
type Json = Record<string, any>;

export interface GmailAction {
  openCreatedDraftActionMarkup?: { draftId: string; draftThreadId: string };
  updateDraftActionMarkup?: Json;
  [other: string]: unknown;
}

export interface CardHostOptions {
  /** Where the host draws itself. */
  root: HTMLElement;
  /** Runs an action on the server. */
  post(path: string, body: unknown): Promise<ContextResult>;
  /** Gmail's host actions (open a created draft, update the open draft). */
  onGmailAction(action: GmailAction): void | Promise<void>;
  /** Drive's host actions (requestFileScope: Drive's file-access dialog). */
  onDriveAction?(action: { requestFileScope?: { itemId?: string } }): void | Promise<void>;
  /** Shown when there is no card yet. */
  emptyText: string;
}

function htmlNodes(nodes: CardHtmlNode[]): Node[] {
  return nodes.map((n): Node => {
    switch (n.kind) {
      case 'text':
        return document.createTextNode(n.text);
      case 'br':
        return h('br');
      case 'el':
        return h(n.tag, null, htmlNodes(n.children));
      case 'font': {
        const el = document.createElement('font');
        el.append(...htmlNodes(n.children));
        if (n.color) el.style.color = n.color;
        return el;
      }
      case 'a':
        return n.href
          ? h('a', { href: n.href, target: '_blank', rel: 'noopener noreferrer' }, htmlNodes(n.children))
          : h('span', null, htmlNodes(n.children));
      default:
        return document.createTextNode('');
    }
  });
}

/**
 * Card text (the HTML subset) as DOM; newlines break lines as in Gmail. Each text takes the direction of
 * its first strong letter (dir=auto), so an English template line keeps its full stop on the right in a
 * right-to-left card and an Arabic name reads right to left in an English one (docs/manual-test.md asks
 * to confirm Gmail's own rendering of mixed text).
 */
export function cardText(html: string, className = 'card-text'): HTMLElement {
  return h('span', { class: className, dir: 'auto' }, htmlNodes(parseCardHtml(html)));
}

function colorOf(c: Json | undefined): string | null {
  if (!c) return null;
  const ch = (v: unknown) => Math.round(Math.max(0, Math.min(1, Number(v ?? 0))) * 255);
  return `rgb(${ch(c.red)}, ${ch(c.green)}, ${ch(c.blue)})`;
}

function paramsOf(action: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of (action.parameters ?? []) as { key: string; value: string }[]) out[p.key] = p.value;
  return out;
}

/** A known icon or icon URL: drawn as a local glyph (remote images are never fetched). */
function iconGlyph(spec: Json | undefined): HTMLElement | null {
  if (!spec) return null;
  if (typeof spec.iconUrl === 'string' && spec.iconUrl.startsWith('data:')) {
    return h('img', { class: 'known-icon', src: spec.iconUrl, alt: spec.altText ?? '' });
  }
  const name = String(spec.knownIcon ?? spec.materialIcon?.name ?? 'image');
  if (spec.materialIcon && hasIcon(name)) {
    return h('span', { class: 'known-icon material-icon', title: spec.altText ?? '' }, icon(name));
  }
  return h(
    'span',
    { class: 'known-icon', title: spec.altText ?? name, 'aria-hidden': 'true' },
    name.slice(0, 1),
  );
}

export class CardHost {
  readonly root: HTMLElement;
  private readonly options: CardHostOptions;
  private stack: Json[] = [];
  private contextId: string | null = null;
  private busy = false;
  private readonly id = uid('host');
  private readonly progress: HTMLElement;
  private readonly body: HTMLElement;
  private readonly footer: HTMLElement;
  private readonly toasts: HTMLElement;
  /** Milliseconds of the last action round trip (page to server and back), for the closing numbers. */
  lastRoundTripMs = 0;

  constructor(options: CardHostOptions) {
    this.options = options;
    this.root = options.root;
    this.progress = h('div', {
      class: 'progress',
      hidden: true,
      role: 'progressbar',
      'aria-label': 'Running',
    });
    this.body = h('div', { class: 'card-scroll' });
    this.footer = h('div', { class: 'fixed-footer', hidden: true });
    this.toasts = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });
    this.root.classList.add('card-host');
    this.root.replaceChildren(this.progress, this.body, this.footer, this.toasts);
    this.render();
  }

  /** Shows what a trigger returned: its cards replace the stack. */
  show(result: ContextResult): void {
    this.contextId = result.contextId;
    this.stack = [];
    if (result.error) {
      this.render();
      this.toast(result.error, true);
      return;
    }
    const cards = this.navigationCards(result.response);
    this.stack = cards.length > 1 ? [{ __list: cards }] : cards;
    this.render();
    this.applyRest(result.response, false);
  }

  /**
   * Shows what a universal action (the toolbar menu) returned: its cards replace the stack, as in Gmail,
   * and run their buttons on the universal action's event; a link opens and the card stays.
   */
  showUniversal(result: ContextResult): void {
    if (result.error) {
      this.toast(`The add-on failed: ${result.error}`, true);
      return;
    }
    const cards = this.navigationCards(result.response);
    if (cards.length > 0) {
      this.contextId = result.contextId;
      this.stack = cards.length > 1 ? [{ __list: cards }] : cards;
      this.render();
    }
    void this.applyRest(result.response, false);
  }

  /** The context the cards on screen run their actions in (null when there is none). */
  get context(): string | null {
    return this.contextId;
  }

  clear(text?: string): void {
    this.stack = [];
    this.contextId = null;
    if (text) this.options.emptyText = text;
    this.render();
  }

  private navigationCards(response: unknown): Json[] {
    const ra = ((response as Json)?.renderActions ?? response) as Json | undefined;
    return ((ra?.action?.navigations ?? []) as Json[])
      .filter((n) => n.pushCard)
      .map((n) => n.pushCard as Json);
  }

  /** A notification: one at a time on the whole page (a new one replaces it), gone after a few seconds. */
  toast(text: string, error = false): void {
    showToast(this.toasts, text, error);
  }

  /** Applies an action's render actions: navigations, notification, link, host app action. */
  private async apply(response: unknown): Promise<void> {
    const ra = ((response as Json)?.renderActions ?? response) as Json | undefined;
    for (const nav of (ra?.action?.navigations ?? []) as Json[]) {
      if (nav.pushCard) this.stack.push(nav.pushCard);
      else if (nav.updateCard) this.stack[Math.max(0, this.stack.length - 1)] = nav.updateCard;
      else if (nav.pop) {
        if (this.stack.length > 1) this.stack.pop();
      } else if (nav.popToRoot) this.stack.length = Math.min(1, this.stack.length);
      else if (nav.popToCard) {
        const at = this.stack.map((c) => c.name).lastIndexOf(nav.popToCard);
        if (at >= 0) this.stack.length = at + 1;
      }
    }
    if (ra?.action?.navigations) this.render();
    await this.applyRest(response, true);
  }

  private async applyRest(response: unknown, fromAction: boolean): Promise<void> {
    const ra = ((response as Json)?.renderActions ?? response) as Json | undefined;
    if (ra?.action?.notification?.text) this.toast(String(ra.action.notification.text));
    if (ra?.action?.link?.url) this.openLink(ra.action.link);
    if (fromAction && ra?.hostAppAction?.gmailAction)
      await this.options.onGmailAction(ra.hostAppAction.gmailAction);
    if (fromAction && ra?.hostAppAction?.driveAction)
      await this.options.onDriveAction?.(ra.hostAppAction.driveAction);
  }

  private openLink(link: Json): void {
    const url = String(link.url);
    if (/^(https?:|mailto:|tel:)/i.test(url)) window.open(url, '_blank', 'noopener,noreferrer');
    this.toast(`Opened link: ${url}`);
  }

  /** The current card's inputs, as Gmail sends them (formInputs: field name → string values). */
  formValues(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const el of Array.from(this.body.querySelectorAll<HTMLElement>('[data-field]'))) {
      const name = el.dataset.field!;
      if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
        out[name] ??= [];
        if (el.checked) out[name].push(el.value);
      } else if (
        el instanceof HTMLInputElement ||
        el instanceof HTMLTextAreaElement ||
        el instanceof HTMLSelectElement
      ) {
        out[name] = [el.value];
      }
    }
    // Gmail leaves unselected choice widgets out, as it does an empty selection.
    for (const [k, v] of Object.entries(out)) if (v.length === 0) delete out[k];
    return out;
  }

  async runAction(action: Json): Promise<void> {
    if (this.busy || !this.contextId) return;
    this.setLoading(true, action.loadIndicator !== 'NONE');
    const started = performance.now();
    try {
      const result = await this.options.post('/api/action', {
        contextId: this.contextId,
        functionName: action.function,
        parameters: paramsOf(action),
        formValues: this.formValues(),
      });
      this.lastRoundTripMs = performance.now() - started;
      if (result.error) this.toast(`The add-on failed: ${result.error}`, true);
      else await this.apply(result.response);
    } catch (error) {
      this.toast(String((error as Error).message ?? error), true);
    } finally {
      this.setLoading(false);
    }
  }

  /** The loading state while a trigger or action runs: a progress bar, and the card inert. */
  setLoading(on: boolean, showSpinner = true): void {
    this.busy = on;
    this.progress.hidden = !(on && showSpinner);
    this.root.classList.toggle('busy', on);
    if (on) this.root.setAttribute('aria-busy', 'true');
    else this.root.removeAttribute('aria-busy');
  }

  private onClick(onClick: Json | undefined): (() => void) | undefined {
    if (!onClick) return undefined;
    if (onClick.action) return () => void this.runAction(onClick.action);
    if (onClick.openDynamicLinkAction) return () => void this.runAction(onClick.openDynamicLinkAction);
    if (onClick.openLink) return () => this.openLink(onClick.openLink);
    if (onClick.card) {
      return () => {
        this.stack.push(onClick.card);
        this.render();
      };
    }
    return undefined;
  }

  render(): void {
    const card = this.stack[this.stack.length - 1];
    this.footer.replaceChildren();
    this.footer.hidden = true;
    if (!card) {
      this.body.replaceChildren(h('p', { class: 'card-empty' }, this.options.emptyText));
      return;
    }
    if (card.__list) {
      this.body.replaceChildren(this.cardList(card.__list as Json[]));
      return;
    }
    this.body.replaceChildren(
      this.header(card),
      ...((card.sections ?? []) as Json[]).map((s, i) => this.section(s, i)),
    );
    if (card.fixedFooter) {
      const f = card.fixedFooter as Json;
      this.footer.append(
        ...[
          f.secondaryButton && this.button(f.secondaryButton, 'BORDERLESS'),
          f.primaryButton && this.button(f.primaryButton, 'FILLED'),
        ].filter(Boolean),
      );
      this.footer.hidden = false;
    }
    this.body.scrollTop = 0;
  }

  private cardList(cards: Json[]): HTMLElement {
    return h(
      'ul',
      { class: 'card-list' },
      cards.map((c) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              class: 'card-list-item',
              onclick: () => {
                this.stack.push(c);
                this.render();
              },
            },
            h('span', { class: 'card-title' }, String(c.header?.title ?? c.name ?? 'Card')),
            c.header?.subtitle ? h('span', { class: 'card-subtitle' }, String(c.header.subtitle)) : null,
          ),
        ),
      ),
    );
  }

  private header(card: Json): HTMLElement {
    const hd = (card.header ?? {}) as Json;
    const back =
      this.stack.length > 1
        ? h(
            'button',
            {
              class: 'icon-btn back',
              'aria-label': 'Back',
              onclick: () => {
                this.stack.pop();
                this.render();
              },
            },
            icon('back'),
          )
        : null;
    const image = hd.imageUrl
      ? String(hd.imageUrl).startsWith('data:')
        ? h('img', {
            class: `header-image${hd.imageType === 'CIRCLE' ? ' circle' : ''}`,
            src: hd.imageUrl,
            alt: hd.imageAltText ?? '',
          })
        : h(
            'span',
            {
              class: `header-image placeholder${hd.imageType === 'CIRCLE' ? ' circle' : ''}`,
              title: `Remote image not loaded: ${hd.imageUrl}`,
              'aria-hidden': 'true',
            },
            icon('image', 18),
          )
      : null;
    const menu = (card.cardActions as Json[] | undefined)?.length
      ? this.cardActionsMenu(card.cardActions)
      : null;
    if (!card.header && !back && !menu) return h('div', { class: 'card-header empty' });
    return h(
      'div',
      { class: 'card-header' },
      back,
      image,
      h(
        'div',
        { class: 'card-titles' },
        hd.title ? h('h2', { class: 'card-title' }, String(hd.title)) : null,
        hd.subtitle ? h('p', { class: 'card-subtitle' }, String(hd.subtitle)) : null,
      ),
      menu,
    );
  }

  private cardActionsMenu(actions: Json[]): HTMLElement {
    return menuButton({
      label: 'More actions',
      className: 'card-menu',
      entries: actions.map((a) => {
        const run = this.onClick(a.onClick);
        return { label: String(a.actionLabel ?? ''), run: () => run?.() };
      }),
    });
  }

  private section(section: Json, index: number): HTMLElement {
    const widgets = ((section.widgets ?? []) as Json[]).map((w) => this.widget(w));
    const el = h('section', {
      class: 'card-section',
      'aria-label': section.header ? undefined : `Section ${index + 1}`,
    });
    if (section.header) {
      const headerId = uid('sh');
      el.setAttribute('aria-labelledby', headerId);
      el.appendChild(h('h3', { class: 'section-header', id: headerId }, cardText(String(section.header))));
    }
    const shown = section.collapsible
      ? Math.max(0, Number(section.uncollapsibleWidgetsCount ?? 0))
      : widgets.length;
    el.append(...widgets.slice(0, shown));
    if (shown < widgets.length) {
      const moreId = uid('more');
      const more = h('div', { class: 'collapsed-widgets', id: moreId, hidden: true }, widgets.slice(shown));
      const toggle = h(
        'button',
        {
          class: 'section-toggle',
          'aria-expanded': 'false',
          'aria-controls': moreId,
          onclick: () => {
            more.hidden = !more.hidden;
            toggle.setAttribute('aria-expanded', String(!more.hidden));
            toggle.replaceChildren(
              icon(more.hidden ? 'expand' : 'collapse'),
              more.hidden ? 'Show more' : 'Show less',
            );
          },
        },
        icon('expand'),
        'Show more',
      );
      el.append(more, toggle);
    }
    return el;
  }

  private widget(w: Json): HTMLElement {
    if (w.textParagraph) {
      const p = h('div', { class: 'widget text-paragraph' }, cardText(String(w.textParagraph.text ?? '')));
      if (w.textParagraph.maxLines) p.style.setProperty('--max-lines', String(w.textParagraph.maxLines));
      return p;
    }
    if (w.decoratedText) return this.decoratedText(w.decoratedText);
    if (w.buttonList) {
      return h(
        'div',
        { class: 'widget button-list' },
        ((w.buttonList.buttons ?? []) as Json[]).map((b) => this.button(b)),
      );
    }
    if (w.textInput) return this.textInput(w.textInput);
    if (w.selectionInput) return this.selectionInput(w.selectionInput);
    if (w.divider) return h('hr', { class: 'widget divider' });
    if (w.image) {
      const img = w.image as Json;
      const url = String(img.imageUrl ?? '');
      const content = url.startsWith('data:')
        ? h('img', { src: url, alt: img.altText ?? '' })
        : h(
            'span',
            { class: 'remote-image' },
            icon('image', 18),
            `Image not loaded (remote): ${img.altText ?? url}`,
          );
      const run = this.onClick(img.onClick);
      return h(
        'div',
        { class: 'widget image' },
        run
          ? h('button', { class: 'image-click', onclick: run, 'aria-label': img.altText ?? 'Image' }, content)
          : content,
      );
    }
    const kind = Object.keys(w).find((k) => k !== 'horizontalAlignment') ?? 'unknown';
    return h(
      'div',
      { class: 'widget unsupported', role: 'note' },
      `The preview cannot draw this widget yet: ${kind}`,
    );
  }

  private decoratedText(d: Json): HTMLElement {
    const textId = uid('dt');
    const content = h(
      'div',
      { class: `dt-content${d.wrapText ? ' wrap' : ''}` },
      // card.proto: top_label "Always truncates", bottom_label "Always wraps".
      d.topLabel ? h('div', { class: 'dt-label dt-top', dir: 'auto' }, String(d.topLabel)) : null,
      h('div', { class: 'dt-text', id: textId }, cardText(String(d.text ?? ''))),
      d.bottomLabel ? h('div', { class: 'dt-label', dir: 'auto' }, String(d.bottomLabel)) : null,
    );
    const run = this.onClick(d.onClick);
    const main = run ? h('button', { class: 'dt-click', onclick: run }, content) : content;
    let control: HTMLElement | null = null;
    if (d.button) control = this.button(d.button);
    else if (d.switchControl) {
      const s = d.switchControl as Json;
      const isSwitch = s.controlType !== 'CHECK_BOX' && s.controlType !== 'CHECKBOX';
      const input = h('input', {
        type: 'checkbox',
        class: isSwitch ? 'switch' : 'checkbox',
        role: isSwitch ? 'switch' : undefined,
        'data-field': s.name,
        value: s.value ?? '',
        checked: s.selected === true,
        'aria-labelledby': textId,
      });
      if (s.onChangeAction) input.addEventListener('change', () => void this.runAction(s.onChangeAction));
      control = h('span', { class: 'dt-control' }, input);
    } else if (d.endIcon) control = h('span', { class: 'dt-control' }, iconGlyph(d.endIcon));
    return h(
      'div',
      { class: 'widget decorated-text' },
      d.startIcon ? h('span', { class: 'dt-icon' }, iconGlyph(d.startIcon)) : null,
      main,
      control,
    );
  }

  private button(b: Json, defaultType?: string): HTMLElement {
    const run = this.onClick(b.onClick);
    const type = String(b.type ?? defaultType ?? (b.color ? 'FILLED' : 'OUTLINED'));
    const color = colorOf(b.color);
    const label = b.text ? String(b.text) : undefined;
    const el = h(
      'button',
      {
        class: `btn btn-${type.toLowerCase()}${label ? '' : ' btn-icon-only'}`,
        disabled: b.disabled === true,
        // A button's alternative text is what a screen reader says (several rows' "Draft" tell apart).
        'aria-label':
          b.altText !== undefined
            ? String(b.altText)
            : label
              ? undefined
              : String(b.icon?.altText ?? b.icon?.knownIcon ?? 'Button'),
        title: b.altText ?? undefined,
        onclick: run,
      },
      b.icon ? iconGlyph(b.icon) : null,
      label ? cardText(label, 'btn-text') : null,
    );
    if (color) {
      el.style.background = color;
      el.style.borderColor = color;
    }
    return el;
  }

  private textInput(t: Json): HTMLElement {
    const id = uid('ti');
    const multiline = t.type === 'MULTIPLE_LINE' && !t.initialSuggestions;
    const suggestions = ((t.initialSuggestions?.items ?? []) as Json[]).map((i) => String(i.text));
    const listId = suggestions.length ? uid('dl') : undefined;
    const hintId = t.hintText ? uid('hint') : undefined;
    const props = {
      id,
      class: 'text-input',
      'data-field': t.name,
      value: t.value ?? '',
      'aria-describedby': hintId,
      'aria-label': t.label ? undefined : String(t.hintText ?? t.name),
    };
    const field = multiline
      ? // A fixed height of a few lines, as Gmail draws it (card.proto: no rows or height to set).
        h('textarea', { ...props, rows: 4 })
      : h('input', { ...props, type: 'text', list: listId });
    if (t.onChangeAction) field.addEventListener('change', () => void this.runAction(t.onChangeAction));
    return h(
      'div',
      { class: 'widget text-input-wrap' },
      t.label ? h('label', { for: id, class: 'input-label' }, String(t.label)) : null,
      field,
      listId
        ? h(
            'datalist',
            { id: listId },
            suggestions.map((s) => h('option', { value: s })),
          )
        : null,
      hintId ? h('div', { class: 'hint', id: hintId }, String(t.hintText)) : null,
    );
  }

  private selectionInput(s: Json): HTMLElement {
    const items = (s.items ?? []) as Json[];
    const type = String(s.type ?? 'CHECK_BOX');
    const label = String(s.label ?? s.name);
    const changed = s.onChangeAction ? () => void this.runAction(s.onChangeAction) : undefined;
    if (type === 'DROPDOWN') {
      const id = uid('dd');
      return h(
        'div',
        { class: 'widget selection dropdown' },
        h('label', { for: id, class: 'input-label' }, label),
        h(
          'select',
          { id, 'data-field': s.name, onchange: changed },
          items.map((i) => h('option', { value: i.value, selected: i.selected === true }, String(i.text))),
        ),
      );
    }
    const group = `${this.id}-${s.name}`;
    const legendId = uid('lg');
    return h(
      'fieldset',
      { class: `widget selection ${type.toLowerCase()}` },
      h('legend', { class: 'input-label', id: legendId }, label),
      items.map((i) => {
        const id = uid('opt');
        const isSwitch = type === 'SWITCH';
        return h(
          'div',
          { class: 'choice' },
          h('input', {
            id,
            type: type === 'RADIO_BUTTON' ? 'radio' : 'checkbox',
            class: isSwitch ? 'switch' : undefined,
            role: isSwitch ? 'switch' : undefined,
            name: group,
            'data-field': s.name,
            value: i.value,
            checked: i.selected === true,
            onchange: changed,
          }),
          h('label', { for: id }, String(i.text)),
        );
      }),
    );
  }
}

// The preview's Drive: the signed-in user's files in the reading pane (Drive's own "Share" simulated),
// the add-on in Drive's side panel for a selected file, and Drive's file-access dialog that a
// DriveItemsSelectedActionResponse's requestFileScope opens.
import type { ContextResult, DriveFileView, DriveView } from '../api';
import { h } from './dom';

export interface DrivePageOptions {
  pane: HTMLElement;
  get(path: string): Promise<DriveView>;
  post(path: string, body: unknown): Promise<unknown>;
  /** Shows the add-on's Drive card (or its error) in the sidebar. */
  showInSidebar(result: ContextResult): void;
  notify(text: string, error?: boolean): void;
}

export class DrivePage {
  private view: DriveView | null = null;
  private selected: string | null = null;

  constructor(private readonly options: DrivePageOptions) {}

  async show(): Promise<void> {
    this.view = await this.options.get('/api/drive');
    this.render();
    const result = (await this.options.post('/api/drive/open', { fileId: this.selected })) as ContextResult;
    this.options.showInSidebar(result);
  }

  /** Drive's dialog for requestFileScope(itemId): yes grants drive.file for the item and reruns the trigger. */
  askFileAccess(itemId: string): void {
    const file = this.view?.files.find((f) => f.id === itemId);
    const dialog = h(
      'div',
      {
        class: 'drive-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'drive-dialog-title',
      },
      h('h2', { id: 'drive-dialog-title' }, 'Allow Threadsmith to access this file?'),
      h(
        'p',
        null,
        `Threadsmith will be able to see and change “${file?.name ?? itemId}”. It can't see your other Drive files.`,
      ),
      h(
        'div',
        { class: 'drive-dialog-buttons' },
        h('button', { class: 'drive-dialog-cancel', onclick: () => dialog.remove() }, 'Cancel'),
        h(
          'button',
          {
            class: 'drive-dialog-allow primary',
            onclick: async () => {
              dialog.remove();
              const result = (await this.options.post('/api/drive/grant', { itemId })) as ContextResult;
              this.view = await this.options.get('/api/drive');
              this.render();
              this.options.showInSidebar(result);
            },
          },
          'Allow',
        ),
      ),
    );
    document.body.appendChild(dialog);
    dialog.querySelector<HTMLElement>('.drive-dialog-allow')?.focus();
  }

  private async select(id: string): Promise<void> {
    this.selected = id;
    this.render();
    const result = (await this.options.post('/api/drive/open', { fileId: id })) as ContextResult;
    this.options.showInSidebar(result);
  }

  private async share(file: DriveFileView, email: string, role: string): Promise<void> {
    try {
      this.view = (await this.options.post('/api/drive/share', {
        fileId: file.id,
        email,
        role,
      })) as DriveView;
      this.options.notify(`Shared “${file.name}” with ${email} (${role === 'editor' ? 'Editor' : 'Viewer'})`);
      this.render();
    } catch (error) {
      this.options.notify(String((error as Error).message ?? error), true);
    }
  }

  private render(): void {
    const view = this.view;
    if (!view) return;
    const rows = view.files.map((f) => {
      const email = h('input', {
        type: 'email',
        class: 'drive-share-email',
        'aria-label': `Share “${f.name}” with`,
        placeholder: 'Add people',
        value: view.users.find((u) => u !== view.me) ?? '',
      });
      const role = h(
        'select',
        { class: 'drive-share-role', 'aria-label': 'Access' },
        h('option', { value: 'viewer' }, 'Viewer'),
        h('option', { value: 'editor' }, 'Editor'),
      );
      const canShare = f.role !== 'viewer';
      return h(
        'li',
        { class: `drive-file${f.id === this.selected ? ' selected' : ''}`, 'data-file-id': f.id },
        h(
          'button',
          {
            class: 'drive-file-name',
            'aria-pressed': String(f.id === this.selected),
            onclick: () => void this.select(f.id),
          },
          f.name,
        ),
        h(
          'span',
          { class: 'drive-file-meta' },
          f.role === 'owner' ? 'Owned by you' : `Owner: ${f.owner} · you: ${f.role}`,
          f.sharedWith.length
            ? ` · shared with ${f.sharedWith.map((s) => `${s.email} (${s.role})`).join(', ')}`
            : '',
          f.trashed ? ' · in the trash' : '',
          f.addonHasFileScopePermission ? ' · Threadsmith has access' : '',
        ),
        canShare
          ? h(
              'span',
              { class: 'drive-share' },
              email,
              role,
              h(
                'button',
                {
                  class: 'drive-share-button',
                  onclick: () => void this.share(f, email.value.trim(), role.value),
                },
                'Share',
              ),
            )
          : null,
      );
    });
    this.options.pane.replaceChildren(
      h(
        'section',
        { class: 'drive-page', 'aria-label': 'Google Drive' },
        h('h1', { class: 'thread-title', tabindex: '-1' }, `My Drive · ${view.me}`),
        h(
          'p',
          { class: 'muted' },
          'Select a file to open Threadsmith for it in the side panel. Share gives another signed-in user access, as Drive’s Share dialog does.',
        ),
        rows.length
          ? h('ul', { class: 'drive-files' }, rows)
          : h('p', { class: 'pane-empty' }, 'No files in your Drive yet.'),
      ),
    );
  }
}

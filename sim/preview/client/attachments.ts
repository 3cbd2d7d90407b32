// Attachment chips (name and size), as Gmail lists the files of a message, a draft or a compose window.
import type { AttachmentView } from '../api';
import { h, icon } from './dom';

/** "208 bytes", "1.5 KB", "36 KB", "2.4 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1).replace(/\.0$/, '') : Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** Attachment chips (name and size), as Gmail lists a message's or a draft's files. */
export function attachmentList(files: AttachmentView[], label = 'Attachments'): HTMLElement {
  return h(
    'ul',
    { class: 'attachments', 'aria-label': label },
    files.map((a) =>
      h(
        'li',
        { class: 'attachment', title: `${a.filename} (${a.mimeType})` },
        icon('attach', 16),
        h('span', { class: 'attachment-name' }, a.filename),
        h('span', { class: 'attachment-size' }, fileSize(a.size)),
      ),
    ),
  );
}

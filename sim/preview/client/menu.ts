// A menu button (the WAI-ARIA menu button pattern): Enter, Space or ArrowDown open it on the first item,
// ArrowUp on the last; arrows, Home and End move; Escape closes it back on the button; Tab or a click
// elsewhere closes it. Used for the add-on's toolbar menu and a card's actions.
import { h, icon, uid } from './dom';

export interface MenuEntry {
  label: string;
  run(): void;
}

export function menuButton(options: {
  label: string;
  className?: string;
  entries: MenuEntry[];
}): HTMLElement {
  const listId = uid('menu');
  const list = h('ul', {
    class: 'menu',
    id: listId,
    hidden: true,
    role: 'menu',
    'aria-label': options.label,
  });
  const toggle = h(
    'button',
    {
      class: 'icon-btn',
      'aria-label': options.label,
      title: options.label,
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': listId,
    },
    icon('more'),
  );
  const items = options.entries.map((entry) =>
    h(
      'button',
      {
        role: 'menuitem',
        class: 'menu-item',
        tabindex: '-1',
        onclick: () => {
          close(true);
          entry.run();
        },
      },
      entry.label,
    ),
  );
  for (const item of items) list.appendChild(h('li', { role: 'none' }, item));
  const wrap = h('div', { class: `menu-wrap ${options.className ?? ''}`.trim() }, toggle, list);

  const outside = (e: Event) => {
    if (!wrap.contains(e.target as Node)) close(false);
  };
  function open(at: number): void {
    list.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    document.addEventListener('pointerdown', outside, true);
    items[(at + items.length) % items.length]?.focus();
  }
  function close(refocus: boolean): void {
    if (list.hidden) return;
    list.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    document.removeEventListener('pointerdown', outside, true);
    if (refocus) toggle.focus();
  }
  toggle.addEventListener('click', () => (list.hidden ? open(0) : close(true)));
  toggle.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowDown' ? 0 : -1);
    }
  });
  list.addEventListener('keydown', (e) => {
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const move: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in move) {
      e.preventDefault();
      items[(move[e.key]! + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab') close(false);
  });
  return wrap;
}

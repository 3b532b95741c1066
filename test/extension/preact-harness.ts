/** Mounting Preact components in a DOM test and waiting for async renders to settle. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

/** Renders `vnode` into a fresh element attached to the body. */
export async function mount(vnode: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  await act(() => render(vnode, root));
  return root;
}

/** Unmounts and removes everything `mount` rendered (call from afterEach). */
export function unmountAll(): void {
  for (const root of mounted.splice(0)) {
    render(null, root);
    root.remove();
  }
}

/** Lets pending IndexedDB replies and renders settle until `check` holds. */
export async function until(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

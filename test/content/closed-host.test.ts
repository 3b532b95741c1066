// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createClosedHost } from '../../entrypoints/content/closed-host.ts';

/** The part of WXT's context the host uses: its invalidation callbacks, which `stop()` runs. */
function fakeContext(): { ctx: ContentScriptContext; stop(): void } {
  const callbacks: Array<() => void> = [];
  return { ctx: { onInvalidated: (cb: () => void) => void callbacks.push(cb) } as unknown as ContentScriptContext, stop: () => callbacks.forEach((cb) => cb()) };
}

describe('createClosedHost', () => {
  it('puts a host with a random tag and a closed shadow root at the end of <body>, styled and rendered into', () => {
    document.body.innerHTML = '<p>正文</p>';
    const { ctx } = fakeContext();
    const onMount = vi.fn((container: HTMLElement) => container.append('提纲 26'));
    const host = createClosedHost(ctx, { tagPrefix: 'speech-outline-panel', role: 'panel', css: '.tab{color:red}', onMount, onRemove: () => {} });
    host.mount();
    expect(document.body.lastElementChild).toBe(host.element);
    expect(host.element.tagName.toLowerCase()).toMatch(/^speech-outline-panel-x[0-9a-z]{6}$/);
    expect(host.element.getAttribute('data-speech-outline')).toBe('panel');
    // A page script finds no shadow root on the element.
    expect(host.element.shadowRoot).toBeNull();
    expect(host.shadow.querySelector('style')?.textContent).toContain(':host{all:initial !important;}');
    expect(host.shadow.querySelector('style')?.textContent).toContain('.tab{color:red}');
    expect(host.shadow.querySelector('body')?.textContent).toBe('提纲 26');
    expect(onMount).toHaveBeenCalledTimes(1);
  });

  it('mounts again after the page removed it, and goes away with everything in it when the script stops', () => {
    document.body.innerHTML = '';
    const { ctx, stop } = fakeContext();
    const onRemove = vi.fn();
    const host = createClosedHost(ctx, { tagPrefix: 'speech-outline-notes', role: 'notes', css: '', onMount: (c) => c.append('工具条'), onRemove });
    host.mount();
    document.body.replaceChildren();
    expect(host.element.isConnected).toBe(false);
    host.mount();
    expect(host.element.isConnected).toBe(true);
    stop();
    expect(onRemove).toHaveBeenCalledTimes(1);
    expect(host.element.isConnected).toBe(false);
    expect(host.shadow.querySelector('body')?.childNodes).toHaveLength(0);
  });

  it('keeps typed keys from reaching the page when asked, and made-up clicks from reaching the UI', () => {
    document.body.innerHTML = '';
    const { ctx } = fakeContext();
    const host = createClosedHost(ctx, {
      tagPrefix: 'speech-outline-notes', role: 'notes', css: '', isolateEvents: ['keydown'],
      onMount: (c) => { c.innerHTML = '<textarea></textarea><button>保存</button>'; }, onRemove: () => {},
    });
    host.mount();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    host.shadow.querySelector('textarea')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    expect(pageKeys).not.toHaveBeenCalled();
    const onClick = vi.fn();
    host.shadow.querySelector('button')!.addEventListener('click', onClick);
    host.shadow.querySelector('button')!.click();
    expect(onClick).not.toHaveBeenCalled();
  });
});

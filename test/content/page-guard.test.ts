// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { blockUntrustedEvents, randomHostTag } from '../../entrypoints/content/page-guard.ts';

describe('blockUntrustedEvents', () => {
  it('keeps a click a page script made up from reaching a button inside the guarded root', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    shadow.innerHTML = '<button>删除</button><textarea></textarea>';
    document.body.append(host);
    blockUntrustedEvents(shadow);
    const onClick = vi.fn();
    const onInput = vi.fn();
    shadow.querySelector('button')!.addEventListener('click', onClick);
    shadow.querySelector('textarea')!.addEventListener('input', onInput);
    shadow.querySelector('button')!.click();
    shadow.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    shadow.querySelector('textarea')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(onClick).not.toHaveBeenCalled();
    expect(onInput).not.toHaveBeenCalled();
    host.remove();
  });

  it('leaves events outside the guarded root alone', () => {
    const shadowHost = document.createElement('div');
    blockUntrustedEvents(shadowHost.attachShadow({ mode: 'closed' }));
    const pageButton = document.createElement('button');
    document.body.append(shadowHost, pageButton);
    const onClick = vi.fn();
    pageButton.addEventListener('click', onClick);
    pageButton.click();
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('randomHostTag', () => {
  it('gives a valid custom-element name that differs from load to load', () => {
    const a = randomHostTag('speech-outline-panel');
    const b = randomHostTag('speech-outline-panel');
    expect(a).toMatch(/^speech-outline-panel-x[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
    expect(() => document.createElement(a)).not.toThrow();
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CuratedSiteList } from '../../components/options/CuratedSiteList.tsx';
import { GrantedSiteList } from '../../components/options/GrantedSiteList.tsx';
import { GrantRequest } from '../../components/options/GrantRequest.tsx';
import { OptionsApp } from '../../components/options/OptionsApp.tsx';
import { backgroundRouter } from './background-router.ts';
import { reconcileSiteScripts } from '../../entrypoints/background/site-scripts.ts';
import { ok } from '../../protocol/result.ts';
import { SPEECH_SITES } from '../../sites/speech-sites.ts';
import { installFakeActivationApis, type FakeActivationApis } from './fake-activation-apis.ts';
import { pinLanguage } from '../i18n/pin-language.ts';

// These tests read the words in Chinese, the product's first language.
pinLanguage('zh_CN');

let root: HTMLElement;
let fake: FakeActivationApis;

function mount(vnode: preact.ComponentChild): HTMLElement {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(vnode, root));
  return root;
}

/** Waits until `check` holds, letting effects and promises run. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await act(() => new Promise((r) => setTimeout(r, 5)));
  expect(check()).toBe(true);
}

function buttonIn(el: Element | null): HTMLButtonElement {
  const button = el?.querySelector('button');
  if (!button) throw new Error('no button');
  return button;
}

beforeEach(() => {
  fakeBrowser.reset();
  fake = installFakeActivationApis();
});

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('GrantedSiteList', () => {
  it('lists each granted site with a revoke button that revokes that site', async () => {
    const onRevoke = vi.fn(async () => null);
    const el = mount(<GrantedSiteList patterns={['https://a.example/*', 'http://127.0.0.2/*']} onRevoke={onRevoke} />);
    expect([...el.querySelectorAll('.site-name')].map((n) => n.textContent)).toEqual(['https://a.example', 'http://127.0.0.2']);
    await act(() => buttonIn(el.querySelector('[data-granted-site="http://127.0.0.2/*"]')).click());
    expect(onRevoke).toHaveBeenCalledWith('http://127.0.0.2/*');
  });

  it('shows why a revoke failed', async () => {
    const el = mount(<GrantedSiteList patterns={['https://a.example/*']} onRevoke={async () => 'boom'} />);
    await act(() => buttonIn(el.querySelector('[data-granted-site]')).click());
    await until(() => el.querySelector('[role="alert"]') !== null);
    expect(el.querySelector('[role="alert"]')?.textContent).toMatch(/boom/);
  });

  it('explains how to add a site when there is none', () => {
    const el = mount(<GrantedSiteList patterns={[]} onRevoke={async () => null} />);
    expect(el.querySelector('[data-granted-empty]')?.textContent).toMatch(/始终在此网站运行/);
  });
});

describe('CuratedSiteList', () => {
  it('lists every curated site by name and host, without buttons', () => {
    const el = mount(<CuratedSiteList sites={SPEECH_SITES} />);
    expect(el.querySelectorAll('[data-curated-site]')).toHaveLength(SPEECH_SITES.length);
    expect(el.querySelector('[data-curated-site="*://*.diyifanwen.com/*"]')?.textContent).toBe('第一范文网diyifanwen.com');
    expect(el.querySelector('[data-curated-site="*://*.unjs.com/*"]')?.textContent).toBe('unjs.com');
    expect(el.querySelector('button')).toBeNull();
  });
});

describe('GrantRequest', () => {
  it('asks once from the click and says what came of it', async () => {
    const onGrant = vi.fn(async () => ok({ granted: true as const, pattern: 'https://example.com/*', outlineFound: true }));
    const el = mount(<GrantRequest origin="https://example.com" onGrant={onGrant} />);
    expect(el.querySelector('button')?.textContent).toMatch(/example\.com/);
    await act(() => buttonIn(el).click());
    await until(() => el.querySelector('[data-grant-result]') !== null);
    expect(onGrant).toHaveBeenCalledTimes(1);
    expect(el.querySelector('[data-grant-result]')?.getAttribute('data-grant-result')).toBe('granted');
  });

  it('says nothing changed when the user refuses the browser’s prompt', async () => {
    const el = mount(<GrantRequest origin="https://example.com" onGrant={async () => ok({ granted: false as const })} />);
    await act(() => buttonIn(el).click());
    await until(() => el.querySelector('[data-grant-result]') !== null);
    expect(el.querySelector('[data-grant-result]')?.getAttribute('data-grant-result')).toBe('refused');
  });
});

describe('OptionsApp', () => {
  it('shows the granted sites and revokes one through the background', async () => {
    backgroundRouter().listen();
    fake.granted.add('https://a.example/*');
    await reconcileSiteScripts();
    const el = mount(<OptionsApp search="" />);
    await until(() => el.querySelector('[data-granted-site]') !== null);
    expect(el.querySelector('[data-grant-request]')).toBeNull();
    await act(() => buttonIn(el.querySelector('[data-granted-site="https://a.example/*"]')).click());
    await until(() => el.querySelector('[data-granted-empty]') !== null);
    expect(fake.granted.size).toBe(0);
    expect(fake.registered.size).toBe(0);
  });

  it('offers to allow the site the context menu sent, and registers it once allowed', async () => {
    backgroundRouter().listen();
    const el = mount(<OptionsApp search="?grant=https%3A%2F%2Fexample.com&tab=9" />);
    await until(() => el.querySelector('[data-grant-request]') !== null);
    await act(() => buttonIn(el.querySelector('[data-grant-request]')).click());
    await until(() => el.querySelector('[data-granted-site="https://example.com/*"]') !== null);
    expect([...fake.registered.keys()]).toEqual(['site:https://example.com/*']);
    expect(fake.injected).toEqual([{ tabId: 9, files: ['/content-scripts/content.js'] }]);
  }, 10_000);

  it('ignores a grant parameter that is not an origin', async () => {
    const el = mount(<OptionsApp search="?grant=javascript%3Aalert(1)" />);
    await until(() => el.querySelector('[data-granted-empty]') !== null);
    expect(el.querySelector('[data-grant-request]')).toBeNull();
  });
});

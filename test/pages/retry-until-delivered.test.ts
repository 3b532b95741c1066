import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { retryUntilDelivered } from '../../pages/retry-until-delivered.ts';
import { sendMessage } from '../../protocol/send.ts';

describe('retryUntilDelivered', () => {
  it('sends again while nobody answers (a stopped worker), and stops at the first answer', async () => {
    fakeBrowser.reset();
    let calls = 0;
    const retries: number[] = [];
    // No listener yet: the runtime has no receiver, as while the worker restarts.
    const result = await retryUntilDelivered(
      () => {
        calls++;
        if (calls === 3) fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: '已保存' }));
        return sendMessage('annotation/facets', {});
      },
      { onRetry: (n) => retries.push(n), sleep: async () => {} },
    );
    expect(result).toEqual({ ok: true, value: '已保存' });
    expect(calls).toBe(3);
    expect(retries).toEqual([1, 2]);
  });

  it('takes a refusal as final: the background answered', async () => {
    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'annotation/save: a page may only annotate itself' }));
    let calls = 0;
    const result = await retryUntilDelivered(() => {
      calls++;
      return sendMessage('annotation/facets', {});
    }, { sleep: async () => {} });
    expect(result).toEqual({ ok: false, error: 'annotation/save: a page may only annotate itself' });
    expect(calls).toBe(1);
  });
});

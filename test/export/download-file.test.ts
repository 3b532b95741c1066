// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../pages/download-file.ts';

afterEach(() => { vi.restoreAllMocks(); vi.useRealTimers(); });

describe('downloadFile', () => {
  it('clicks a temporary <a download> for an object URL, removes it and revokes the URL', async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    downloadFile({ filename: '讲话.md', mime: 'text/markdown;charset=utf-8', data: '# 讲话\n' });
    const blob = create.mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('# 讲话\n');
    expect(blob.type).toBe('text/markdown;charset=utf-8');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: '讲话.md' }]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});

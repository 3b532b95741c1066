// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { isRelevantMutation } from '../../entrypoints/content/reading/page-watch.ts';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The records a MutationObserver on <body> sees while `change` runs. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new MutationObserver((records) => seen.push(...records));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((done) => setTimeout(done, 0));
  seen.push(...observer.takeRecords());
  observer.disconnect();
  return seen;
}

function setUp() {
  document.body.innerHTML = '<div id="clock">09:30</div><div id="article"><p>一、提高认识</p></div>';
  const host = document.createElement('speech-outline-panel');
  return { root: document.getElementById('article')!, clock: document.getElementById('clock')!, host };
}

describe('isRelevantMutation', () => {
  it('counts paragraphs appended to the article (lazy loading)', async () => {
    const { root, host } = setUp();
    const records = await recordsOf(() => root.insertAdjacentHTML('beforeend', '<p>二、狠抓落实</p>'));
    expect(records.some((r) => isRelevantMutation(r, root, host))).toBe(true);
  });

  it('ignores the extension’s own host being added, and a ticking clock outside the article', async () => {
    const { root, clock, host } = setUp();
    const records = await recordsOf(() => {
      document.body.append(host);
      clock.textContent = '09:31';
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.some((r) => isRelevantMutation(r, root, host))).toBe(false);
  });

  it('counts the article being replaced (single-page navigation) and a long text added beside it', async () => {
    const { root, host } = setUp();
    const replaced = await recordsOf(() => root.remove());
    expect(replaced.some((r) => isRelevantMutation(r, root, host))).toBe(true);

    const other = setUp();
    const added = await recordsOf(() => {
      const div = document.createElement('div');
      div.textContent = '同志们：'.repeat(60);
      document.body.append(div);
    });
    expect(added.some((r) => isRelevantMutation(r, other.root, other.host))).toBe(true);
  });

  it('watches everything before a speech was found', async () => {
    const { clock, host } = setUp();
    const records = await recordsOf(() => {
      clock.textContent = '09:32';
    });
    expect(records.some((r) => isRelevantMutation(r, null, host))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../core/annotation-types.ts';
import { createUndoLast } from '../../entrypoints/content/annotate/undo-last.ts';
import type { Result } from '../../protocol/result.ts';

const note: Annotation = { id: 'n1', url: 'http://127.0.0.1/seed-p.html', kind: 'note', color: 'blue', quote: '坚持党的全面领导', note: '要点', tags: ['党建'], selectors: [], context: null, createdAt: 1, updatedAt: 1 };

function fakeList() {
  const calls: string[] = [];
  const ok = (value: Annotation): Result<Annotation> => ({ ok: true, value });
  return {
    calls,
    restore: async (a: Annotation) => (calls.push(`restore ${a.id}`), ok(a)),
    remove: async (id: string) => (calls.push(`remove ${id}`), ok({ ...note, id })),
    update: async (id: string, changes: object) => (calls.push(`update ${id} ${JSON.stringify(changes)}`), ok(note)),
  };
}

describe('createUndoLast', () => {
  it('puts a deleted note back, once', async () => {
    const list = fakeList();
    const undo = createUndoLast(list);
    expect(await undo.undo()).toBeNull();
    undo.remember({ kind: 'deleted', record: note });
    expect(undo.has()).toBe(true);
    expect((await undo.undo())?.ok).toBe(true);
    expect(await undo.undo()).toBeNull();
    expect(list.calls).toEqual(['restore n1']);
  });

  it('gives an edited note its previous colour, text and tags, and sends a new highlight to the 回收站', async () => {
    const list = fakeList();
    const undo = createUndoLast(list);
    undo.remember({ kind: 'edited', before: note });
    await undo.undo();
    undo.remember({ kind: 'created', id: 'n2' });
    await undo.undo();
    expect(list.calls).toEqual([`update n1 ${JSON.stringify({ kind: 'note', color: 'blue', note: '要点', tags: ['党建'] })}`, 'remove n2']);
    expect(undo.has()).toBe(false);
  });
});

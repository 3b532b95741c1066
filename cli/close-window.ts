/**
 * Closing a happy-dom window without letting its teardown fail the run. happy-dom
 * destroys a document by recursing through its tree, so a page nested a few
 * thousand elements deep (malformed pages leave tags unclosed) overflows the
 * stack after the outline has been built. The tree is taken apart leaf first,
 * without recursion, so every node is childless when happy-dom reaches it.
 */
import type { Window } from 'happy-dom';

/** The minimal node shape the dismantling walks; happy-dom's Node has it. */
interface TreeNode {
  lastChild: TreeNode | null;
  parentNode: TreeNode | null;
  removeChild(child: TreeNode): unknown;
}

/**
 * Empties `root` bottom-up: always remove a childless node, then climb to its
 * parent. Linear in the number of nodes; the call depth stays one.
 */
export function dismantleTree(root: TreeNode): void {
  let node: TreeNode = root;
  for (;;) {
    const child = node.lastChild;
    if (child) {
      node = child;
      continue;
    }
    if (node === root) return;
    const parent = node.parentNode;
    if (!parent) return;
    parent.removeChild(node);
    node = parent;
  }
}

/**
 * Dismantles the window's document, then closes the window. The document is
 * thrown away either way, so a failure in happy-dom's own teardown is not the
 * user's problem and must not turn a finished outline into an error.
 */
export async function closeWindowQuietly(window: Window): Promise<void> {
  try {
    dismantleTree(window.document as unknown as TreeNode);
  } catch {
    // Whatever is left is destroyed by close() below.
  }
  try {
    await window.happyDOM.close();
  } catch {
    // Teardown only: nothing of the outline depends on it.
  }
}

/**
 * In-memory stand-ins for the APIs wxt 0.21.0's fake browser leaves
 * unimplemented (scripting, permissions, contextMenus, commands,
 * runtime.getManifest, tabs.sendMessage), installed onto `fakeBrowser` so the
 * code under test keeps calling `browser.*` as it does in Chromium.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/** An event whose listeners a test can fire. */
export class FakeEvent<L extends Listener> {
  readonly listeners = new Set<L>();
  addListener = (l: L) => void this.listeners.add(l);
  removeListener = (l: L) => void this.listeners.delete(l);
  hasListener = (l: L) => this.listeners.has(l);
  hasListeners = () => this.listeners.size > 0;
  /** Calls every listener and waits for what they return. */
  async trigger(...args: Parameters<L>): Promise<unknown[]> {
    return Promise.all([...this.listeners].map((l) => l(...args)));
  }
}

/** A registered content script as the fake keeps it. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
}

/** What the fakes recorded, and the knobs a test turns. */
export interface FakeActivationApis {
  /** Patterns the user granted at run time (optional permissions). */
  granted: Set<string>;
  registered: Map<string, RegisteredScript>;
  injected: Array<{ tabId: number; files: string[] }>;
  /** Tabs given the "run here" mark (a function run in the tab), in order; the mark must come before the script. */
  marked: number[];
  /** Runs after each injection: a test makes the "content script" report here. */
  onInject: (tabId: number) => Promise<void> | void;
  /** When set, executeScript rejects with this message. */
  injectError: string | null;
  /** What permissions.request answers. */
  requestAnswer: boolean;
  menus: Array<{ id: string; title: string }>;
  sentToTabs: Array<{ tabId: number; message: unknown }>;
  /** When true, tabs.sendMessage rejects as if no content script listened. */
  noReceiver: boolean;
  events: {
    permissionsAdded: FakeEvent<(p: { origins?: string[] }) => void>;
    permissionsRemoved: FakeEvent<(p: { origins?: string[] }) => void>;
    menuClicked: FakeEvent<(info: { menuItemId: string | number }, tab?: { id?: number; url?: string; index: number }) => void>;
    command: FakeEvent<(command: string, tab?: { id?: number }) => void>;
  };
}

/** The manifest the fakes report: the store build's shape, with one demo host permission. */
export const FAKE_MANIFEST = {
  manifest_version: 3,
  name: 'test',
  version: '0.0.0',
  host_permissions: ['http://127.0.0.1/*'],
  content_scripts: [{ matches: ['*://*.gov.cn/*'], js: ['content-scripts/content.js'] }],
};

function matchesAny(pattern: string, set: Set<string>): boolean {
  return set.has(pattern) || set.has('*://*/*');
}

/** Installs the fakes on `fakeBrowser` (call after `fakeBrowser.reset()`). */
export function installFakeActivationApis(): FakeActivationApis {
  const fake: FakeActivationApis = {
    granted: new Set(),
    registered: new Map(),
    injected: [],
    marked: [],
    onInject: () => {},
    injectError: null,
    requestAnswer: true,
    menus: [],
    sentToTabs: [],
    noReceiver: false,
    events: { permissionsAdded: new FakeEvent(), permissionsRemoved: new FakeEvent(), menuClicked: new FakeEvent(), command: new FakeEvent() },
  };
  const required = new Set([...FAKE_MANIFEST.host_permissions, ...FAKE_MANIFEST.content_scripts.flatMap((s) => s.matches)]);
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;

  Object.assign(b.scripting!, {
    async executeScript(details: { target: { tabId: number }; files?: string[]; func?: () => void }) {
      if (fake.injectError) throw new Error(fake.injectError);
      if (details.func) {
        // Run where the content script will look for the mark: this world's globals stand in for the tab's.
        details.func();
        fake.marked.push(details.target.tabId);
        return [{ frameId: 0, result: undefined }];
      }
      if (!details.files) throw new Error('executeScript needs files or func');
      fake.injected.push({ tabId: details.target.tabId, files: details.files });
      await fake.onInject(details.target.tabId);
      return [{ frameId: 0, result: undefined }];
    },
    async registerContentScripts(scripts: RegisteredScript[]) {
      for (const s of scripts) {
        if (fake.registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        fake.registered.set(s.id, s);
      }
    },
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return [...fake.registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id));
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      for (const id of filter?.ids ?? [...fake.registered.keys()]) {
        if (!fake.registered.delete(id)) throw new Error(`Nonexistent script ID '${id}'`);
      }
    },
  });
  Object.assign(b.permissions!, {
    async getAll() {
      return { permissions: ['storage'], origins: [...required, ...fake.granted] };
    },
    async contains(p: { origins?: string[] }) {
      const all = new Set([...required, ...fake.granted]);
      return (p.origins ?? []).every((o) => matchesAny(o, all));
    },
    async request(p: { origins?: string[] }) {
      if (!fake.requestAnswer) return false;
      for (const o of p.origins ?? []) fake.granted.add(o);
      await fake.events.permissionsAdded.trigger({ origins: p.origins });
      return true;
    },
    async remove(p: { origins?: string[] }) {
      const origins = p.origins ?? [];
      if (origins.some((o) => required.has(o))) throw new Error('You cannot remove required permissions.');
      for (const o of origins) fake.granted.delete(o);
      await fake.events.permissionsRemoved.trigger({ origins });
      return true;
    },
    onAdded: fake.events.permissionsAdded,
    onRemoved: fake.events.permissionsRemoved,
  });
  Object.assign(b.contextMenus!, {
    async removeAll() {
      fake.menus = [];
    },
    create(props: { id: string; title: string }) {
      if (fake.menus.some((m) => m.id === props.id)) throw new Error(`Cannot create item with duplicate id ${props.id}`);
      fake.menus.push({ id: props.id, title: props.title });
      return props.id;
    },
    onClicked: fake.events.menuClicked,
  });
  Object.assign(b.commands!, { onCommand: fake.events.command });
  Object.assign(b.runtime!, { getManifest: () => FAKE_MANIFEST });
  Object.assign(b.tabs!, {
    async sendMessage(tabId: number, message: unknown) {
      if (fake.noReceiver) throw new Error('Could not establish connection. Receiving end does not exist.');
      fake.sentToTabs.push({ tabId, message });
      return undefined;
    },
  });
  return fake;
}

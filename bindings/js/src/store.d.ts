// Types of @agentmailroom/core/store (store.js).

/** A JSON value a store keeps. */
export type StoreValue = null | boolean | number | string | StoreValue[] | { [k: string]: StoreValue | undefined };

/** One op of a batch: [key, value]; value undefined (or null) deletes key. */
export type StoreOp = [key: string, value: unknown];

/**
 * Store is what the agent and the middleware persist through: reads are
 * synchronous from memory; batch applies its ops at once and resolves when
 * they are durable (rejects with MailroomError store_error otherwise, after
 * which the store refuses every call).
 */
export interface Store {
  readonly kind?: string;
  get(key: string): any;
  entries(prefix?: string): [string, any][];
  batch(ops: StoreOp[]): Promise<void>;
  close(): Promise<void>;
}

export interface FileStoreOptions {
  /** Batches in the journal before it is rewritten as one snapshot (default 20000). */
  compactAfter?: number;
}

export interface IndexedDBStoreOptions {
  /** The IndexedDB factory (default globalThis.indexedDB). */
  indexedDB?: IDBFactory;
}

export function memoryStore(): Store;
export function fileStore(dir: string, options?: FileStoreOptions): Promise<Store & { readonly dir: string }>;
export function indexedDBStore(name?: string, options?: IndexedDBStoreOptions): Promise<Store>;
/** A fileStore in Node, an indexedDBStore (named dir) elsewhere. */
export function defaultStore(dir: string): Promise<Store>;

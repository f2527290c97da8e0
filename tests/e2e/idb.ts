import type { Page, Worker } from 'playwright-core';

// Reads the extension's database from one of its pages or its worker, as the tests check what was
// stored. A page outlives a stopped worker, so tests that stop the worker read through a page.
export async function readStore<T = unknown>(target: Page | Worker, store: string, op: 'count' | 'getAll'): Promise<T> {
  return (target as Page).evaluate(
    async ([name, how]) => {
      const open = indexedDB.open('listing-lens');
      const db: IDBDatabase = await new Promise((ok, ko) => {
        open.onsuccess = () => ok(open.result);
        open.onerror = () => ko(open.error);
      });
      const os = db.transaction(name, 'readonly').objectStore(name);
      const req: IDBRequest = how === 'count' ? os.count() : os.getAll();
      const out = await new Promise((ok) => (req.onsuccess = () => ok(req.result)));
      db.close();
      return out;
    },
    [store, op] as const,
  ) as Promise<T>;
}

export const countFlags = (target: Page | Worker) => readStore<number>(target, 'flags', 'count');

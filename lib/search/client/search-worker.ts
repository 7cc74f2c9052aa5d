/**
 * Pagefind in a worker, so the page's thread stays free while it works (issue 15):
 * decompressing index chunks, compiling and running its WebAssembly and reading
 * fragments all happen off it. The worker is /assets/search.js itself, started again as
 * a module worker (search-app.ts tells the two apart), so it costs no download of its
 * own: the browser has the file already. It needs `worker-src 'self'` in the
 * Content-Security-Policy (lib/search/content-security-policy.ts).
 *
 * Where the worker cannot start (a browser without module workers, a host still sending
 * `worker-src 'none'`), Pagefind runs on the page's thread as before.
 */
import { loadPagefind, searchClient, type PagefindSettings, type SearchClient } from "./pagefind-api.ts";

type Request =
  | { readonly kind: "load"; readonly settings: PagefindSettings }
  | { readonly kind: "search"; readonly args: Parameters<SearchClient["search"]> }
  | { readonly kind: "filters" }
  | { readonly kind: "loadRest" };

type Call = Request & { readonly id: number };

type Reply = { readonly id: number } & ({ readonly value: unknown } | { readonly error: string });

/** The worker's side of the channel: the part of DedicatedWorkerGlobalScope used here. */
export interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<Call>) => void): void;
  postMessage(reply: Reply): void;
}

/** In the worker: loads Pagefind when asked and answers each call with its value or its error. */
export function serveSearch(scope: WorkerScope): void {
  let client: Promise<SearchClient> | undefined;
  const answer = async (call: Call): Promise<unknown> => {
    if (call.kind === "load") {
      client = loadPagefind(call.settings).then((index) => searchClient(index, call.settings));
      await client;
      return undefined;
    }
    if (!client) throw new Error("The search worker was asked to search before it was told where the index is");
    if (call.kind === "search") return (await client).search(...call.args);
    return call.kind === "filters" ? (await client).filters() : (await client).loadRest();
  };
  scope.addEventListener("message", ({ data: call }) => {
    answer(call).then(
      (value) => scope.postMessage({ id: call.id, value }),
      (error: unknown) => scope.postMessage({ id: call.id, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** On the page: Pagefind behind the worker, or on the page's thread where no worker starts. */
export async function connectSearch(settings: PagefindSettings): Promise<SearchClient> {
  const onThisThread = async () => searchClient(await loadPagefind(settings), settings);
  let worker: Worker;
  try {
    worker = new Worker(import.meta.url, { type: "module", name: "search" });
  } catch {
    return onThisThread();
  }

  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let calls = 0;
  let stopped = false;
  const call = (request: Request): Promise<unknown> =>
    new Promise((resolve, reject) => {
      if (stopped) return reject(new Error("The search worker has stopped"));
      const id = ++calls;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  worker.addEventListener("message", ({ data: reply }: MessageEvent<Reply>) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if ("error" in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.value);
  });
  // The script could not start (refused, or not runnable as a module worker), or it broke later.
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    stopped = true;
    for (const waiting of pending.values()) waiting.reject(new Error(`The search worker stopped: ${event.message || "it could not start"}`));
    pending.clear();
  });

  try {
    const { bundle, siteRoot, shards, shardFilter, firstShards, timeZone, language } = settings;
    await call({ kind: "load", settings: { bundle, siteRoot, shards, shardFilter, firstShards, timeZone, language } });
  } catch (error) {
    // Pagefind's own failure (its files missing, say) is the page's to show; a worker that never started is not.
    if (!stopped) throw error;
    worker.terminate();
    return onThisThread();
  }
  return {
    search: (...args) => call({ kind: "search", args }) as ReturnType<SearchClient["search"]>,
    filters: () => call({ kind: "filters" }) as ReturnType<SearchClient["filters"]>,
    loadRest: () => call({ kind: "loadRest" }) as ReturnType<SearchClient["loadRest"]>,
  };
}

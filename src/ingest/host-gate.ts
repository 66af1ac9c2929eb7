// Polite fetching: one request per host at a time within this process. Work for a host waits for the
// work before it on that host; other hosts go on.
const tails = new Map<string, Promise<unknown>>();

/** Runs `work` once every earlier piece of work for `host` has finished. */
export async function oneAtATime<T>(host: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(host) ?? Promise.resolve();
  const mine = before.then(work, work);
  const settled = mine.catch(() => {});
  tails.set(host, settled);
  try {
    return await mine;
  } finally {
    // The last in line clears the entry, so the map holds only hosts with work pending.
    if (tails.get(host) === settled) tails.delete(host);
  }
}

/** The host a URL's requests go to (host and port), or the text itself when it is no URL. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

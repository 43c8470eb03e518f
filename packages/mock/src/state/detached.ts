// The one way the gateway copies text taken from a request before keeping it beyond the request.

/**
 * A copy of `text` that shares no memory with a larger string it was cut from.
 *
 * JavaScript engines represent a part of a long string (`slice`, `trim`, `split`, a regex match) as
 * a view of it: V8 does for any part of 13 characters or more, and so do JavaScriptCore and
 * SpiderMonkey. A 1 KB preview cut from a 1 MB body and kept in a log keeps the whole megabyte alive,
 * while the log counts one kilobyte (in Node 20 and 24, 300 such previews held 300 MB after a full
 * collection; their copies, 1 MB). What the gateway keeps of a request (log previews, clipped names,
 * trimmed display names, media types, paths and queries) goes through here.
 *
 * A JSON round trip copies in every engine, browsers included (no Node built-in): `JSON.stringify`
 * writes a new string, and whatever `JSON.parse` makes of it can refer to nothing larger than that.
 * Lone surrogates survive it (they are escaped, then restored).
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

// One request as the pipeline reads it, whichever transport brought it: a fetch Request (MSW in
// process and in browsers) or node:http's request (the standalone server's, whose body is read from
// the stream only when the operation asks for it, without building a Request).
import { bodyTooLarge, invalidParameter } from "./errors.js";

/** A request being answered. */
export interface Incoming {
  readonly method: string;
  /** The absolute URL as received (links the gateway writes, such as `paging.next`, are built from it). */
  readonly url: string;
  /** A header's value (`name` lower-case), or `null`. */
  header(name: string): string | null;
  /** The raw body, read once with the first call's `limit` (later calls get the same answer); over `limit` bytes it throws 413 code 100. */
  bytes(limit: number): Uint8Array | Promise<Uint8Array>;
}

/** An {@link Incoming} over a fetch `Request`; its body is read when a handler asks for it. */
export function fromFetch(request: Request): Incoming {
  let body: Promise<Uint8Array> | undefined;
  const read = async (limit: number) => {
    const declared = Number(request.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > limit) throw bodyTooLarge(limit);
    if (request.body === null) return new Uint8Array(0);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await request.arrayBuffer());
    } catch {
      throw invalidParameter("body: could not be read");
    }
    if (bytes.byteLength > limit) throw bodyTooLarge(limit);
    return bytes;
  };
  return {
    method: request.method,
    url: request.url,
    header: (name) => request.headers.get(name),
    bytes: (limit) => (body ??= read(limit)),
  };
}

/** An {@link Incoming} whose body was already read (as the pipeline bench hands requests over). */
export function withBody(method: string, url: string, header: (name: string) => string | null, body: Uint8Array): Incoming {
  return {
    method,
    url,
    header,
    bytes(limit) {
      if (body.byteLength > limit) throw bodyTooLarge(limit);
      return body;
    },
  };
}

/** The path (`/v1/...`, still percent-encoded) and query (`?a=b` or `""`) of a serialized URL. */
export function splitUrl(href: string): { pathname: string; search: string } {
  const start = href.indexOf("/", href.indexOf("//") + 2);
  if (start < 0) return { pathname: "/", search: "" };
  let end = href.indexOf("#", start);
  if (end < 0) end = href.length;
  const query = href.indexOf("?", start);
  if (query >= 0 && query < end) return { pathname: href.slice(start, query), search: href.slice(query, end) };
  return { pathname: href.slice(start, end), search: "" };
}

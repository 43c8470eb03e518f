// The one API call the command makes, through @sigfollow/client: every template of a WABA,
// following Meta's cursor pagination, with failures turned into one-line errors (exit 2). What a
// gateway sends is bounded (pages, bytes per answer, bytes in all, templates), so a broken or
// hostile one cannot keep the command running or growing.
import { createSigFollowClient, errorFromResponse, isSigFollowError, type MessageTemplate } from "@sigfollow/client";
import { label } from "./definitions.js";
import { CliError } from "./errors.js";
import { quoted } from "./text.js";

/** The production gateway, used when neither `SIGFOLLOW_BASE_URL` nor `--base-url` is set. */
export const DEFAULT_BASE_URL = "https://api.sigfollow.com";

// Meta's list pages: `paging.next` is present only when there are more, and `paging.cursors.after`
// is the cursor of the next one. The SigFollow gateway answers in one page today (its docs: "not
// paginated yet"); when it pages, this follows.
interface TemplatePage {
  data?: unknown;
  paging?: { cursors?: { after?: string }; next?: string };
}

const MiB = 1024 * 1024;

/**
 * How much of a gateway's answers the command takes before it stops with exit 2, naming the bound.
 * Meta caps a WABA at 250 templates (6,000 for a verified business), 25 a page by default, and the
 * SigFollow gateway answers in one page: the bounds leave room for the largest account, unpaged.
 */
export const BOUNDS = {
  /** Pages of one listing (6,000 templates at Meta's 25 a page are 240). */
  pages: 1_000,
  /** Bytes of one answer, read as they come: an endless body stops here (6,000 templates of 5 KB, unpaged, fit). */
  responseBytes: 32 * MiB,
  /** Bytes of every answer of one listing together: what the command holds at most. */
  totalBytes: 64 * MiB,
  /** Templates (one per name and language) of one listing. */
  templates: 10_000,
} as const;

/** The statuses whose Response cannot have a body. */
const NULL_BODY = [204, 205, 304];
const count = (n: number) => n.toLocaleString("en-US");
const size = (bytes: number) => `${bytes / MiB} MiB`;
/** A cursor as a message shows it: its start, and its length when it is long. */
const shortened = (text: string) => (text.length <= 40 ? quoted(text) : `${quoted(text.slice(0, 40)).slice(0, -1)}…" (${count(text.length)} characters)`);

/**
 * The body of `response`, read chunk by chunk; past `limit` bytes the stream is cancelled (which
 * closes the connection) and `exceeded` thrown, so an endless or huge answer is never held whole.
 */
async function readAtMost(response: Response, limit: number, exceeded: () => CliError): Promise<Uint8Array<ArrayBuffer>> {
  // Not awaited: a cancelled stream need not settle (an in-process mock's may not).
  const cancel = (stream: { cancel(): Promise<void> } | undefined) => void stream?.cancel().catch(() => {});
  if (Number(response.headers.get("Content-Length") ?? Number.NaN) > limit) {
    cancel(response.body ?? undefined);
    throw exceeded();
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.byteLength;
    if (length > limit) {
      cancel(reader);
      throw exceeded();
    }
    chunks.push(chunk.value);
  }
  const body = new Uint8Array(length);
  chunks.reduce((at, c) => (body.set(c, at), at + c.byteLength), 0);
  return body;
}

/** Why the gateway refused or could not be reached, in one line, with the Meta error's message. */
function describe(error: unknown, baseUrl: string): CliError {
  if (!isSigFollowError(error)) return new CliError(`the request to ${baseUrl} failed: ${(error as Error)?.message ?? error}`);
  if (error.kind === "connection" || error.kind === "timeout") {
    // fetch's TypeError("fetch failed") carries the system error (ECONNREFUSED, ENOTFOUND...) as its cause.
    const cause = error.cause as { cause?: { code?: string; message?: string }; message?: string } | undefined;
    const why = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? error.message;
    return new CliError(`cannot reach the gateway at ${baseUrl} (${error.kind === "timeout" ? "timed out" : why}); check SIGFOLLOW_BASE_URL`);
  }
  const meta = (error.body as { error?: { message?: unknown } } | undefined)?.error?.message;
  const message = typeof meta === "string" ? meta : error.message;
  const code = error.code === undefined ? "" : `, code ${error.code}`;
  const hint =
    error.kind === "authentication" ? " (check SIGFOLLOW_API_KEY)" : error.kind === "permission" ? " (the key needs the templates:read scope)" : "";
  const what = error.kind === "server" ? "failed" : "refused the request";
  return new CliError(`the gateway ${what} (HTTP ${error.status}${code}): ${message}${hint}`);
}

/** The gateway the command lists templates from. */
export interface Gateway {
  baseUrl: string;
  /** Every template of the WABA, page after page; a {@link CliError} for any failure. */
  templates(wabaId: string): Promise<MessageTemplate[]>;
}

/**
 * The gateway at `baseUrl` (already checked to be an http(s) URL) with this key. Its answers are
 * read through a fetch that holds at most {@link BOUNDS}' bytes: past a bound, it stops the
 * listing (through its signal, so the client does not retry) and the listing throws that bound's
 * {@link CliError}.
 */
export function connect(apiKey: string, baseUrl: string): Gateway {
  const at = `the gateway at ${baseUrl}`;
  const stop = new AbortController();
  let read = 0;
  const bounded = async (request: Request, init?: RequestInit): Promise<Response> => {
    const response = await globalThis.fetch(request, init);
    const perResponse = BOUNDS.responseBytes <= BOUNDS.totalBytes - read;
    const exceeded = () => {
      const error = perResponse
        ? new CliError(`${at} sent an answer over ${size(BOUNDS.responseBytes)} (the bound on bytes per response); stopped`)
        : new CliError(`${at} sent over ${size(BOUNDS.totalBytes)} in all (the bound on bytes in total); stopped`);
      stop.abort(error);
      return error;
    };
    const body = await readAtMost(response, Math.min(BOUNDS.responseBytes, BOUNDS.totalBytes - read), exceeded);
    read += body.byteLength;
    return new Response(NULL_BODY.includes(response.status) ? null : body, response);
  };
  const client = createSigFollowClient({ apiKey, baseUrl, fetch: bounded });

  async function listPage(wabaId: string, after: string | undefined): Promise<TemplatePage> {
    try {
      // `after` is Meta's cursor parameter; the spec does not list it (the gateway does not page yet).
      const query = (after === undefined ? {} : { after }) as Record<string, never>;
      const { data, error, response } = await client.raw.GET("/v1/{wabaId}/message_templates", { params: { path: { wabaId }, query }, signal: stop.signal });
      if (!response.ok) throw errorFromResponse(response.status, error, { method: "GET", path: `/v1/${wabaId}/message_templates` });
      return data as TemplatePage;
    } catch (error) {
      throw stop.signal.reason instanceof CliError ? stop.signal.reason : describe(error, baseUrl);
    }
  }

  async function templates(wabaId: string): Promise<MessageTemplate[]> {
    const all: MessageTemplate[] = [];
    const listed = new Set<string>();
    const cursors = new Set<string>();
    let after: string | undefined;
    for (let pages = 1; ; pages++) {
      const page = await listPage(wabaId, after);
      if (!Array.isArray(page?.data)) throw new CliError(`${baseUrl} answered the template list without a data array: is it a SigFollow gateway?`);
      if (all.length + page.data.length > BOUNDS.templates) {
        throw new CliError(`${at} listed more than ${count(BOUNDS.templates)} templates (the bound on templates); stopped`);
      }
      for (const template of page.data as unknown[]) {
        if (!isTemplate(template)) throw new CliError(`${at} listed a template without a name, language and components: is it a SigFollow gateway?`);
        const key = `${template.name}\u0000${template.language}`;
        if (listed.has(key)) throw new CliError(`${at} listed ${label(template)} twice (a name and language is one template); stopped`);
        listed.add(key);
        all.push(template);
      }
      const next = page.paging?.next ? page.paging.cursors?.after : undefined;
      if (next === undefined) return all;
      if (typeof next !== "string") throw new CliError(`${at} answered a page cursor that is not a string: is it a SigFollow gateway?`);
      if (cursors.has(next)) throw new CliError(`${at} returned the page cursor ${shortened(next)} twice: a paging loop; stopped`);
      if (pages >= BOUNDS.pages) throw new CliError(`${at} still had more after ${count(BOUNDS.pages)} pages (the bound on pages); stopped`);
      cursors.add(next);
      after = next;
    }
  }

  return { baseUrl, templates };
}

const isTemplate = (t: unknown): t is MessageTemplate =>
  typeof t === "object" && t !== null && typeof (t as MessageTemplate).name === "string" && typeof (t as MessageTemplate).language === "string" && Array.isArray((t as MessageTemplate).components);

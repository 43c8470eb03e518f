// The one API call the command makes, through @sigfollow/client: every template of a WABA,
// following Meta's cursor pagination, with failures turned into one-line errors (exit 2).
import { errorFromResponse, isSigFollowError, type MessageTemplate, type SigFollowClient } from "@sigfollow/client";
import { CliError } from "./errors.js";

/** The production gateway, used when neither `SIGFOLLOW_BASE_URL` nor `--base-url` is set. */
export const DEFAULT_BASE_URL = "https://api.sigfollow.com";

// Meta's list pages: `paging.next` is present only when there are more, and `paging.cursors.after`
// is the cursor of the next one. The SigFollow gateway answers in one page today (its docs: "not
// paginated yet"); when it pages, this follows.
interface TemplatePage {
  data?: unknown;
  paging?: { cursors?: { after?: string }; next?: string };
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

/**
 * Every template of the WABA, page after page. Throws a {@link CliError} for an error response
 * (with the Meta error's message), an unreachable gateway or a malformed answer.
 */
export async function listAllTemplates(client: SigFollowClient, wabaId: string, baseUrl: string): Promise<MessageTemplate[]> {
  const templates: MessageTemplate[] = [];
  const cursors = new Set<string>();
  let after: string | undefined;
  do {
    let page: TemplatePage;
    try {
      // `after` is Meta's cursor parameter; the spec does not list it (the gateway does not page yet).
      const query = (after === undefined ? {} : { after }) as Record<string, never>;
      const { data, error, response } = await client.raw.GET("/v1/{wabaId}/message_templates", { params: { path: { wabaId }, query } });
      if (!response.ok) throw errorFromResponse(response.status, error, { method: "GET", path: `/v1/${wabaId}/message_templates` });
      page = data as TemplatePage;
    } catch (error) {
      throw describe(error, baseUrl);
    }
    if (!Array.isArray(page?.data)) throw new CliError(`${baseUrl} answered the template list without a data array: is it a SigFollow gateway?`);
    templates.push(...(page.data as MessageTemplate[]));
    after = page.paging?.next ? page.paging.cursors?.after : undefined;
    if (after !== undefined && cursors.has(after)) throw new CliError(`${baseUrl} returned the page cursor ${after} twice; stopping`);
    if (after !== undefined) cursors.add(after);
  } while (after !== undefined);
  return templates;
}

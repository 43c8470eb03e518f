// The tenant blacklist, listed oldest first with cursor paging.
import type { components } from "@sigfollow/client";
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { invalidParameter, objectNotFound } from "../http/errors.js";
import { requirePhone } from "../http/phone.js";
import { iso } from "../state/clock.js";
import { base64Text, fromBase64Text } from "../state/ids.js";
import type { BlacklistRecord } from "../state/store.js";

type Schemas = components["schemas"];

const entryView = (r: BlacklistRecord): Schemas["BlacklistEntry"] => ({ phone: r.phone, reason: r.reason, createdAt: iso(r.createdAt) });

/** Opaque cursor: base64 of `<sequence>:<phone>` of the last entry of a page. */
const encodeCursor = (r: BlacklistRecord) => base64Text(`${r.seq}:${r.phone}`);

function decodeCursor(cursor: string): number {
  const match = /^([0-9]{1,15}):/.exec(fromBase64Text(cursor) ?? "");
  if (!match) throw invalidParameter("after: is not a cursor returned by this endpoint");
  return Number(match[1]);
}

function listBlacklist(ctx: RequestContext<"listBlacklist">) {
  const { limit = 25, after } = ctx.params();
  const { entries, more } = ctx.store.blacklistPage(ctx.tenant, after === undefined ? 0 : decodeCursor(after), limit);
  const last = entries.at(-1);
  const paging: Schemas["BlacklistPage"]["paging"] = { cursors: {} };
  if (more && last) {
    const cursor = encodeCursor(last);
    paging.cursors.after = cursor;
    const next = new URL(ctx.request.url);
    next.search = "";
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("after", cursor);
    paging.next = next.href;
  }
  return ok({ data: entries.map(entryView), paging });
}

async function addToBlacklist(ctx: RequestContext<"addToBlacklist">) {
  const body = await ctx.json();
  requirePhone("phone", body.phone);
  return ok(entryView(ctx.store.blacklistAdd(ctx.tenant, body.phone, body.reason, ctx.now)));
}

function getBlacklistEntry(ctx: RequestContext<"getBlacklistEntry">) {
  const phone = requirePhone("phone", ctx.params().phone);
  const record = ctx.tenant.blacklist.get(phone);
  if (!record) throw objectNotFound(phone);
  return ok(entryView(record));
}

function removeFromBlacklist(ctx: RequestContext<"removeFromBlacklist">) {
  ctx.store.blacklistRemove(ctx.tenant, requirePhone("phone", ctx.params().phone));
  return ok({ ok: true as const });
}

export const blacklistHandlers = { listBlacklist, addToBlacklist, getBlacklistEntry, removeFromBlacklist } satisfies OperationHandlers;

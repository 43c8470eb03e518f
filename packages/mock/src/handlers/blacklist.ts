// The tenant blacklist, listed oldest first with cursor paging.
import type { components } from "@sigfollow/client";
import { isValidPhone, normalizePhone } from "@sigfollow/client/rules";
import { type OperationHandler, ok, type RequestContext } from "../http/context.js";
import { invalidParameter, objectNotFound } from "../http/errors.js";
import { iso } from "../state/clock.js";
import { base64Text, fromBase64Text } from "../state/ids.js";
import type { BlacklistRecord } from "../state/store.js";
import { PHONE_RULE } from "./shared.js";

type Schemas = components["schemas"];

const entryView = (r: BlacklistRecord): Schemas["BlacklistEntry"] => ({ phone: r.phone, reason: r.reason, createdAt: iso(r.createdAt) });

/** Opaque cursor: base64 of `<sequence>:<phone>` of the last entry of a page. */
const encodeCursor = (r: BlacklistRecord) => base64Text(`${r.seq}:${r.phone}`);

function decodeCursor(cursor: string): number {
  const match = /^([0-9]{1,15}):/.exec(fromBase64Text(cursor) ?? "");
  if (!match) throw invalidParameter("after: is not a cursor returned by this endpoint");
  return Number(match[1]);
}

function phoneParam(ctx: RequestContext): string {
  const { phone } = ctx.params<{ phone: string }>();
  if (!isValidPhone(phone)) throw invalidParameter(`phone: ${PHONE_RULE}`);
  return normalizePhone(phone);
}

function listBlacklist(ctx: RequestContext) {
  const { limit = 25, after } = ctx.params<{ limit?: number; after?: string }>();
  const { entries, more } = ctx.store.blacklistPage(ctx.tenant, after === undefined ? 0 : decodeCursor(after), limit);
  const last = entries.at(-1);
  const paging: Schemas["BlacklistPage"]["paging"] = { cursors: {} };
  if (more && last) {
    const cursor = encodeCursor(last);
    paging.cursors.after = cursor;
    const next = new URL(ctx.url.href);
    next.search = "";
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("after", cursor);
    paging.next = next.href;
  }
  return ok({ data: entries.map(entryView), paging });
}

async function addToBlacklist(ctx: RequestContext) {
  const body = await ctx.json<Schemas["BlacklistAddRequest"]>();
  if (!isValidPhone(body.phone)) throw invalidParameter(`phone: ${PHONE_RULE}`);
  return ok(entryView(ctx.store.blacklistAdd(ctx.tenant, body.phone, body.reason, ctx.now)));
}

function getBlacklistEntry(ctx: RequestContext) {
  const phone = phoneParam(ctx);
  const record = ctx.tenant.blacklist.get(phone);
  if (!record) throw objectNotFound(phone);
  return ok(entryView(record));
}

function removeFromBlacklist(ctx: RequestContext) {
  ctx.tenant.blacklist.delete(phoneParam(ctx));
  return ok({ ok: true });
}

export const blacklistHandlers: Record<string, OperationHandler> = { listBlacklist, addToBlacklist, getBlacklistEntry, removeFromBlacklist };

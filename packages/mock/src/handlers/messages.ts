// POST /v1/{phoneNumberId}/messages.
import { checkInteractive, checkTemplateSend } from "@sigfollow/client/rules";
import { type OperationHandlers, ok, type RequestContext } from "../http/context.js";
import { recipientBlacklisted, ruleViolation, templateNotFound, templateNotSendable, windowClosed } from "../http/errors.js";
import { requirePhone } from "../http/phone.js";

async function sendMessage(ctx: RequestContext<"sendMessage">) {
  const { phoneNumberId, filter_blacklist } = ctx.params();
  const phone = ctx.phoneNumber(phoneNumberId);
  const body = await ctx.json();
  const waId = requirePhone("to", body.to);
  // Everything below runs without awaiting: the checks and the recording are one atomic step.
  if (filter_blacklist === true && ctx.tenant.blacklist.has(waId)) throw recipientBlacklisted(waId);
  if (body.type === "template") {
    const waba = ctx.store.wabas.get(phone.wabaId)!;
    const { name, language } = body.template;
    const template = ctx.store.template(waba, name, language.code, ctx.now);
    if (template?.status === "PAUSED" || template?.status === "DISABLED") throw templateNotSendable(name, language.code, template.status);
    if (!template || template.status !== "APPROVED") throw templateNotFound(name, language.code);
    const [violation] = checkTemplateSend(template.shape, body.template);
    if (violation) throw ruleViolation(violation);
  } else {
    const [violation] = body.type === "interactive" ? checkInteractive(body.interactive) : [];
    if (violation) throw ruleViolation(violation);
    if (!ctx.store.windowOpen(phone.id, waId, ctx.now)) throw windowClosed(waId);
  }
  const id = ctx.env.ids.wamid();
  ctx.store.recordOutbound({
    id,
    tenantId: ctx.tenant.id,
    phoneNumberId: phone.id,
    apiKeyId: ctx.apiKey.id,
    to: body.to,
    waId,
    type: body.type,
    bodyText: ctx.jsonText!,
    createdAt: ctx.now,
  });
  return ok({ messaging_product: "whatsapp" as const, contacts: [{ input: body.to, wa_id: waId }], messages: [{ id }] });
}

export const messageHandlers = { sendMessage } satisfies OperationHandlers;

// The control API over HTTP, under /__mock: the same operations as the MockGateway methods, so
// tests in any language can drive the gateway.
import { z } from "zod";
import { faultSchema } from "../faults.js";
import { mediaType, readJson } from "../http/body.js";
import type { Reply } from "../http/context.js";
import { GatewayError, invalidParameter, objectNotFound } from "../http/errors.js";
import type { MockGateway } from "../gateway.js";
import { SCOPES } from "../spec.js";

const isoTime = z.iso.datetime({ offset: true });

const schemas = {
  advance: z
    .strictObject({
      ms: z.number().optional(),
      seconds: z.number().optional(),
      minutes: z.number().optional(),
      hours: z.number().optional(),
      days: z.number().optional(),
    })
    .refine((v) => Object.keys(v).length > 0, { message: "give ms, seconds, minutes, hours or days" }),
  set: z.strictObject({ now: isoTime }),
  inbound: z.strictObject({
    phoneNumberId: z.string().min(1),
    from: z.string().min(1),
    text: z.string().optional(),
    profileName: z.string().optional(),
    at: isoTime.optional(),
  }),
  reject: z.strictObject({ reason: z.string().min(1).optional() }),
  status: z.strictObject({
    status: z.enum(["APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED", "IN_APPEAL", "PENDING_DELETION", "DELETED", "LIMIT_EXCEEDED", "ARCHIVED", "LOCKED"]),
    reason: z.string().min(1).optional(),
  }),
  apiKey: z.strictObject({
    tenantId: z.string().min(1),
    scopes: z.array(z.enum(SCOPES as [string, ...string[]])).optional(),
    allowedPhoneNumberIds: z.array(z.string().min(1)).optional(),
    name: z.string().optional(),
    environment: z.enum(["test", "live"]).optional(),
    rateLimitPerSecond: z.number().int().positive().optional(),
  }),
};

async function input<T>(request: Request, schema: z.ZodType<T>, optional = false): Promise<T> {
  const empty = request.headers.get("content-length") === "0" || (!mediaType(request) && optional);
  const value = empty && optional ? {} : await readJson(request);
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw invalidParameter(`${issue.path.join(".") || "body"}: ${issue.message}`);
  }
  return result.data;
}

const ok = (body: unknown): Reply => ({ status: 200, body });

/** The control routes, documented in the README (`GET /__mock` lists them). */
export const CONTROL_ROUTES = [
  "GET    /__mock                                   this list",
  "POST   /__mock/reset                             restore the seed (body: optional { seed })",
  "GET    /__mock/clock                             { now }",
  "POST   /__mock/clock/advance                     { ms | seconds | minutes | hours | days }",
  "POST   /__mock/clock/set                         { now: ISO time }",
  "POST   /__mock/inbound                           { phoneNumberId, from, text?, profileName?, at? }",
  "GET    /__mock/inbound                           simulated inbound messages",
  "POST   /__mock/templates/{id}/approve            template → APPROVED",
  "POST   /__mock/templates/{id}/reject             template → REJECTED ({ reason? })",
  "POST   /__mock/templates/{id}/pause              template → PAUSED",
  "POST   /__mock/templates/{id}/status             { status, reason? }",
  "POST   /__mock/api-keys                          { tenantId, scopes?, allowedPhoneNumberIds?, name?, environment?, rateLimitPerSecond? }",
  "DELETE /__mock/api-keys/{id}                     revoke",
  "GET    /__mock/messages?tenantId&phoneNumberId&to accepted outbound messages",
  "GET    /__mock/requests                          recorded API requests",
  "DELETE /__mock/requests                          forget recorded requests and messages",
  "GET    /__mock/faults                            active faults",
  "POST   /__mock/faults                            { kind, route?, count?, latencyMs?, status?, retryAfterSeconds? }",
  "DELETE /__mock/faults                            remove every fault",
  "DELETE /__mock/faults/{id}                       remove one fault",
  "GET    /__mock/snapshot                          the whole state as JSON",
];

/** Answers one control request. */
export async function controlRoutes(gateway: MockGateway, request: Request, basePath: string): Promise<Reply> {
  const url = new URL(request.url);
  const parts = url.pathname
    .slice(basePath.length)
    .split("/")
    .filter(Boolean)
    .slice(1)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  const route = `${request.method} /${parts.map((p, i) => (i > 0 && (parts[0] === "templates" || parts[0] === "api-keys" || parts[0] === "faults") && i === 1 ? "{id}" : p)).join("/")}`;
  const id = parts[1] ?? "";
  switch (route) {
    case "GET /":
      return ok({ routes: CONTROL_ROUTES });
    case "POST /reset": {
      const body = await input(request, z.strictObject({ seed: z.unknown().optional() }), true);
      const report = await gateway.reset(body.seed as never);
      return ok({ ok: true, now: gateway.now(), apiKeys: report.apiKeys });
    }
    case "GET /clock":
      return ok({ now: gateway.now() });
    case "POST /clock/advance": {
      const b = await input(request, schemas.advance);
      const ms = (b.ms ?? 0) + (b.seconds ?? 0) * 1e3 + (b.minutes ?? 0) * 6e4 + (b.hours ?? 0) * 3.6e6 + (b.days ?? 0) * 8.64e7;
      return ok({ now: gateway.advanceClock(ms) });
    }
    case "POST /clock/set":
      return ok({ now: gateway.setClock((await input(request, schemas.set)).now) });
    case "POST /inbound":
      return ok(gateway.receiveInbound(await input(request, schemas.inbound)));
    case "GET /inbound":
      return ok({ data: gateway.inboundMessages() });
    case "POST /templates/{id}/approve":
      return ok(gateway.approveTemplate(id));
    case "POST /templates/{id}/pause":
      return ok(gateway.pauseTemplate(id));
    case "POST /templates/{id}/reject":
      return ok(gateway.rejectTemplate(id, (await input(request, schemas.reject, true)).reason));
    case "POST /templates/{id}/status": {
      const b = await input(request, schemas.status);
      return ok(gateway.setTemplateStatus(id, b.status, b.reason));
    }
    case "POST /api-keys":
      return ok(await gateway.createApiKey(await input(request, schemas.apiKey)));
    case "DELETE /api-keys/{id}":
      if (!gateway.revokeApiKey(id)) throw objectNotFound(id);
      return ok({ ok: true });
    case "GET /messages": {
      const q = url.searchParams;
      return ok({
        data: gateway.messages({
          tenantId: q.get("tenantId") ?? undefined,
          phoneNumberId: q.get("phoneNumberId") ?? undefined,
          to: q.get("to") ?? undefined,
        }),
      });
    }
    case "GET /requests":
      return ok({ data: gateway.requests() });
    case "DELETE /requests":
      gateway.clearRecords();
      return ok({ ok: true });
    case "GET /faults":
      return ok({ data: gateway.faults.list() });
    case "POST /faults":
      return ok(gateway.faults.add(await input(request, faultSchema)));
    case "DELETE /faults":
      gateway.faults.clear();
      return ok({ ok: true });
    case "DELETE /faults/{id}":
      if (!gateway.faults.remove(id)) throw objectNotFound(id);
      return ok({ ok: true });
    case "GET /snapshot":
      return ok(gateway.snapshot());
    default:
      throw new GatewayError(404, {
        message: `Unsupported ${request.method.toLowerCase()} request. ${url.pathname} is not a control endpoint`,
        type: "GraphMethodException",
        code: 100,
        error_subcode: 33,
        error_data: { messaging_product: "whatsapp", details: "GET /__mock lists the control endpoints." },
      });
  }
}

// The shape of the spec itself: the operations, their scopes, and the error responses every
// client and the mock rely on.
import { describe, expect, it } from "vitest";
import { type Json, type JsonObject, operationById, operations, resolveRef, spec } from "./spec.js";

const components = spec.components as JsonObject;
const schemas = components.schemas as JsonObject;
const scopes = ((components.securitySchemes as JsonObject).bearerAuth as JsonObject)["x-sigfollow-scopes"] as string[];

const EXPECTED: Record<string, [method: string, path: string, scope: string]> = {
  sendMessage: ["post", "/v1/{phoneNumberId}/messages", "messages:send"],
  uploadMedia: ["post", "/v1/{phoneNumberId}/media", "messages:send"],
  createTemplate: ["post", "/v1/{wabaId}/message_templates", "templates:write"],
  listTemplates: ["get", "/v1/{wabaId}/message_templates", "templates:read"],
  uploadTemplateMedia: ["post", "/v1/{wabaId}/template_media", "templates:write"],
  uploadLibraryAsset: ["post", "/v1/library/assets", "templates:write"],
  upsertContact: ["post", "/v1/contacts", "contacts:write"],
  getContactByPhone: ["get", "/v1/contacts/by-phone", "contacts:read"],
  getContact: ["get", "/v1/contacts/{contactId}", "contacts:read"],
  updateContact: ["patch", "/v1/contacts/{contactId}", "contacts:write"],
  deleteContact: ["delete", "/v1/contacts/{contactId}", "contacts:write"],
  assignContactTag: ["post", "/v1/contacts/{contactId}/tags", "contacts:write"],
  removeContactTag: ["delete", "/v1/contacts/{contactId}/tags/{tagId}", "contacts:write"],
  listBlacklist: ["get", "/v1/blacklist", "blacklist:read"],
  addToBlacklist: ["post", "/v1/blacklist", "blacklist:write"],
  getBlacklistEntry: ["get", "/v1/blacklist/{phone}", "blacklist:read"],
  removeFromBlacklist: ["delete", "/v1/blacklist/{phone}", "blacklist:write"],
};

const refName = (node: Json | undefined) =>
  node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string" ? node.$ref.split("/").pop() : undefined;

describe("operations", () => {
  it("are exactly the documented and designed ones", () => {
    const found = Object.fromEntries(
      operations().map(({ method, path, operation }) => [operation.operationId, [method, path, operation["x-required-scope"]]]),
    );
    expect(found).toEqual(EXPECTED);
  });

  it("lists the seven documented scopes", () => {
    expect(scopes).toEqual([
      "messages:send",
      "templates:read",
      "templates:write",
      "contacts:read",
      "contacts:write",
      "blacklist:read",
      "blacklist:write",
    ]);
  });

  it.each(operations().map((o) => [o.operation.operationId as string, o] as const))(
    "%s states its scope in both places, with summary, tag and description",
    (_id, { operation }) => {
      const scope = operation["x-required-scope"] as string;
      expect(scopes).toContain(scope);
      expect(operation.security).toEqual([{ bearerAuth: [scope] }]);
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
      expect(operation.tags).toHaveLength(1);
    },
  );

  it.each(operations().map((o) => [o.operation.operationId as string, o] as const))(
    "%s answers every error with the Meta-style ErrorResponse, including 401, 403, 429 and 5XX",
    (_id, { operation }) => {
      const responses = operation.responses as JsonObject;
      for (const status of ["401", "403", "429", "5XX"]) expect(Object.keys(responses)).toContain(status);
      for (const [status, response] of Object.entries(responses)) {
        if (status.startsWith("2")) continue;
        const media = (resolveRef<JsonObject>(response).content as JsonObject)["application/json"] as JsonObject;
        expect(refName(media.schema), `${status} schema`).toBe("ErrorResponse");
      }
      const rateLimited = resolveRef<JsonObject>(responses["429"]);
      expect(Object.keys(rateLimited.headers as JsonObject)).toEqual(["Retry-After"]);
    },
  );

  it("documents every error code SigFollow names, with its HTTP status", () => {
    const codesByStatus: Record<string, Set<number>> = {};
    for (const { operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as JsonObject)) {
        const media = (resolveRef<JsonObject>(response).content as JsonObject)["application/json"] as JsonObject;
        for (const example of Object.values((media.examples as JsonObject) ?? {})) {
          const value = resolveRef<JsonObject>(example).value as JsonObject;
          const error = value.error as JsonObject | undefined;
          if (error) (codesByStatus[status] ??= new Set()).add(error.code as number);
        }
      }
    }
    const expected: Record<string, number[]> = {
      "400": [100, 131026, 132000, 132012],
      "401": [190],
      "403": [200],
      "404": [100, 132001],
      "409": [131000, 100],
      "422": [131000],
      "413": [100],
      "429": [4],
    };
    for (const [status, codes] of Object.entries(expected)) {
      for (const code of codes) expect([...(codesByStatus[status] ?? [])], `HTTP ${status}`).toContain(code);
    }
  });

  it("documents 413 (inferred) on every operation that takes a request body, and only there", () => {
    for (const { operation } of operations()) {
      const responses = operation.responses as JsonObject;
      const id = String(operation.operationId);
      if (operation.requestBody === undefined) {
        expect(Object.keys(responses), id).not.toContain("413");
        continue;
      }
      expect(refName(responses["413"]), id).toBe("PayloadTooLarge");
    }
    expect(((spec.components as JsonObject).responses as JsonObject).PayloadTooLarge).toMatchObject({ "x-sigfollow-inferred": true });
  });

  it("marks the operations SigFollow references but does not document as inferred", () => {
    const inferred = operations()
      .filter((o) => o.operation["x-sigfollow-inferred"] === true)
      .map((o) => o.operation.operationId);
    expect(inferred.sort()).toEqual(
      ["uploadMedia", "uploadLibraryAsset", "listBlacklist", "addToBlacklist", "getBlacklistEntry", "removeFromBlacklist"].sort(),
    );
    for (const name of ["ContactTagAssignment", "BlacklistEntry", "LibraryAsset", "TemplateMediaUploadRequest"]) {
      expect((schemas[name] as JsonObject)["x-sigfollow-inferred"], name).toBe(true);
    }
  });

  it("offers the cloud server and a self-hosted one, with /v1 in every path", () => {
    const servers = spec.servers as JsonObject[];
    expect(servers.map((s) => s.url)).toEqual(["https://api.sigfollow.com", "{scheme}://{host}"]);
    for (const { path } of operations()) expect(path.startsWith("/v1/")).toBe(true);
  });

  it("sendMessage takes filter_blacklist as an optional boolean query parameter", () => {
    const params = operationById("sendMessage").operation.parameters as JsonObject[];
    expect(params).toContainEqual(
      expect.objectContaining({ name: "filter_blacklist", in: "query", required: false, schema: { type: "boolean", default: false } }),
    );
  });
});

describe("message and template unions", () => {
  const mapping = (name: string) => ((schemas[name] as JsonObject).discriminator as JsonObject).mapping as JsonObject;

  it("covers the eleven message types, each with its own object", () => {
    const types = Object.keys(mapping("SendMessageRequest"));
    expect(types).toEqual([
      "text", "image", "document", "video", "audio", "sticker", "location", "contacts", "reaction", "interactive", "template",
    ]);
    for (const [type, ref] of Object.entries(mapping("SendMessageRequest"))) {
      const schema = resolveRef<JsonObject>({ $ref: ref as string });
      expect(schema.required).toEqual(["type", type]);
      expect((schema.properties as JsonObject).type).toEqual({ type: "string", const: type });
    }
  });

  it("covers the interactive subtypes and every template button type", () => {
    expect(Object.keys(mapping("InteractiveObject"))).toEqual(
      expect.arrayContaining(["button", "list", "cta_url", "flow", "product", "product_list", "catalog_message", "location_request_message"]),
    );
    expect(Object.keys(mapping("TemplateButtonDefinition"))).toEqual([
      "QUICK_REPLY", "URL", "PHONE_NUMBER", "COPY_CODE", "OTP", "FLOW", "CATALOG", "MPM",
    ]);
  });

  it("has every send-side parameter type", () => {
    const parameterTypes = Object.entries(schemas)
      .filter(([name]) => /^Template\w+Parameter$/.test(name))
      .map(([, s]) => (((s as JsonObject).properties as JsonObject).type as JsonObject).const);
    expect(parameterTypes.sort()).toEqual(
      ["text", "currency", "date_time", "image", "video", "document", "location", "payload", "coupon_code", "action"].sort(),
    );
  });
});

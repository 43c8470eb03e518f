// Contract: every operation answers every status the spec documents for it, and every such answer
// validates against the spec (checked here with ajv over the spec itself, independently of the
// gateway's own validation code).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { createMockGateway, MAX_JSON_BYTES, MAX_UPLOAD_BYTES, type MockGateway } from "../src/index.js";
import document from "../src/generated/openapi.json";
import { IDS, KEYS, testSeed } from "./support/seed.js";

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document as object, "spec");

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const spec = document as unknown as Json;
const resolve = (node: Json): Json => (node.$ref ? resolve(node.$ref.slice(2).split("/").reduce((n: Json, k: string) => n[k.replace(/~1/g, "/")], spec)) : node);

interface Operation {
  operationId: string;
  method: string;
  path: string;
  responses: Record<string, Json>;
}
const operations: Operation[] = Object.entries(spec.paths as Json).flatMap(([path, item]) =>
  ["get", "post", "patch", "delete"].filter((m) => item[m]).map((m) => ({ operationId: item[m].operationId, method: m.toUpperCase(), path, responses: item[m].responses })),
);

const BASE = "https://contract.sigfollow.test";
interface Call {
  path: string;
  key?: string | null;
  json?: unknown;
  form?: () => FormData;
  query?: Record<string, string>;
}
const file = (type = "image/jpeg", product = false) => () => {
  const form = new FormData();
  if (product) form.set("messaging_product", "whatsapp");
  form.set("file", new Blob([new Uint8Array([1, 2, 3])], { type }), "f.jpg");
  return form;
};
const text = (to: string) => ({ messaging_product: "whatsapp", to, type: "text", text: { body: "hi" } });
const tpl = (name: string) => ({ name, language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hello" }] });

/** A valid call per operation, and the calls that produce its other documented statuses. */
const CASES: Record<string, { valid: Call } & Record<string, Call>> = {
  sendMessage: {
    valid: { path: `/v1/${IDS.phoneA1}/messages`, json: text(IDS.alicePhone) },
    "400": { path: `/v1/${IDS.phoneA1}/messages`, json: text("447700900001") },
    "403": { path: `/v1/${IDS.phoneA1}/messages`, json: text(IDS.alicePhone), key: KEYS.phone2Only },
    "404": { path: `/v1/${IDS.phoneA1}/messages`, json: { messaging_product: "whatsapp", to: IDS.alicePhone, type: "template", template: { name: "nope", language: { code: "en_US" } } } },
    "422": { path: `/v1/${IDS.phoneA1}/messages`, json: text(IDS.blacklisted), query: { filter_blacklist: "true" } },
  },
  uploadMedia: {
    valid: { path: `/v1/${IDS.phoneA1}/media`, form: file("image/jpeg", true) },
    "400": { path: `/v1/${IDS.phoneA1}/media`, form: file("image/jpeg", false) },
    "403": { path: `/v1/${IDS.phoneA1}/media`, form: file("image/jpeg", true), key: KEYS.phone2Only },
    "404": { path: `/v1/${IDS.phoneB1}/media`, form: file("image/jpeg", true) },
  },
  createTemplate: {
    valid: { path: `/v1/${IDS.wabaA}/message_templates`, json: tpl("contract_new") },
    "400": { path: `/v1/${IDS.wabaA}/message_templates`, json: tpl("Bad Name") },
    "404": { path: `/v1/${IDS.wabaB}/message_templates`, json: tpl("contract_new") },
    "409": { path: `/v1/${IDS.wabaA}/message_templates`, json: tpl("no_vars") },
  },
  listTemplates: {
    valid: { path: `/v1/${IDS.wabaA}/message_templates` },
    "400": { path: `/v1/${IDS.wabaA}/message_templates`, query: { name: "" } },
    "404": { path: `/v1/${IDS.wabaB}/message_templates` },
  },
  uploadTemplateMedia: {
    valid: { path: `/v1/${IDS.wabaA}/template_media`, form: file() },
    "400": { path: `/v1/${IDS.wabaA}/template_media`, form: file("text/plain") },
    "404": { path: `/v1/${IDS.wabaB}/template_media`, form: file() },
  },
  uploadLibraryAsset: {
    valid: { path: "/v1/library/assets", form: file() },
    "400": { path: "/v1/library/assets", json: {} },
  },
  upsertContact: {
    valid: { path: "/v1/contacts", json: { phone: "447700900001", display_name: "A" } },
    "400": { path: "/v1/contacts", json: { phone: "1" } },
  },
  getContactByPhone: {
    valid: { path: "/v1/contacts/by-phone", query: { phone: IDS.alicePhone } },
    "400": { path: "/v1/contacts/by-phone" },
    "404": { path: "/v1/contacts/by-phone", query: { phone: IDS.bobPhone } },
  },
  getContact: { valid: { path: `/v1/contacts/${IDS.alice}` }, "404": { path: `/v1/contacts/${IDS.bob}` } },
  updateContact: {
    valid: { path: `/v1/contacts/${IDS.alice}`, json: { display_name: null } },
    "400": { path: `/v1/contacts/${IDS.alice}`, json: { display_name: 1 } },
    "404": { path: `/v1/contacts/${IDS.bob}`, json: {} },
  },
  deleteContact: { valid: { path: `/v1/contacts/${IDS.alice}` }, "404": { path: `/v1/contacts/${IDS.bob}` } },
  assignContactTag: {
    valid: { path: `/v1/contacts/${IDS.alice}/tags`, json: { tag_id: IDS.tagVip } },
    "400": { path: `/v1/contacts/${IDS.alice}/tags`, json: { tag_id: "" } },
    "404": { path: `/v1/contacts/${IDS.alice}/tags`, json: { tag_id: IDS.tagDeleted } },
    "409": { path: "/v1/contacts/{full}/tags", json: { tag_id: IDS.tagVip } },
  },
  removeContactTag: { valid: { path: `/v1/contacts/${IDS.alice}/tags/${IDS.tagChurn}` } },
  listBlacklist: { valid: { path: "/v1/blacklist", query: { limit: "1" } }, "400": { path: "/v1/blacklist", query: { limit: "0" } } },
  addToBlacklist: { valid: { path: "/v1/blacklist", json: { phone: "+1 650-555-7777", reason: "stop" } }, "400": { path: "/v1/blacklist", json: {} } },
  getBlacklistEntry: {
    valid: { path: `/v1/blacklist/${IDS.blacklisted}` },
    "400": { path: "/v1/blacklist/12" },
    "404": { path: "/v1/blacklist/19998887777" },
  },
  removeFromBlacklist: { valid: { path: `/v1/blacklist/${IDS.blacklisted}` }, "400": { path: "/v1/blacklist/12" } },
};

/** The valid call with a body just over the operation's default limit (1 MB of JSON, 16 MB of multipart). */
const oversized = (valid: Call): Call => {
  const { form } = valid;
  if (form === undefined) return { ...valid, json: { ...(valid.json as object), padding: "x".repeat(MAX_JSON_BYTES) } };
  return {
    ...valid,
    form: () => {
      const padded = form();
      padded.set("padding", new Blob([new Uint8Array(MAX_UPLOAD_BYTES)]), "padding.bin");
      return padded;
    },
  };
};

let gateway: MockGateway;
let fullContact: string;

async function perform(op: Operation, call: Call): Promise<Response> {
  const url = new URL(BASE + call.path.replace("{full}", fullContact));
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = {};
  const key = call.key === undefined ? KEYS.all : call.key;
  if (key) headers.Authorization = `Bearer ${key}`;
  let body: BodyInit | undefined;
  if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers["Content-Type"] = "application/json";
  } else if (call.form) body = call.form();
  return gateway.fetch(url, { method: op.method, headers, body });
}

/** Validates a response against the documented response of its status. */
async function conforms(op: Operation, response: Response): Promise<string[]> {
  const documented = op.responses[String(response.status)] ?? op.responses[`${String(response.status)[0]}XX`];
  if (!documented) return [`status ${response.status} is not documented`];
  const resolved = resolve(documented);
  const problems: string[] = [];
  for (const header of Object.keys(resolved.headers ?? {})) if (!response.headers.has(header)) problems.push(`missing header ${header}`);
  if (!response.headers.get("content-type")?.startsWith("application/json")) problems.push("not JSON");
  const schema = resolved.content["application/json"].schema;
  const validate = ajv.compile(schema.$ref ? { $ref: `spec${schema.$ref}` } : schema);
  const body = await response.json();
  if (!validate(body)) problems.push(...(validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
  return problems;
}

beforeAll(async () => {
  gateway = createMockGateway({ seed: testSeed(), baseUrl: BASE });
  await gateway.ready;
});

describe("contract: every operation × every documented status", () => {
  const rows = operations.flatMap((op) => Object.keys(op.responses).map((status) => [op.operationId, status, op] as const));

  it("has a case for every operation", () => {
    expect(Object.keys(CASES).sort()).toEqual(operations.map((o) => o.operationId).sort());
  });

  it.each(rows)("%s answers %s as documented", async (_id, status, op) => {
    await gateway.reset();
    const contact = await gateway.fetch(`${BASE}/v1/contacts`, {
      method: "POST",
      headers: { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" },
      body: JSON.stringify({ phone: "447700900999" }),
    });
    fullContact = (await contact.json()).id;
    for (let i = 0; i < 20; i++) {
      await gateway.fetch(`${BASE}/v1/contacts/${fullContact}/tags`, {
        method: "POST",
        headers: { Authorization: `Bearer ${KEYS.all}`, "Content-Type": "application/json" },
        body: JSON.stringify({ tag_id: `cm_tag_${String(i + 1).padStart(2, "0")}` }),
      });
    }
    const cases = CASES[op.operationId]!;
    let call: Call;
    if (status === "200") call = cases.valid;
    else if (status === "401") call = { ...cases.valid, key: null };
    else if (status === "403" && !cases["403"]) call = { ...cases.valid, key: KEYS.noScopes };
    else if (status === "429") {
      gateway.faults.add({ kind: "rate_limit", route: op.operationId, count: 1 });
      call = cases.valid;
    } else if (status === "5XX") {
      gateway.faults.add({ kind: "error", route: op.operationId, count: 1 });
      call = cases.valid;
    } else if (status === "413") call = oversized(cases.valid);
    else call = cases[status]!;
    expect(call, `no case for ${op.operationId} ${status}`).toBeDefined();
    const response = await perform(op, call);
    const expected = status === "5XX" ? 503 : Number(status);
    expect(response.status, `${op.operationId}: ${await response.clone().text()}`).toBe(expected);
    expect(await conforms(op, response)).toEqual([]);
  });
});

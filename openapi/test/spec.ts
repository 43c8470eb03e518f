// Loads openapi/sigfollow.yaml and validates values against its schemas with a JSON Schema
// 2020-12 validator (the dialect of OpenAPI 3.1).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";

// ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const specPath = fileURLToPath(new URL("../sigfollow.yaml", import.meta.url));
export const spec = parse(readFileSync(specPath, "utf8")) as JsonObject;

const SPEC_ID = "https://api.sigfollow.com/openapi/sigfollow.yaml";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as object, SPEC_ID);

const cache = new Map<string, ValidateFunction>();

/** A validator for the schema at a JSON pointer inside the spec, e.g. `/components/schemas/Contact`. */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = cache.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
    cache.set(pointer, validate);
  }
  return validate;
}

/** Validates `value` against the schema at `pointer`; returns readable errors (empty when valid). */
export function check(pointer: string, value: unknown): string[] {
  const validate = validatorAt(pointer);
  return validate(value) ? [] : (validate.errors ?? []).map(formatError);
}

function formatError(e: ErrorObject): string {
  return `${e.instancePath || "/"} ${e.message ?? "is invalid"} ${JSON.stringify(e.params)}`;
}

export const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Resolves a local `$ref` (`#/components/...`) to the object it points at. */
export function resolveRef<T = JsonObject>(node: Json | undefined): T {
  if (node && typeof node === "object" && !Array.isArray(node) && typeof node.$ref === "string") {
    return resolveRef(pointerGet(node.$ref.slice(1)));
  }
  return node as T;
}

export function pointerGet(pointer: string): Json {
  let node: Json = spec;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") throw new Error(`no ${pointer} in the spec`);
    node = (node as Record<string, Json>)[key] as Json;
    if (node === undefined) throw new Error(`no ${pointer} in the spec`);
  }
  return node;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

export interface Operation {
  method: string;
  /** The path, or for a webhook its name. */
  path: string;
  /** JSON pointer of the operation object. */
  pointer: string;
  operation: JsonObject;
}

function operationsIn(section: "paths" | "webhooks"): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries((spec[section] as JsonObject | undefined) ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = (item as JsonObject)[method];
      if (operation) {
        out.push({ method, path, pointer: `/${section}/${escapePointer(path)}/${method}`, operation: operation as JsonObject });
      }
    }
  }
  return out;
}

/** Every operation of the API (`paths`). */
export function operations(): Operation[] {
  return operationsIn("paths");
}

/** Every request the gateway sends to the integrator (`webhooks`), keyed by webhook name in `path`. */
export function webhookOperations(): Operation[] {
  return operationsIn("webhooks");
}

export function operationById(operationId: string): Operation {
  const found = operations().find((o) => o.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the spec`);
  return found;
}

/** Pointer of the JSON schema of an operation's request body or response. */
export function bodySchemaPointer(operationId: string, kind: "request" | { status: string }): string {
  const op = operationById(operationId);
  if (kind === "request") {
    return `${op.pointer}/requestBody/content/application~1json/schema`;
  }
  const response = (op.operation.responses as JsonObject)[kind.status];
  if (!response) throw new Error(`${operationId} documents no ${kind.status} response`);
  const ref = (response as JsonObject).$ref;
  const base = typeof ref === "string" ? ref.slice(1) : `${op.pointer}/responses/${kind.status}`;
  return `${base}/content/application~1json/schema`;
}

/** The sample number that stands for the documentation's `{{Recipient-Phone-Number}}` placeholder. */
export const SAMPLE_PHONE = "16505551234";
export const PHONE_PLACEHOLDER = "{{Recipient-Phone-Number}}";

export function substitutePlaceholders(value: Json): Json {
  return JSON.parse(JSON.stringify(value).replaceAll(PHONE_PLACEHOLDER, SAMPLE_PHONE)) as Json;
}

export interface SeedFixture {
  file: string;
  operationId: string;
  name: string;
  kind: "request" | { status: string };
  body: Json;
}

const fixturesDir = fileURLToPath(new URL("./fixtures/seeds/", import.meta.url));

/** The documented bodies under fixtures/seeds, named `<operationId>.<name>.request.json` or `...response.<status>.json`. */
export function seedFixtures(): SeedFixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const match = /^(\w+)\.([\w-]+)\.(request|response\.(\d{3}))\.json$/.exec(file);
      if (!match) throw new Error(`fixture ${file} does not follow <operationId>.<name>.request|response.<status>.json`);
      const [, operationId, name, kindText, status] = match;
      return {
        file,
        operationId: operationId!,
        name: name!,
        kind: kindText === "request" ? "request" : { status: status! },
        body: JSON.parse(readFileSync(fixturesDir + file, "utf8")) as Json,
      };
    });
}

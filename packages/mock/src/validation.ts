// Request (and response) validation against the spec with ajv (JSON Schema 2020-12, the dialect of
// OpenAPI 3.1). One compiled validator per schema, shared by every gateway instance.
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { discriminatorMapping, type OperationSpec, spec, SPEC_ID } from "./spec.js";

// ajv-formats is CommonJS; its default export may arrive wrapped under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

function createAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: false, coerceTypes });
  addFormats(ajv);
  ajv.addSchema(spec as object, SPEC_ID);
  return ajv;
}

let bodyAjv: Ajv2020 | undefined;
let paramAjv: Ajv2020 | undefined;
const validators = new Map<string, ValidateFunction>();

/** A compiled validator for the schema at a JSON pointer inside the spec. */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    bodyAjv ??= createAjv(false);
    validate = bodyAjv.compile({ $ref: `${SPEC_ID}#${pointer}` });
    validators.set(pointer, validate);
  }
  return validate;
}

/** `a.b[0].c` from an ajv instance path `/a/b/0/c`. */
function fieldPath(instancePath: string, extra?: string): string {
  const parts = instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (extra !== undefined) parts.push(extra);
  let out = "";
  for (const part of parts) out += /^[0-9]+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

const COMBINATORS = new Set(["oneOf", "anyOf", "allOf", "if", "not", "then", "else", "contains"]);

/**
 * How well an error explains the failure: deeper is better; at equal depth, a complaint about a
 * value that is there (pattern, type...) beats one about a missing or forbidden field, which is
 * usually another `oneOf` branch's view.
 */
function score(error: ErrorObject): number {
  const base = error.instancePath.split("/").length - 1;
  const named = error.keyword === "required" || error.keyword === "unevaluatedProperties" || error.keyword === "additionalProperties";
  const depth = named ? base + 1 : base;
  return depth * 2 + (error.keyword === "required" || error.keyword === "false schema" ? 0 : 1);
}

/** The error that best explains a failure: concrete before combinators, then the best scored. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => !COMBINATORS.has(e.keyword));
  const pool = concrete.length ? concrete : errors;
  return pool.reduce((best, e) => (score(e) > score(best) ? e : best));
}

/** `error_data.details` for a validation failure: `<field>: <what is wrong>`. */
export function describeError(errors: ErrorObject[], root = "body"): string {
  const error = pickError(errors);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `${fieldPath(error.instancePath, String(params.missingProperty))}: is required`;
    case "unevaluatedProperties":
      return `${fieldPath(error.instancePath, String(params.unevaluatedProperty))}: is not a known field`;
    case "additionalProperties":
      return `${fieldPath(error.instancePath, String(params.additionalProperty))}: is not a known field`;
    case "false schema":
      return `${fieldPath(error.instancePath) || root}: is not allowed here`;
    case "enum":
      return `${fieldPath(error.instancePath) || root}: must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "const":
      return `${fieldPath(error.instancePath) || root}: must be ${JSON.stringify(params.allowedValue)}`;
    default:
      return `${fieldPath(error.instancePath) || root}: ${error.message ?? "is invalid"}`;
  }
}

/** Validates `value` against the schema at `pointer`; the details of the first problem, or `null`. */
export function check(pointer: string, value: unknown, root = "body"): string | null {
  const validate = validatorAt(pointer);
  return validate(value) ? null : describeError(validate.errors ?? [], root);
}

/**
 * Validates a request body. Bodies whose schema is a `oneOf` with a discriminator (the send
 * message union) are dispatched on `type` first, so the details name the real problem instead of
 * eleven branch errors.
 */
export function checkBody(operation: OperationSpec, body: unknown): string | null {
  const pointer = operation.bodyPointer!;
  const mapping = discriminatorMapping(pointer);
  if (mapping.size && body !== null && typeof body === "object" && !Array.isArray(body)) {
    const type = (body as { type?: unknown }).type;
    const branch = typeof type === "string" ? mapping.get(type) : undefined;
    if (type === undefined) return "type: is required";
    if (!branch) return `type: must be one of ${[...mapping.keys()].join(", ")}`;
    return check(branch, body);
  }
  return check(pointer, body);
}

const paramValidators = new Map<string, ValidateFunction>();

/**
 * Validates (and coerces: `"25"` to `25`, `"true"` to `true`) the query and path parameters of an
 * operation. Returns the coerced values and the details of the first problem, if any.
 */
export function checkParameters(
  operation: OperationSpec,
  values: Record<string, string>,
): { values: Record<string, unknown>; error: string | null } {
  let validate = paramValidators.get(operation.operationId);
  if (!validate) {
    paramAjv ??= createAjv(true);
    const properties: Record<string, unknown> = {};
    const required: string[] = [];
    for (const p of operation.parameters) {
      if (p.in !== "query" && p.in !== "path") continue;
      properties[p.name] = { $ref: `${SPEC_ID}#${p.schemaPointer}` };
      if (p.required) required.push(p.name);
    }
    validate = paramAjv.compile({ type: "object", properties, required });
    paramValidators.set(operation.operationId, validate);
  }
  const copy: Record<string, unknown> = { ...values };
  return validate(copy) ? { values: copy, error: null } : { values: copy, error: describeError(validate.errors ?? [], "query") };
}

/**
 * Checks a response against the spec: `null` when the status is documented for the operation and
 * the body (and required headers) match it, else what is wrong.
 */
export function checkResponse(operation: OperationSpec, status: number, body: unknown, headers: Headers): string | null {
  const documented = operation.responses.get(String(status)) ?? operation.responses.get(`${String(status)[0]}XX`);
  if (!documented) return `status ${status} is not documented for ${operation.operationId}`;
  for (const header of documented.headers) {
    if (!headers.has(header)) return `header ${header} is missing`;
  }
  const problem = check(documented.schemaPointer, body, "response");
  return problem ? `response body: ${problem}` : null;
}

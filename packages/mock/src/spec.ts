// The OpenAPI document (generated JSON copy of openapi/sigfollow.yaml) read into what the gateway
// needs at run time: operations, their paths, scopes, parameters and body media types.
import document from "./generated/openapi.json";

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The spec document. */
export const spec = document as unknown as JsonObject;

/** `$id` under which the spec is registered with the validators. */
export const SPEC_ID = "https://api.sigfollow.com/openapi/sigfollow.json";

/** One parameter of an operation. */
export interface ParameterSpec {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  /** JSON pointer of its schema inside the spec. */
  schemaPointer: string;
}

/** One operation of the spec, as the router and validators use it. */
export interface OperationSpec {
  operationId: string;
  method: string;
  /** The path template, e.g. `/v1/contacts/{contactId}`. */
  path: string;
  segments: string[];
  /** The API key scope the operation needs (`x-required-scope`). */
  scope: string;
  parameters: ParameterSpec[];
  /** The request body media type, or `null` when the operation takes no body. */
  bodyType: "application/json" | "multipart/form-data" | null;
  /** JSON pointer of the request body schema. */
  bodyPointer: string | null;
  /** Allowed MIME types of the multipart `file` part (from the spec's `encoding`). */
  fileTypes: string[];
  /** Documented statuses (`"200"`, `"4XX"`...) to the JSON pointer of their response schema. */
  responses: Map<string, { schemaPointer: string; headers: string[] }>;
}

const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

function resolve(node: Json | undefined): JsonObject {
  let current = node as JsonObject;
  while (current && typeof current.$ref === "string") {
    current = pointerGet(current.$ref.slice(1)) as JsonObject;
  }
  return current;
}

function pointerGet(pointer: string): Json {
  let node: Json = spec;
  for (const raw of pointer.split("/").slice(1)) {
    node = (node as JsonObject)[raw.replace(/~1/g, "/").replace(/~0/g, "~")] as Json;
  }
  return node;
}

/** The `$ref` target of a node, or the pointer it was found at. */
function refOr(node: Json | undefined, pointer: string): string {
  const ref = (node as JsonObject | undefined)?.$ref;
  return typeof ref === "string" ? ref.slice(1) : pointer;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function readOperations(): OperationSpec[] {
  const out: OperationSpec[] = [];
  for (const [path, rawItem] of Object.entries(spec.paths as JsonObject)) {
    const item = rawItem as JsonObject;
    const pathPointer = `/paths/${escape(path)}`;
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const opPointer = `${pathPointer}/${method}`;
      const parameters: ParameterSpec[] = [];
      const collect = (list: Json | undefined, base: string) => {
        ((list as Json[] | undefined) ?? []).forEach((raw, i) => {
          const p = resolve(raw);
          const at = refOr(raw, `${base}/${i}`);
          parameters.push({
            name: p.name as string,
            in: p.in as ParameterSpec["in"],
            required: p.required === true,
            schemaPointer: `${at}/schema`,
          });
        });
      };
      collect(item.parameters, `${pathPointer}/parameters`);
      collect(op.parameters, `${opPointer}/parameters`);
      const content = (op.requestBody as JsonObject | undefined)?.content as JsonObject | undefined;
      const bodyType = content?.["application/json"] ? "application/json" : content?.["multipart/form-data"] ? "multipart/form-data" : null;
      const media = bodyType ? (content![bodyType] as JsonObject) : undefined;
      const encoding = ((media?.encoding as JsonObject | undefined)?.file as JsonObject | undefined)?.contentType;
      const responses = new Map<string, { schemaPointer: string; headers: string[] }>();
      for (const [status, raw] of Object.entries(op.responses as JsonObject)) {
        const response = resolve(raw);
        const at = refOr(raw, `${opPointer}/responses/${status}`);
        const json = (response.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined;
        responses.set(status, {
          schemaPointer: refOr(json?.schema, `${at}/content/application~1json/schema`),
          headers: Object.keys((response.headers as JsonObject | undefined) ?? {}),
        });
      }
      out.push({
        operationId: op.operationId as string,
        method: method.toUpperCase(),
        path,
        segments: path.split("/").filter(Boolean),
        scope: op["x-required-scope"] as string,
        parameters,
        bodyType,
        bodyPointer: media ? refOr(media.schema, `${opPointer}/requestBody/content/${escape(bodyType!)}/schema`) : null,
        fileTypes: typeof encoding === "string" ? encoding.split(",").map((s) => s.trim()) : [],
        responses,
      });
    }
  }
  return out;
}

/** Every operation of the spec. */
export const operations: readonly OperationSpec[] = readOperations();

/** Operations by `operationId`. */
export const operationsById: ReadonlyMap<string, OperationSpec> = new Map(operations.map((o) => [o.operationId, o]));

/** The API key scopes the spec defines (`x-sigfollow-scopes`). */
export const SCOPES: readonly string[] = (
  ((spec.components as JsonObject).securitySchemes as JsonObject).bearerAuth as JsonObject
)["x-sigfollow-scopes"] as string[];

const mappings = new Map<string, Map<string, string>>();

/** The spec's `discriminator.mapping` of a schema: discriminator value to schema pointer. */
export function discriminatorMapping(schemaPointer: string): Map<string, string> {
  let result = mappings.get(schemaPointer);
  if (!result) {
    const schema = pointerGet(schemaPointer) as JsonObject;
    const mapping = ((schema.discriminator as JsonObject | undefined)?.mapping as JsonObject | undefined) ?? {};
    result = new Map(Object.entries(mapping).map(([value, ref]) => [value, (ref as string).slice(1)]));
    mappings.set(schemaPointer, result);
  }
  return result;
}

// What a handler gets for one request: the authenticated tenant and key, parameters and body
// validated against the spec and typed from the generated `operations`, and helpers that resolve
// path resources the way the gateway does (404 / 403).
import type { operations, paths } from "@sigfollow/client";
import type { Clock } from "../state/clock.js";
import type { Ids } from "../state/ids.js";
import {
  type ApiKeyRecord,
  type PhoneNumber,
  recordedJson,
  recordedName,
  recordedSize,
  recordedText,
  type Store,
  type Tenant,
  type TruncatedText,
  type Waba,
} from "../state/store.js";
import type { OperationSpec } from "../spec.js";
import { checkBody, checkParameters } from "../validation.js";
import { readForm, readJsonText } from "./body.js";
import { invalidParameter, objectNotFound, phoneNumberNotAllowed } from "./errors.js";
import type { Incoming } from "./incoming.js";

type Method = "get" | "put" | "post" | "delete" | "patch";
/** The operations under the spec's `paths`: the requests the gateway answers, not the `webhooks` it sends. */
type PathOperation = { [P in keyof paths]: NonNullable<paths[P][Method & keyof paths[P]]> }[keyof paths];
/** An operation the gateway answers, by its `operationId`. */
export type OperationId = { [K in keyof operations]: operations[K] extends PathOperation ? K : never }[keyof operations];

type ParametersOf<K extends OperationId> = operations[K]["parameters"];
type Present<T> = [NonNullable<T>] extends [never] ? unknown : NonNullable<T>;
/** The path and query parameters of an operation, as validated and coerced. */
export type OperationParams<K extends OperationId> = Present<ParametersOf<K>["path"]> & Present<ParametersOf<K>["query"]>;
/** The JSON request body of an operation. */
export type OperationBody<K extends OperationId> = K extends OperationId
  ? operations[K] extends { requestBody: { content: { "application/json": infer B } } }
    ? B
    : never
  : never;
/** The JSON body of an operation's 200 answer. */
export type OperationResult<K extends OperationId> = K extends OperationId
  ? operations[K]["responses"] extends { 200: { content: { "application/json": infer R } } }
    ? R
    : never
  : never;

/**
 * A request body as kept in the request log: JSON text, a summary of multipart fields, or none;
 * a text over 16 KiB is kept as a truncation marker with its size.
 */
export type RecordedBody = string | TruncatedText | Record<string, string | TruncatedText> | null;

/** A recorded body as the log shows it: JSON parsed, the multipart summary and truncation markers as they are. */
export const recordedValue = (body: RecordedBody): unknown => (typeof body === "string" ? recordedJson(body) : body);

/** The characters a recorded body holds (for the request log's byte bound). */
export function recordedBodySize(body: RecordedBody): number {
  if (body === null || typeof body === "string" || "truncated" in body) return recordedSize(body as string | TruncatedText | null);
  let n = 0;
  for (const key in body) n += key.length + recordedSize(body[key]);
  return n;
}

/** A handler's answer: status, JSON body and extra headers. */
export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers?: Record<string, string>;
}

/** Implements one operation of the spec. */
export type OperationHandler<K extends OperationId> = (ctx: RequestContext<K>) => Reply<OperationResult<K>> | Promise<Reply<OperationResult<K>>>;

/** Handlers for some operations; a resource's handler file `satisfies` it. */
export type OperationHandlers = { [K in OperationId]?: OperationHandler<K> };

/** The gateway internals a handler may use. */
export interface GatewayEnv {
  store: Store;
  clock: Clock;
  ids: Ids;
  limits: { jsonBytes: number; uploadBytes: number };
  review: { delayMs: number | null; outcome: "APPROVED" | "REJECTED" };
}

/** One API request being handled. */
export class RequestContext<K extends OperationId = OperationId> {
  tenant!: Tenant;
  apiKey!: ApiKeyRecord;
  /** The JSON body's text, once {@link json} read it. */
  jsonText: string | null = null;
  /** The multipart fields (files summarized), once {@link form} read them. */
  private formSummary: Record<string, string | TruncatedText> | null = null;
  private parameters: OperationParams<K> | undefined;

  constructor(
    readonly env: GatewayEnv,
    readonly request: Incoming,
    readonly operation: OperationSpec,
    readonly pathParams: Record<string, string>,
    readonly now: number,
    /** The query string (`?a=b`, or `""`). */
    readonly search: string,
  ) {}

  get store(): Store {
    return this.env.store;
  }

  /** Path and query parameters, validated against the spec and coerced (`"25"` → 25). */
  params(): OperationParams<K> {
    if (!this.parameters) {
      const raw: Record<string, string> = {};
      const query = this.search.length > 1 ? new URLSearchParams(this.search) : null;
      for (const p of this.operation.parameters) {
        if (query && p.in === "query") {
          const value = query.get(p.name);
          if (value !== null) raw[p.name] = value;
        }
      }
      Object.assign(raw, this.pathParams);
      const { values, error } = checkParameters(this.operation, raw);
      if (error) throw invalidParameter(error);
      this.parameters = values as OperationParams<K>;
    }
    return this.parameters;
  }

  /** The JSON body, validated against the operation's request schema. */
  async json(): Promise<OperationBody<K>> {
    const { text, value } = await readJsonText(this.request, this.env.limits.jsonBytes);
    this.jsonText = text;
    let problem: string | null;
    try {
      problem = checkBody(this.operation, value);
    } catch {
      problem = "body: could not be validated";
    }
    if (problem) throw invalidParameter(problem);
    return value as OperationBody<K>;
  }

  /** The multipart body. */
  async form(): Promise<FormData> {
    const form = await readForm(this.request, this.env.limits.uploadBytes);
    this.formSummary = Object.fromEntries(
      [...form.entries()]
        .slice(0, MAX_RECORDED_FIELDS)
        .map(([k, v]) => [recordedName(k), typeof v === "string" ? recordedText(v) : `[file ${recordedName(v.type || "application/octet-stream")}, ${v.size} bytes]`]),
    );
    return form;
  }

  /**
   * The body as the request log keeps it: the JSON text (parsed again when the log is read: one
   * string per request is cheaper to keep than its object tree) or the multipart summary.
   */
  get recordedBody(): RecordedBody {
    return this.jsonText === null ? this.formSummary : recordedText(this.jsonText);
  }

  /** A phone number of this tenant that the key may use: else 404 (any tenant) or 403 (not allowed). */
  phoneNumber(id: string): PhoneNumber {
    const phone = this.store.phoneNumbers.get(id);
    if (!phone || phone.tenantId !== this.tenant.id) throw objectNotFound(id);
    if (this.apiKey.allowedPhoneNumberIds && !this.apiKey.allowedPhoneNumberIds.has(id)) throw phoneNumberNotAllowed(id);
    return phone;
  }

  /** A WABA of this tenant, else 404. */
  waba(id: string): Waba {
    const waba = this.store.wabas.get(id);
    if (!waba || waba.tenantId !== this.tenant.id) throw objectNotFound(id);
    return waba;
  }
}

/** Multipart fields the log keeps of one request. */
const MAX_RECORDED_FIELDS = 64;

/** A 200 answer. */
export const ok = <T>(body: T): Reply<T> => ({ status: 200, body });

/**
 * @sigfollow/client: the typed client for the SigFollow WhatsApp gateway.
 *
 * The types below are generated from openapi/sigfollow.yaml.
 *
 * @example
 * ```ts
 * import type { components } from "@sigfollow/client";
 * type Send = components["schemas"]["SendMessageRequest"];
 * ```
 */
export type { components, operations, paths } from "./generated/openapi.js";

// The one check of a control input: a zod schema, and a 400 code 100 naming the first problem.
import type { z } from "zod";
import { invalidParameter } from "../http/errors.js";

/** `value` checked against `schema`, or a 400 code 100 `<what>.<path>: <problem>` (`body` when neither is given). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [...(what === undefined ? [] : [what]), ...issue.path].join(".");
  throw invalidParameter(`${path || "body"}: ${issue.message}`);
}

// Every body shown in SigFollow's documentation validates against the spec, and every documented
// request body is also one of the spec's own examples.
import { describe, expect, it } from "vitest";
import {
  bodySchemaPointer,
  check,
  type Json,
  type JsonObject,
  operationById,
  PHONE_PLACEHOLDER,
  resolveRef,
  seedFixtures,
  substitutePlaceholders,
} from "./spec.js";

const fixtures = seedFixtures();

function exampleValues(operationId: string): Json[] {
  const op = operationById(operationId).operation;
  const media = ((op.requestBody as JsonObject).content as JsonObject)["application/json"] as JsonObject;
  return Object.values((media.examples as JsonObject) ?? {}).map((e) => resolveRef<JsonObject>(e).value as Json);
}

describe("documented bodies (fixtures/seeds)", () => {
  it("covers every recipe and body of the documentation", () => {
    const count = (operationId: string, kind: "request" | "response") =>
      fixtures.filter((f) => f.operationId === operationId && (kind === "request") === (f.kind === "request")).length;
    expect(count("sendMessage", "request")).toBe(9); // quick start, text, image, send recipes 1-5 (recipe 2 twice)
    expect(count("createTemplate", "request")).toBe(6); // basic example, create recipes 1-4 (recipe 2 twice)
    expect(count("upsertContact", "request")).toBe(1);
    expect(count("updateContact", "request")).toBe(1);
    expect(count("assignContactTag", "request")).toBe(1);
    expect(fixtures.filter((f) => f.kind !== "request").length).toBe(7);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))("%s validates against the spec", (_file, fixture) => {
    const pointer = bodySchemaPointer(fixture.operationId, fixture.kind);
    expect(check(pointer, substitutePlaceholders(fixture.body))).toEqual([]);
  });

  // The templates quick start shows a body with variables but no `example`, which the same page
  // says templates with variables must declare: the gateway answers it with code 100 (see
  // packages/client/src/rules). The spec's `basic` example is that body with its example added.
  const incompleteInDocs = ["createTemplate.basic.request.json"];

  it("the documented quick-start template is the spec's basic example minus its example", () => {
    const [fixture] = fixtures.filter((f) => f.file === incompleteInDocs[0]);
    const basic = exampleValues("createTemplate")[0] as { components: { example?: unknown }[] };
    expect(basic.components[0]!.example).toEqual({ body_text: [["Alice", "ORD-90211"]] });
    const { example: _example, ...withoutExample } = basic.components[0]!;
    expect({ ...basic, components: [withoutExample] }).toEqual(fixture!.body);
  });

  it.each(fixtures.filter((f) => f.kind === "request" && !incompleteInDocs.includes(f.file)).map((f) => [f.file, f] as const))(
    "%s is one of the operation's examples",
    (_file, fixture) => {
      expect(exampleValues(fixture.operationId)).toContainEqual(substitutePlaceholders(fixture.body));
    },
  );

  it("the recipient placeholder is not itself a valid phone number", () => {
    // Why the fixtures substitute it: sending the literal placeholder must be rejected.
    const [text] = fixtures.filter((f) => f.file === "sendMessage.text.request.json");
    expect(JSON.stringify(text!.body)).toContain(PHONE_PLACEHOLDER);
    expect(check(bodySchemaPointer("sendMessage", "request"), text!.body)).not.toEqual([]);
  });
});

// Every example in the spec validates against the schema it illustrates.
import { describe, expect, it } from "vitest";
import { check, escapePointer, type Json, type JsonObject, operations, pointerGet, resolveRef, spec, webhookOperations } from "./spec.js";

interface ExampleCase {
  where: string;
  schemaPointer: string;
  value: Json;
}

function isObject(node: unknown): node is JsonObject {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

/** Pointer a (possibly `$ref`) node finally lives at. */
function targetPointer(node: Json, pointer: string): string {
  return isObject(node) && typeof node.$ref === "string" ? targetPointer(pointerGet(node.$ref.slice(1)), node.$ref.slice(1)) : pointer;
}

/** Examples of a media type, parameter or header object (`example` or an `examples` map). */
function examplesOf(holder: JsonObject, holderPointer: string, where: string): ExampleCase[] {
  const schemaPointer = `${holderPointer}/schema`;
  const cases: ExampleCase[] = [];
  if ("example" in holder) cases.push({ where: `${where} example`, schemaPointer, value: holder.example as Json });
  if (isObject(holder.examples)) {
    for (const [name, example] of Object.entries(holder.examples)) {
      const resolved = resolveRef<JsonObject>(example);
      cases.push({ where: `${where} examples.${name}`, schemaPointer, value: resolved.value as Json });
    }
  }
  return cases;
}

function collectOperationExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const { operation, pointer, method, path } of [...operations(), ...webhookOperations()]) {
    const label = `${method.toUpperCase()} ${pointer.startsWith("/webhooks/") ? `webhook ${path}` : path}`;
    const itemPointer = pointer.slice(0, pointer.lastIndexOf("/"));
    const parameterLists: [Json | undefined, string][] = [
      [(pointerGet(itemPointer) as JsonObject).parameters, `${itemPointer}/parameters`],
      [operation.parameters, `${pointer}/parameters`],
    ];
    for (const [list, listPointer] of parameterLists) {
      (Array.isArray(list) ? list : []).forEach((param, i) => {
        const at = targetPointer(param, `${listPointer}/${i}`);
        const resolved = resolveRef<JsonObject>(param);
        cases.push(...examplesOf(resolved, at, `${label} parameter ${String(resolved.name)}`));
      });
    }
    const requestBody = operation.requestBody as JsonObject | undefined;
    const json = (requestBody?.content as JsonObject | undefined)?.["application/json"];
    if (isObject(json)) {
      cases.push(...examplesOf(json, `${pointer}/requestBody/content/application~1json`, `${label} request`));
    }
    for (const [status, response] of Object.entries(operation.responses as JsonObject)) {
      const at = targetPointer(response, `${pointer}/responses/${escapePointer(status)}`);
      const resolved = resolveRef<JsonObject>(response);
      const content = (resolved.content as JsonObject | undefined)?.["application/json"];
      if (isObject(content)) cases.push(...examplesOf(content, `${at}/content/application~1json`, `${label} ${status}`));
      for (const [name, header] of Object.entries((resolved.headers as JsonObject | undefined) ?? {})) {
        const headerAt = targetPointer(header, `${at}/headers/${escapePointer(name)}`);
        cases.push(...examplesOf(resolveRef<JsonObject>(header), headerAt, `${label} ${status} header ${name}`));
      }
    }
  }
  return cases;
}

/** JSON Schema `examples` arrays anywhere inside component schemas. */
function collectSchemaExamples(node: Json, pointer: string, out: ExampleCase[] = []): ExampleCase[] {
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectSchemaExamples(child, `${pointer}/${i}`, out));
  } else if (isObject(node)) {
    if (Array.isArray(node.examples)) {
      node.examples.forEach((value, i) => out.push({ where: `${pointer} examples[${i}]`, schemaPointer: pointer, value }));
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "examples") collectSchemaExamples(child, `${pointer}/${escapePointer(key)}`, out);
    }
  }
  return out;
}

const operationExamples = collectOperationExamples();
const schemaExamples = collectSchemaExamples((spec.components as JsonObject).schemas as Json, "/components/schemas");

describe("spec examples", () => {
  it("finds the examples to check", () => {
    // Guards the walkers above: if they silently stop finding examples, this fails.
    expect(operationExamples.length).toBeGreaterThanOrEqual(90);
    expect(operationExamples.filter((c) => c.where.includes(" webhook ")).length).toBeGreaterThanOrEqual(30);
    expect(schemaExamples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(operationExamples.map((c) => [c.where, c] as const))("%s validates", (_where, c) => {
    expect(check(c.schemaPointer, c.value)).toEqual([]);
  });

  it.each(schemaExamples.map((c) => [c.where, c] as const))("%s validates", (_where, c) => {
    expect(check(c.schemaPointer, c.value)).toEqual([]);
  });

  it("every shared example in components/examples is used and valid", () => {
    const shared = Object.keys((spec.components as JsonObject).examples as JsonObject);
    const text = JSON.stringify(spec.paths) + JSON.stringify((spec.components as JsonObject).responses);
    for (const name of shared) {
      expect(text, `components/examples/${name} is unused`).toContain(`#/components/examples/${name}`);
    }
  });
});

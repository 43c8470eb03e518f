import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../generated/openapi.js";
import { weeklyPromo } from "../../test/fixtures/template-definitions.js";
import * as entry from "./index.js";
import type { RuleViolation } from "../rules/violation.js";
import { message } from "./message.js";
import type { Placeholders, PositionalTuple } from "./placeholder-types.js";
import { template, type SpecOf, type TemplateSource } from "./template.js";
import { templateDefinition } from "./template-definition.js";
import { isTemplateRuleError, type SigFollowError, type TemplateRuleError } from "../errors.js";

type S = components["schemas"];
const image = { type: "image", image: { link: "https://cdn.example.com/banner.jpg" } } as const;
const video = { type: "video", video: { link: "https://cdn.example.com/v.mp4" } } as const;

describe("message", () => {
  it("build() returns the request type of the chosen message type", () => {
    expectTypeOf(message("1").text("Hi").build()).toEqualTypeOf<S["TextMessageRequest"]>();
    expectTypeOf(message("1").image({ id: "1" }).context("wamid").build()).toEqualTypeOf<S["ImageMessageRequest"]>();
    expectTypeOf(message("1").template(template("t", "en_US")).build()).toEqualTypeOf<S["TemplateMessageRequest"]>();
    expectTypeOf(message("1").reaction("wamid", "👍").build()).toExtend<S["SendMessageRequest"]>();
  });

  it("build() needs a message type first", () => {
    // @ts-expect-error no message type chosen
    message("1").build();
    // @ts-expect-error no message type chosen, context does not choose one
    message("1").context("wamid").build();
  });

  it("media takes exactly one of id or link", () => {
    // @ts-expect-error id and link together
    message("1").image({ id: "1", link: "https://e.x/i.jpg" });
    // @ts-expect-error stickers take no caption
    message("1").sticker({ id: "1", caption: "x" });
  });
});

describe("template without a definition", () => {
  it("accepts either style, then sticks to it (phantom format)", () => {
    template("t", "en_US").body("Alice", "ORD-1");
    template("t", "en_US").body({ customer_name: "Alice" });
    template("t", "en_US").header("ORD-1").body("Alice");
    template("t", "en_US").header({ order_id: "ORD-1" }).body({ customer_name: "Alice" });
    template("t", "en_US").header(image).body({ customer_name: "Alice" });
    // @ts-expect-error named header, positional body
    template("t", "en_US").header({ order_id: "ORD-1" }).body("Alice");
    // @ts-expect-error positional body, named header
    template("t", "en_US").body("Alice").header({ order_id: "ORD-1" });
    // @ts-expect-error parameter_name in a positional value
    template("t", "en_US").body({ type: "text", parameter_name: "x", text: "Alice" }, "b");
  });

  it("buttons take the value of their sub_type", () => {
    template("t", "en_US").button("quick_reply", 0, "PAYLOAD").button("url", "1", "ORD").button("copy_code", 2, "SAVE20");
    template("t", "en_US").button("flow", 0, { flow_token: "tok" });
    // @ts-expect-error a quick reply takes a string payload
    template("t", "en_US").button("quick_reply", 0, { flow_token: "tok" });
    // @ts-expect-error unknown sub_type
    template("t", "en_US").button("phone_number", 0, "x");
  });

  it("build() returns the TemplateObject", () => {
    expectTypeOf(template("t", "en_US").build()).toEqualTypeOf<S["TemplateObject"]>();
  });
});

describe("template from a literal definition", () => {
  const named = template({
    name: "order_shipped_named",
    language: "en_US",
    category: "UTILITY",
    parameter_format: "NAMED",
    components: [{ type: "BODY", text: "Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}." }],
  });

  it("named: exactly the placeholder names", () => {
    named.body({ customer_name: "Alice", order_id: "X", ship_date: "Y" });
    // @ts-expect-error missing ship_date
    named.body({ customer_name: "Alice", order_id: "X" });
    // @ts-expect-error unknown name
    named.body({ customer_name: "Alice", order_id: "X", ship_date: "Y", shipdate: "Z" });
    // @ts-expect-error positional values for a named template
    named.body("Alice", "X", "Y");
  });

  it("named is detected from {{word}} placeholders without parameter_format", () => {
    const detected = template({ name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{name}}" }] });
    detected.body({ name: "Alice" });
    // @ts-expect-error the template is NAMED
    detected.body("Alice");
  });

  it("positional: exactly one value per placeholder", () => {
    const positional = template({
      name: "order_shipped_positional",
      language: "en_US",
      category: "UTILITY",
      components: [{ type: "BODY", text: "Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}." }],
    });
    positional.body("Alice", "ORD-90211", { type: "date_time", date_time: { fallback_value: "Apr 22" } });
    // @ts-expect-error two values for three placeholders
    positional.body("Alice", "ORD-90211");
    // @ts-expect-error four values for three placeholders
    positional.body("Alice", "ORD-90211", "Apr 22", "extra");
    // @ts-expect-error named values for a positional template
    positional.body({ customer_name: "Alice" });
  });

  it("header by format, buttons by index and sub_type; static URL buttons cannot be sent", () => {
    const full = template({
      name: "order_confirmation_v2",
      language: "en_US",
      category: "UTILITY",
      components: [
        { type: "HEADER", format: "IMAGE" },
        { type: "BODY", text: "Hi {{customer_name}}, order {{order_id}}." },
        {
          type: "BUTTONS",
          buttons: [
            { type: "QUICK_REPLY", text: "Track package" },
            { type: "URL", text: "View order", url: "https://shop.example.com/orders/{{1}}" },
            { type: "URL", text: "Contact support", url: "https://shop.example.com/support" },
            { type: "COPY_CODE", example: "SAVE20" },
          ],
        },
      ],
    });
    full.header(image).body({ customer_name: "A", order_id: "B" }).button("quick_reply", 0, "T").button("url", "1", "ORD").button("copy_code", 3, "C");
    // @ts-expect-error an IMAGE header takes an image
    full.header(video);
    // @ts-expect-error an IMAGE header takes no text
    full.header("text");
    // @ts-expect-error button 2 is a static URL: never sent
    full.button("url", 2, "x");
    // @ts-expect-error button 0 is a quick reply, not a url
    full.button("url", 0, "x");
    // @ts-expect-error there is no button 4
    full.button("quick_reply", 4, "x");
  });

  it("TEXT header names; no header means no header()", () => {
    const textHeader = template({
      name: "t",
      language: "en_US",
      category: "UTILITY",
      components: [
        { type: "HEADER", format: "TEXT", text: "Order {{order_id}}" },
        { type: "BODY", text: "Hi {{name}}" },
      ],
    });
    textHeader.header({ order_id: "1" }).body({ name: "A" });
    // @ts-expect-error unknown header name
    textHeader.header({ orderid: "1" });
    const bodyOnly = template({ name: "t", language: "en_US", category: "UTILITY", components: [{ type: "BODY", text: "Hi {{1}}" }] });
    // @ts-expect-error the template has no header
    bodyOnly.header(image);
    // @ts-expect-error the template has no buttons
    bodyOnly.button("quick_reply", 0, "x");
  });

  it("AUTHENTICATION: one body value (the code), the OTP button is a url at index 0", () => {
    const otp = template({
      name: "verification_otp",
      language: "en_US",
      category: "AUTHENTICATION",
      components: [
        { type: "BODY", add_security_recommendation: true },
        { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy code" }] },
      ],
    });
    otp.body("123456").button("url", 0, "123456");
    // @ts-expect-error one value: the code
    otp.body("123456", "x");
  });

  it("works with a definition declared `as const` elsewhere", () => {
    const definition = {
      name: "order_shipped_named",
      language: "en_US",
      category: "UTILITY",
      components: [{ type: "BODY", text: "Hi {{customer_name}}, order {{order_id}}." }],
    } as const satisfies TemplateSource;
    expectTypeOf<SpecOf<typeof definition>["format"]>().toEqualTypeOf<"NAMED">();
    expectTypeOf<SpecOf<typeof definition>["body"]>().toEqualTypeOf<"customer_name" | "order_id">();
    template(definition).body({ customer_name: "Alice", order_id: "X" });
    // @ts-expect-error order_id is missing
    template(definition).body({ customer_name: "Alice" });
    expectTypeOf(template(definition).body({ customer_name: "Alice", order_id: "X" }).build()).toEqualTypeOf<S["TemplateObject"]>();
  });

  it("a MessageTemplate from the list endpoint is not literal: everything is allowed, build() checks", () => {
    template(weeklyPromo).header(video).body("Alice").button("url", 7, "x");
    template(weeklyPromo).header(video).body({ name: "x" }).button("copy_code", "7", "x");
  });
});

describe("templateDefinition", () => {
  it("sample values follow the literal text", () => {
    const t = templateDefinition("t", "en_US", "UTILITY");
    t.body("Hi {{1}}, order {{2}}", ["Alice", "ORD-1"]);
    t.body("Hi {{name}}", { name: "Alice" });
    t.body("No variables");
    // @ts-expect-error one sample per variable
    t.body("Hi {{1}}, order {{2}}", ["Alice"]);
    // @ts-expect-error the variables need samples
    t.body("Hi {{1}}");
    // @ts-expect-error unknown name
    t.body("Hi {{name}}", { nam: "Alice" });
    // @ts-expect-error no variables, no samples
    t.body("No variables", ["x"]);
    t.header("TEXT", "Order {{1}}", ["ORD-1"]);
    // @ts-expect-error the header variable needs a sample
    t.header("TEXT", "Order {{1}}");
    t.header("IMAGE", "4::handle").header("LOCATION");
    // @ts-expect-error LOCATION headers take no handle
    t.header("LOCATION", "4::handle");
  });

  it("buttons take the fields of their type", () => {
    const t = templateDefinition("t", "en_US", "UTILITY");
    t.button("URL", { text: "Track", url: "https://e.x/{{1}}", example: ["https://e.x/1"] });
    t.button("OTP", { otp_type: "ONE_TAP", package_name: "com.example" });
    // @ts-expect-error a URL button needs a url
    t.button("URL", { text: "Track" });
    // @ts-expect-error unknown button type
    t.button("LINK", { text: "x" });
  });

  it("named and positional never mix across header, body and parameterFormat", () => {
    const t = templateDefinition("t", "en_US", "UTILITY");
    t.header("TEXT", "Order {{order_id}}", { order_id: "1" }).body("Hi {{name}}", { name: "A" }).parameterFormat("NAMED");
    t.header("TEXT", "Welcome").body("Hi {{1}}", ["A"]).footer("Bye");
    // @ts-expect-error positional header, named body
    t.header("TEXT", "Order {{1}}", ["1"]).body("Hi {{name}}", { name: "A" });
    // @ts-expect-error named body, positional header
    t.body("Hi {{name}}", { name: "A" }).header("TEXT", "Order {{1}}", ["1"]);
    // @ts-expect-error a NAMED template takes {{name}} placeholders
    t.parameterFormat("NAMED").body("Hi {{1}}", ["A"]);
    // @ts-expect-error the body made it NAMED
    t.body("Hi {{name}}", { name: "A" }).parameterFormat("POSITIONAL");
  });

  it("build() returns the TemplateCreateRequest", () => {
    expectTypeOf(templateDefinition("t", "en_US", "UTILITY").body("Hi").build()).toEqualTypeOf<S["TemplateCreateRequest"]>();
  });
});

describe("placeholder types", () => {
  it("extract names and counts from literal texts", () => {
    expectTypeOf<Placeholders<"Hi {{customer_name}}, order {{order_id}}">>().toEqualTypeOf<"customer_name" | "order_id">();
    expectTypeOf<Placeholders<string>>().toEqualTypeOf<string>();
    expectTypeOf<PositionalTuple<Placeholders<"{{2}} {{1}} {{2}}">, string>>().toEqualTypeOf<[string, string]>();
  });
});

describe("TemplateRuleError", () => {
  it("the guard narrows to the error with its Meta code", () => {
    const error: unknown = new Error("x");
    if (isTemplateRuleError(error)) {
      expectTypeOf(error).toEqualTypeOf<TemplateRuleError>();
      expectTypeOf(error.code).toEqualTypeOf<100 | 132000 | 132012>();
      expectTypeOf(error.violations).toEqualTypeOf<readonly RuleViolation[]>();
      expectTypeOf(error.kind).toEqualTypeOf<"template" | "validation">();
      expectTypeOf(error).toMatchTypeOf<SigFollowError>();
    }
  });
});

describe("public entry", () => {
  it("exports the builders from @sigfollow/client/builders", () => {
    expectTypeOf(entry.message).toEqualTypeOf(message);
    expectTypeOf(entry.template).toEqualTypeOf(template);
    expectTypeOf(entry.templateDefinition).toEqualTypeOf(templateDefinition);
    expectTypeOf(entry.isTemplateRuleError).toEqualTypeOf(isTemplateRuleError);
  });
});

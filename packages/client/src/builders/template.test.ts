import { describe, expect, it } from "vitest";
import type { components } from "../generated/openapi.js";
import { seedRequest } from "../../test/fixtures/seeds.js";
import {
  definitionsByRecipe,
  orderConfirmationV2,
  orderShippedNamed,
  orderShippedPositional,
  shippingWithActions,
  verificationOtp,
  weeklyPromo,
} from "../../test/fixtures/template-definitions.js";
import { message } from "./message.js";
import { template, type TemplateBuilder } from "./template.js";
import { isTemplateRuleError, type TemplateRuleError } from "../errors.js";

type MessageTemplate = components["schemas"]["MessageTemplate"];
const to = "{{Recipient-Phone-Number}}";
const json = (value: unknown) => JSON.stringify(value);
const seed = (name: keyof typeof definitionsByRecipe) => json(seedRequest("sendMessage", name));

/** The error a call throws, asserting it is a TemplateRuleError. */
function ruleError(call: () => unknown): TemplateRuleError {
  try {
    call();
  } catch (error) {
    if (isTemplateRuleError(error)) return error;
    throw error;
  }
  throw new Error("expected a TemplateRuleError");
}

// Each recipe, built once by name and language and once from the template's definition.
const recipes: Record<keyof typeof definitionsByRecipe, (t: TemplateBuilder) => TemplateBuilder<any>> = {
  "send-recipe-1-header-image": (t) => t.header({ type: "image", image: { link: "https://cdn.example.com/banner.jpg" } }).body("Alice"),
  "send-recipe-2-positional": (t) => t.body("Alice", "ORD-90211", "Apr 22"),
  "send-recipe-2-named": (t) => t.body({ customer_name: "Alice", order_id: "ORD-90211", ship_date: "Apr 22" }),
  "send-recipe-3-buttons": (t) => t.body("ORD-90211").button("quick_reply", 0, "TRACK_PKG_90211").button("url", 1, "ORD-90211"),
  "send-recipe-4-full-scenario": (t) =>
    t
      .header({ type: "image", image: { link: "https://cdn.example.com/orders/ORD-90211.jpg" } })
      .body({ customer_name: "Alice", order_id: "ORD-90211", amount: "$259.00" })
      // out of index order on purpose: components come out sorted by index
      .button("url", 2, "ORD-90211")
      .button("quick_reply", 0, "TRACK_PKG_90211")
      .button("quick_reply", "1", "CONTACT_AGENT_90211"),
  "send-recipe-5-otp": (t) => t.body("123456").button("url", 0, "123456"),
};

describe("template sends: the documented recipes byte for byte", () => {
  for (const [name, fill] of Object.entries(recipes) as [keyof typeof recipes, (t: TemplateBuilder) => TemplateBuilder<any>][]) {
    const definition: MessageTemplate = definitionsByRecipe[name];
    it(`${name} by name and language`, () => {
      const built = message(to).template(fill(template(definition.name, definition.language))).build();
      expect(json(built)).toBe(seed(name));
    });
    it(`${name} from its definition (checked)`, () => {
      const built = message(to).template(fill(template(definition) as TemplateBuilder)).build();
      expect(json(built)).toBe(seed(name));
    });
  }

  it("recipe 1 with the header image by media id", () => {
    const built = template(weeklyPromo).header({ type: "image", image: { id: "1479537139650973" } }).body("Alice").build();
    expect(built.components?.[0]).toEqual({ type: "header", parameters: [{ type: "image", image: { id: "1479537139650973" } }] });
  });
});

describe("template sends: parameters", () => {
  const t = () => template("any", "en_US");

  it("video, document (with filename) and location headers", () => {
    expect(t().header({ type: "video", video: { link: "https://e.x/v.mp4" } }).build().components).toEqual([
      { type: "header", parameters: [{ type: "video", video: { link: "https://e.x/v.mp4" } }] },
    ]);
    expect(t().header({ type: "document", document: { id: "9", filename: "invoice.pdf" } }).build().components?.[0]).toEqual({
      type: "header",
      parameters: [{ type: "document", document: { id: "9", filename: "invoice.pdf" } }],
    });
    const location = { latitude: 1, longitude: 2, name: "HQ", address: "1 Way" };
    expect(t().header({ type: "location", location }).build().components?.[0]).toEqual({
      type: "header",
      parameters: [{ type: "location", location }],
    });
  });

  it("text headers, positional and named (parameter_name right after type)", () => {
    expect(json(t().header("ORD-1").build().components)).toBe('[{"type":"header","parameters":[{"type":"text","text":"ORD-1"}]}]');
    expect(json(t().header({ order_id: "ORD-1" }).build().components)).toBe(
      '[{"type":"header","parameters":[{"type":"text","parameter_name":"order_id","text":"ORD-1"}]}]',
    );
  });

  it("currency and date_time parameters, positional and named", () => {
    const currency = { type: "currency", currency: { fallback_value: "$259.00", code: "USD", amount_1000: 259000 } } as const;
    const dateTime = { type: "date_time", date_time: { fallback_value: "April 22, 2026" } } as const;
    expect(t().body(currency, dateTime, "x").build().components).toEqual([
      { type: "body", parameters: [currency, dateTime, { type: "text", text: "x" }] },
    ]);
    expect(json(t().body({ amount: currency, due: dateTime }).build().components)).toBe(
      json([
        {
          type: "body",
          parameters: [
            { type: "currency", parameter_name: "amount", currency: currency.currency },
            { type: "date_time", parameter_name: "due", date_time: dateTime.date_time },
          ],
        },
      ]),
    );
    // a single positional parameter object is not mistaken for a record of named values
    expect(t().body(currency).build().components).toEqual([{ type: "body", parameters: [currency] }]);
  });

  it("copy_code and action buttons, index always a string", () => {
    const built = t().button("copy_code", 1, "SAVE20").button("flow", 0, { flow_token: "tok" }).build();
    expect(json(built.components)).toBe(
      json([
        { type: "button", sub_type: "flow", index: "0", parameters: [{ type: "action", action: { flow_token: "tok" } }] },
        { type: "button", sub_type: "copy_code", index: "1", parameters: [{ type: "coupon_code", coupon_code: "SAVE20" }] },
      ]),
    );
  });

  it("setting a button index again replaces its value", () => {
    const built = t().button("quick_reply", 0, "A").button("quick_reply", "0", "B").build();
    expect(built.components).toEqual([{ type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "B" }] }]);
  });

  it("omits components when there are none", () => {
    expect(json(t().build())).toBe('{"name":"any","language":{"code":"en_US"}}');
  });

  it("is immutable", () => {
    const base = template(shippingWithActions).body("ORD-90211");
    const withQuick = base.button("quick_reply", 0, "TRACK");
    const withUrl = withQuick.button("url", 1, "ORD-90211");
    expect(withQuick).not.toBe(base);
    expect(base.build.bind(base)).toThrow(); // the buttons are still missing from base
    expect(withUrl.build().components).toHaveLength(3);
    expect(withQuick.button("url", 1, "OTHER").build().components?.[2]).toMatchObject({ parameters: [{ text: "OTHER" }] });
    expect(withUrl.build().components?.[2]).toMatchObject({ parameters: [{ text: "ORD-90211" }] });
    expect(Object.isFrozen(base)).toBe(true);
  });
});

describe("template sends: mixing named and positional", () => {
  it("throws 132012 as soon as a named header meets a positional body (and the reverse)", () => {
    // @ts-expect-error a type error too: the header made the builder NAMED
    const error = ruleError(() => template("x", "en_US").header({ order_id: "1" }).body("Alice"));
    expect(error.code).toBe(132012);
    expect(error.message).toMatch(/^\(#132012\) template\.components: named .* cannot be mixed/);
    // @ts-expect-error a type error too: the body made the builder NAMED
    expect(ruleError(() => template("x", "en_US").body({ name: "Alice" }).header("ORD")).code).toBe(132012);
  });

  it("throws 132012 for a parameter_name slipped into positional values", () => {
    const values = ["Alice", { type: "text", parameter_name: "order_id", text: "1" }] as unknown as string[];
    expect(ruleError(() => template("x", "en_US").body(...values)).code).toBe(132012);
  });

  it("media headers mix with either style", () => {
    const image = { type: "image", image: { link: "https://e.x/i.jpg" } } as const;
    expect(() => template("x", "en_US").header(image).body({ name: "Alice" }).build()).not.toThrow();
    expect(() => template("x", "en_US").header(image).body("Alice").build()).not.toThrow();
  });
});

describe("template sends: checked against the definition in build()", () => {
  it("132000: too few or too many body values", () => {
    const few = ruleError(() => template(orderShippedPositional).body("Alice", "ORD-90211").build());
    expect(few.code).toBe(132000);
    expect(few.field).toBe("template.components[0].parameters");
    expect(ruleError(() => template(orderShippedPositional).body("a", "b", "c", "d").build()).code).toBe(132000);
  });

  it("132012: positional values for a named template and the reverse", () => {
    const loose = (d: MessageTemplate) => template(d as MessageTemplate);
    expect(ruleError(() => loose(orderShippedNamed).body("Alice", "ORD-90211", "Apr 22").build()).code).toBe(132012);
    expect(ruleError(() => loose(orderShippedPositional).body({ a: "1", b: "2", c: "3" }).build()).code).toBe(132012);
  });

  it("132000: an unknown name in a named template", () => {
    const error = ruleError(() => template(orderShippedNamed as MessageTemplate).body({ customer_name: "A", order_id: "B", shipdate: "C" }).build());
    expect(error.code).toBe(132000);
    expect(error.field).toBe("template.components[0].parameters[2].parameter_name");
  });

  it("132012: a header parameter of the wrong format; 132000: a missing header", () => {
    const video = { type: "video", video: { link: "https://e.x/v.mp4" } } as const;
    expect(ruleError(() => template(weeklyPromo as MessageTemplate).header(video).body("Alice").build()).code).toBe(132012);
    expect(ruleError(() => template(weeklyPromo).body("Alice").build()).code).toBe(132000);
  });

  it("rejects a value for a static URL button (never sent) and a missing quick reply", () => {
    const loose = template(shippingWithActions as MessageTemplate).body("ORD-90211").button("quick_reply", 0, "T").button("url", 1, "O");
    const staticUrl = ruleError(() => loose.button("url", 2, "x").build());
    expect(staticUrl.code).toBe(132000);
    expect(staticUrl.message).toMatch(/takes no parameters/);
    expect(ruleError(() => template(shippingWithActions).body("ORD-90211").button("url", 1, "O").build()).code).toBe(132000);
  });

  it("132012: a button with the wrong sub_type", () => {
    const loose = template(orderConfirmationV2 as MessageTemplate)
      .header({ type: "image", image: { link: "https://e.x/i.jpg" } })
      .body({ customer_name: "A", order_id: "B", amount: "C" })
      .button("quick_reply", 0, "T")
      .button("quick_reply", 1, "C")
      .button("copy_code", 2, "X");
    expect(ruleError(() => loose.build()).code).toBe(132012);
  });

  it("the OTP template needs the code in both body and url button", () => {
    expect(ruleError(() => template(verificationOtp).body("123456").build()).code).toBe(132000);
  });

  it("message(to).template(builder) builds (and checks) right away", () => {
    expect(ruleError(() => message(to).template(template(orderShippedPositional).body("Alice"))).code).toBe(132000);
  });
});

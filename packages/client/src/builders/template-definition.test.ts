import { describe, expect, it } from "vitest";
import { seedRequest } from "../../test/fixtures/seeds.js";
import { template } from "./template.js";
import { templateDefinition } from "./template-definition.js";
import { isTemplateRuleError, type TemplateRuleError } from "../errors.js";

const json = (value: unknown) => JSON.stringify(value);
const seed = (name: string) => json(seedRequest("createTemplate", name));

function ruleError(call: () => unknown): TemplateRuleError {
  try {
    call();
  } catch (error) {
    if (isTemplateRuleError(error)) return error;
    throw error;
  }
  throw new Error("expected a TemplateRuleError");
}

describe("template definitions: the documented recipes byte for byte", () => {
  it("create recipe 1: image header and quick replies", () => {
    const built = templateDefinition("weekly_promo_v1", "en_US", "MARKETING")
      .header("IMAGE", "4::aW1hZ2UvanBlZw==:ARZ...META_MEDIA_HANDLE...")
      .body("Your weekly promo is here. Tap below to claim or opt out.")
      .button("QUICK_REPLY", { text: "Claim now" })
      .button("QUICK_REPLY", { text: "Unsubscribe" })
      .build();
    expect(json(built)).toBe(seed("create-recipe-1-header-image-quick-replies"));
  });

  it("create recipe 2: positional body with example.body_text", () => {
    const built = templateDefinition("order_shipped_positional", "en_US", "UTILITY")
      .body("Hi {{1}}, your order {{2}} has shipped and will arrive by {{3}}.", ["Alice", "ORD-90211", "Apr 22"])
      .build();
    expect(json(built)).toBe(seed("create-recipe-2-positional"));
  });

  it("create recipe 2: named body with body_text_named_params and parameter_format NAMED", () => {
    const built = templateDefinition("order_shipped_named", "en_US", "UTILITY")
      .body("Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.", {
        customer_name: "Alice",
        order_id: "ORD-90211",
        ship_date: "Apr 22",
      })
      .build();
    expect(json(built)).toBe(seed("create-recipe-2-named"));
    // explicit parameterFormat gives the same request
    const explicit = templateDefinition("order_shipped_named", "en_US", "UTILITY")
      .parameterFormat("NAMED")
      .body("Hi {{customer_name}}, your order {{order_id}} has shipped and will arrive by {{ship_date}}.", {
        customer_name: "Alice",
        order_id: "ORD-90211",
        ship_date: "Apr 22",
      })
      .build();
    expect(json(explicit)).toBe(seed("create-recipe-2-named"));
  });

  it("create recipe 3: dynamic URL button with its example", () => {
    const built = templateDefinition("order_with_tracking", "en_US", "UTILITY")
      .body("Your order {{1}} is on its way.", ["ORD-90211"])
      .button("URL", { text: "Track package", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
      .build();
    expect(json(built)).toBe(seed("create-recipe-3-url-button"));
  });

  it("create recipe 4: authentication with TTL, security recommendation and code expiry", () => {
    const built = templateDefinition("verification_otp", "en_US", "AUTHENTICATION")
      .messageSendTtlSeconds(600)
      .addSecurityRecommendation()
      .codeExpirationMinutes(10)
      .button("OTP", { otp_type: "COPY_CODE", text: "Copy code" })
      .build();
    expect(json(built)).toBe(seed("create-recipe-4-authentication-ttl"));
  });

  it("the basic example, with the example its variables need", () => {
    const basic = seedRequest<{ components: object[] }>("createTemplate", "basic");
    const built = templateDefinition("order_shipped", "en_US", "UTILITY")
      .body("Hi {{1}}, your order {{2}} has shipped.", ["Alice", "ORD-90211"])
      .build();
    expect(json(built)).toBe(
      json({ ...basic, components: [{ ...basic.components[0], example: { body_text: [["Alice", "ORD-90211"]] } }] }),
    );
  });

  it("the basic example verbatim (no example) is rejected with code 100", () => {
    const error = ruleError(() => templateDefinition("order_shipped", "en_US", "UTILITY").body("Hi {{1}}, your order {{2}} has shipped." as string).build());
    expect(error.code).toBe(100);
    expect(error.field).toBe("components[0].example");
  });
});

describe("template definitions: components", () => {
  const utility = () => templateDefinition("t", "en_US", "UTILITY");

  it("TEXT headers with a positional or named example", () => {
    expect(json(utility().header("TEXT", "Order {{1}}", ["ORD-1"]).body("Hi").build().components[0])).toBe(
      '{"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["ORD-1"]}}',
    );
    const named = utility().header("TEXT", "Order {{order_id}}", { order_id: "ORD-1" }).body("Hi").build();
    expect(named.parameter_format).toBe("NAMED");
    expect(named.components[0]).toEqual({
      type: "HEADER",
      format: "TEXT",
      text: "Order {{order_id}}",
      example: { header_text_named_params: [{ param_name: "order_id", example: "ORD-1" }] },
    });
    expect(utility().header("TEXT", "Welcome").body("Hi").build().components[0]).toEqual({ type: "HEADER", format: "TEXT", text: "Welcome" });
  });

  it("video, document and location headers; header_media_file_id instead of a handle", () => {
    expect(utility().header("VIDEO", "4::h").body("Hi").build().components[0]).toEqual({ type: "HEADER", format: "VIDEO", example: { header_handle: ["4::h"] } });
    expect(utility().header("LOCATION").body("Hi").build().components[0]).toEqual({ type: "HEADER", format: "LOCATION" });
    const fromLibrary = utility().header("DOCUMENT").headerMediaFileId("file_8f2a").body("Hi").build();
    expect(json(fromLibrary)).toBe(
      '{"name":"t","language":"en_US","category":"UTILITY","header_media_file_id":"file_8f2a","components":[{"type":"HEADER","format":"DOCUMENT"},{"type":"BODY","text":"Hi"}]}',
    );
  });

  it("components always come out HEADER, BODY, FOOTER, BUTTONS", () => {
    const built = utility()
      .button("PHONE_NUMBER", { text: "Call", phone_number: "+16505551234" })
      .footer("Thanks")
      .body("Hi")
      .header("TEXT", "Hello")
      .build();
    expect(built.components.map((c) => c.type)).toEqual(["HEADER", "BODY", "FOOTER", "BUTTONS"]);
  });

  it("every button type", () => {
    const built = templateDefinition("t", "en_US", "MARKETING")
      .body("Hi")
      .button("QUICK_REPLY", { text: "Yes" })
      .button("URL", { text: "Shop", url: "https://e.x" })
      .button("PHONE_NUMBER", { text: "Call", phone_number: "+1650" })
      .button("COPY_CODE", { example: "SAVE20" })
      .button("FLOW", { text: "Book", flow_id: "42" })
      .build();
    const buttons = built.components.find((c) => c.type === "BUTTONS");
    expect(buttons).toEqual({
      type: "BUTTONS",
      buttons: [
        { type: "QUICK_REPLY", text: "Yes" },
        { type: "URL", text: "Shop", url: "https://e.x" },
        { type: "PHONE_NUMBER", text: "Call", phone_number: "+1650" },
        { type: "COPY_CODE", example: "SAVE20" },
        { type: "FLOW", text: "Book", flow_id: "42" },
      ],
    });
    // CATALOG and MPM buttons stand alone.
    const alone = (type: "CATALOG" | "MPM") =>
      templateDefinition("t", "en_US", "MARKETING").body("Hi").button(type, { text: "View" }).build().components.find((c) => c.type === "BUTTONS");
    expect(alone("CATALOG")).toEqual({ type: "BUTTONS", buttons: [{ type: "CATALOG", text: "View" }] });
    expect(alone("MPM")).toEqual({ type: "BUTTONS", buttons: [{ type: "MPM", text: "View" }] });
    expect(() => templateDefinition("t", "en_US", "MARKETING").body("Hi").button("QUICK_REPLY", { text: "Yes" }).button("MPM", { text: "View" }).build()).toThrow(
      "(#100) components[1].buttons: MPM buttons must be the template's only button",
    );
  });

  it("is immutable", () => {
    const base = utility().body("Hi");
    const withFooter = base.footer("Bye");
    expect(withFooter).not.toBe(base);
    expect(base.build().components).toHaveLength(1);
    expect(withFooter.build().components).toHaveLength(2);
    expect(base.button("QUICK_REPLY", { text: "A" }).build().components).toHaveLength(2);
    expect(base.build().components).toHaveLength(1);
    expect(Object.isFrozen(base)).toBe(true);
  });

  it("a built definition drives a checked send", () => {
    const definition = templateDefinition("order_with_tracking", "en_US", "UTILITY")
      .body("Your order {{1}} is on its way.", ["ORD-90211"])
      .button("URL", { text: "Track", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/ORD-90211"] })
      .build();
    expect(template(definition).body("ORD-1").button("url", 0, "ORD-1").build().components).toHaveLength(2);
    expect(ruleError(() => template(definition).body("ORD-1").build()).code).toBe(132000);
  });
});

describe("template definitions: rules (code 100) in build()", () => {
  const cases: [string, () => unknown, string][] = [
    ["invalid name", () => templateDefinition("Order Shipped", "en_US", "UTILITY").body("Hi").build(), "name"],
    ["TTL out of the category's range", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").messageSendTtlSeconds(10).build(), "message_send_ttl_seconds"],
    ["example count", () => templateDefinition("t", "en_US", "UTILITY").body("Hi {{1}} {{2}}", ["a"] as unknown as [string, string]).build(), "components[0].example.body_text[0]"],
    ["named example names", () => templateDefinition("t", "en_US", "UTILITY").body("Hi {{name}}", { nam: "a" } as unknown as { name: string }).build(), "components[0].example.body_text_named_params"],
    ["gap in positional placeholders", () => templateDefinition("t", "en_US", "UTILITY").body("Hi {{1}} {{3}}", ["a", "b"] as never).build(), "components[0].text"],
    ["footer with a variable", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").footer("{{1}}").build(), "components[1].text"],
    ["URL variable not last", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").button("URL", { text: "x", url: "https://e.x/{{1}}/t", example: ["https://e.x/1/t"] }).build(), "components[1].buttons[0].url"],
    ["OTP outside AUTHENTICATION", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").button("OTP", { otp_type: "COPY_CODE" }).build(), "components[1].buttons[0]"],
    ["AUTHENTICATION body text", () => templateDefinition("t", "en_US", "AUTHENTICATION").body("Code").button("OTP", { otp_type: "COPY_CODE" }).build(), "components[0].text"],
    ["AUTHENTICATION without OTP button", () => templateDefinition("t", "en_US", "AUTHENTICATION").addSecurityRecommendation().build(), "components"],
    ["security recommendation outside AUTHENTICATION", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").addSecurityRecommendation().build(), "components[0].add_security_recommendation"],
    ["media header without handle or file id", () => templateDefinition("t", "en_US", "MARKETING").header("IMAGE").body("Hi").build(), "components[0]"],
    ["positional header in a named template", () => templateDefinition("t", "en_US", "UTILITY").header("TEXT", "Order {{1}}", ["1"]).body("Hi {{name}}" as string, { name: "A" }).build(), "components[0].text"],
    ["AUTHENTICATION TTL over 900 s", () => templateDefinition("t", "en_US", "AUTHENTICATION").messageSendTtlSeconds(3600).button("OTP", { otp_type: "COPY_CODE" }).build(), "message_send_ttl_seconds"],
    ["MARKETING TTL under 12 h", () => templateDefinition("t", "en_US", "MARKETING").messageSendTtlSeconds(600).body("Hi").build(), "message_send_ttl_seconds"],
    ["ZERO_TAP without accepted terms", () => templateDefinition("t", "en_US", "AUTHENTICATION").addSecurityRecommendation().button("OTP", { otp_type: "ZERO_TAP" }).build(), "components[1].buttons[0].zero_tap_terms_accepted"],
    ["dynamic URL without an example", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").button("URL", { text: "x", url: "https://e.x/{{1}}" }).build(), "components[1].buttons[0]"],
    ["two URL variables", () => templateDefinition("t", "en_US", "UTILITY").body("Hi").button("URL", { text: "x", url: "https://e.x/{{1}}{{2}}", example: ["https://e.x/12"] }).build(), "components[1].buttons[0].url"],
    ["header_media_file_id without a media header", () => templateDefinition("t", "en_US", "MARKETING").body("Hi").headerMediaFileId("f").build(), "header_media_file_id"],
  ];
  for (const [name, call, path] of cases) {
    it(name, () => {
      const error = ruleError(call);
      expect(error.code).toBe(100);
      expect(error.field).toBe(path);
      expect(error.message.startsWith(`(#100) ${path}: `)).toBe(true);
    });
  }
});

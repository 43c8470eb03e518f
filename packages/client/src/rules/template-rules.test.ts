import { describe, expect, it } from "vitest";
import type { components } from "../generated/openapi.js";
import {
  analyzeTemplate,
  checkInteractive,
  checkParameterStyle,
  checkTemplateDefinition,
  checkTemplateSend,
  distinctPlaceholders,
  effectiveParameterFormat,
  findPlaceholders,
  isValidPhone,
  normalizePhone,
  placeholderKind,
} from "./index.js";
import {
  definitionsByRecipe,
  orderConfirmationV2,
  orderShippedNamed,
  orderShippedPositional,
  shippingWithActions,
  verificationOtp,
  weeklyPromo,
} from "../../test/fixtures/template-definitions.js";
import { seedRequest } from "../../test/fixtures/seeds.js";

type Schemas = components["schemas"];
type CreateRequest = Schemas["TemplateCreateRequest"];
type TemplateObject = Schemas["TemplateObject"];
type SendComponent = Schemas["TemplateSendComponent"];

const send = (name: string, components: SendComponent[]): TemplateObject => ({ name, language: { code: "en_US" }, components });
const codes = (violations: { code: number }[]) => violations.map((v) => v.code);

describe("phone", () => {
  it("strips +, spaces and - and nothing else", () => {
    expect(normalizePhone("+1 650-555-1234")).toBe("16505551234");
    expect(normalizePhone("(650) 555")).toBe("(650)555");
  });
  it("accepts 5 to 32 characters once normalized", () => {
    expect(isValidPhone("+1 234-5")).toBe(true);
    expect(isValidPhone("+1 23-4")).toBe(false);
    expect(isValidPhone("1".repeat(32))).toBe(true);
    expect(isValidPhone(`+${"1".repeat(33)}`)).toBe(false);
  });
});

describe("placeholders", () => {
  it("finds and classifies them", () => {
    expect(findPlaceholders("Hi {{1}}, {{order_id}} and {{ x }} {{1}}")).toEqual(["1", "order_id", " x ", "1"]);
    expect(["1", "12", "order_id", "_x", "0", "Order", " x ", ""].map(placeholderKind)).toEqual([
      "positional", "positional", "named", "named", "invalid", "invalid", "invalid", "invalid",
    ]);
  });
  it("orders positional placeholders numerically and named ones by appearance", () => {
    expect(distinctPlaceholders("{{3}} {{1}} {{2}} {{1}}")).toEqual(["1", "2", "3"]);
    expect(distinctPlaceholders("{{b}} {{a}} {{b}}")).toEqual(["b", "a"]);
    expect(distinctPlaceholders(undefined)).toEqual([]);
  });
});

describe("effectiveParameterFormat", () => {
  it("auto-detects NAMED from {{word}} placeholders even without parameter_format", () => {
    expect(effectiveParameterFormat({ category: "UTILITY", components: [{ type: "BODY", text: "Hi {{name}}" }] })).toBe("NAMED");
    expect(
      effectiveParameterFormat({ category: "UTILITY", parameter_format: "POSITIONAL", components: [{ type: "BODY", text: "Hi {{name}}" }] }),
    ).toBe("NAMED");
  });
  it("ignores the {{1}} of URL buttons and defaults to POSITIONAL", () => {
    expect(effectiveParameterFormat(shippingWithActions)).toBe("POSITIONAL");
    expect(effectiveParameterFormat(orderConfirmationV2)).toBe("NAMED");
    expect(effectiveParameterFormat({ category: "UTILITY", components: [{ type: "BODY", text: "Hello" }] })).toBe("POSITIONAL");
  });
});

describe("analyzeTemplate", () => {
  it("reads header, body and button slots", () => {
    expect(analyzeTemplate(shippingWithActions)).toEqual({
      parameterFormat: "POSITIONAL",
      header: null,
      body: ["1"],
      buttons: [
        { index: 0, type: "QUICK_REPLY", subType: "quick_reply", required: true },
        { index: 1, type: "URL", subType: "url", required: true },
        { index: 2, type: "URL", subType: null, required: false },
      ],
      cards: [],
      limitedTimeOffer: null,
    });
    expect(analyzeTemplate(orderConfirmationV2)).toMatchObject({
      parameterFormat: "NAMED",
      header: { format: "IMAGE", placeholders: [] },
      body: ["customer_name", "order_id", "amount"],
    });
  });
  it("gives authentication templates the fixed one-variable body and a url OTP button", () => {
    expect(analyzeTemplate(verificationOtp)).toEqual({
      parameterFormat: "POSITIONAL",
      header: null,
      body: ["1"],
      buttons: [{ index: 0, type: "OTP", subType: "url", required: true }],
      cards: [],
      limitedTimeOffer: null,
    });
  });
});

describe("checkTemplateSend", () => {
  it.each(Object.entries(definitionsByRecipe))("accepts documented %s against its template", (recipe, definition) => {
    const body = seedRequest<{ template: TemplateObject }>("sendMessage", recipe);
    expect(checkTemplateSend(analyzeTemplate(definition), body.template)).toEqual([]);
  });

  const positional = analyzeTemplate(orderShippedPositional);
  const named = analyzeTemplate(orderShippedNamed);
  const text = (value: string, parameter_name?: string) => ({ type: "text" as const, text: value, ...(parameter_name ? { parameter_name } : {}) });

  it("132000 when the body has too few or too many parameters", () => {
    expect(codes(checkTemplateSend(positional, send("t", [{ type: "body", parameters: [text("a"), text("b")] }])))).toEqual([132000]);
    expect(codes(checkTemplateSend(positional, send("t", [])))).toEqual([132000]);
    const [v] = checkTemplateSend(positional, send("t", [{ type: "body", parameters: [text("a"), text("b"), text("c"), text("d")] }]));
    expect(v).toEqual({
      code: 132000,
      path: "template.components[0].parameters",
      message: "body: number of parameters (4) does not match the expected number of params (3)",
    });
  });

  it("132012 for parameter_name on a positional template and for its absence on a named one", () => {
    expect(codes(checkTemplateSend(positional, send("t", [{ type: "body", parameters: [text("a", "x"), text("b"), text("c")] }])))).toEqual([132012]);
    const [v] = checkTemplateSend(named, send("t", [{ type: "body", parameters: [text("a", "customer_name"), text("b"), text("c", "ship_date")] }]));
    expect(v).toMatchObject({ code: 132012, path: "template.components[0].parameters[1]" });
  });

  it("132000 for names that are not the template's placeholders, or repeated", () => {
    const unknown = checkTemplateSend(named, send("t", [{ type: "body", parameters: [text("a", "customer_name"), text("b", "order"), text("c", "ship_date")] }]));
    expect(unknown[0]).toMatchObject({ code: 132000, path: "template.components[0].parameters[1].parameter_name" });
    const twice = checkTemplateSend(named, send("t", [{ type: "body", parameters: [text("a", "customer_name"), text("b", "customer_name"), text("c", "ship_date")] }]));
    expect(codes(twice)).toEqual([132000]);
    const shuffled = checkTemplateSend(named, send("t", [{ type: "body", parameters: [text("c", "ship_date"), text("a", "customer_name"), text("b", "order_id")] }]));
    expect(shuffled).toEqual([]);
  });

  it("checks the header format and presence", () => {
    const shape = analyzeTemplate(weeklyPromo);
    const body = { type: "body" as const, parameters: [text("Alice")] };
    const [wrongType] = checkTemplateSend(shape, send("t", [{ type: "header", parameters: [{ type: "video", video: { id: "1" } }] }, body]));
    expect(wrongType).toMatchObject({ code: 132012, message: "header: Format mismatch, expected IMAGE, received VIDEO" });
    expect(codes(checkTemplateSend(shape, send("t", [body])))).toEqual([132000]);
    expect(codes(checkTemplateSend(positional, send("t", [{ type: "header", parameters: [text("x")] }, { type: "body", parameters: [text("a"), text("b"), text("c")] }])))).toEqual([132000]);
  });

  it("checks a text header's variable like the body", () => {
    const shape = analyzeTemplate({
      category: "UTILITY",
      components: [{ type: "HEADER", format: "TEXT", text: "Order {{1}}" }, { type: "BODY", text: "Hello" }],
    });
    expect(checkTemplateSend(shape, send("t", [{ type: "header", parameters: [text("ORD-1")] }]))).toEqual([]);
    expect(codes(checkTemplateSend(shape, send("t", [])))).toEqual([132000]);
    expect(codes(checkTemplateSend(shape, send("t", [{ type: "header", parameters: [{ type: "image", image: { id: "1" } }] }])))).toEqual([132012]);
  });

  describe("buttons", () => {
    const shape = analyzeTemplate(shippingWithActions);
    const body = { type: "body" as const, parameters: [text("ORD-90211")] };
    const quick = (index: string | number) => ({ type: "button" as const, sub_type: "quick_reply" as const, index, parameters: [{ type: "payload" as const, payload: "P" }] });
    const url = (index: string | number) => ({ type: "button" as const, sub_type: "url" as const, index, parameters: [{ type: "text" as const, text: "ORD" }] });

    it("accepts numeric and string indices", () => {
      expect(checkTemplateSend(shape, send("t", [body, quick(0), url("1")]))).toEqual([]);
    });
    it("132000 for a parameter on a static URL button or a button that does not exist", () => {
      expect(checkTemplateSend(shape, send("t", [body, quick(0), url(1), url(2)]))[0]).toMatchObject({
        code: 132000,
        message: "button: the URL button at index 2 takes no parameters; leave it out of the send",
      });
      expect(codes(checkTemplateSend(shape, send("t", [body, quick(0), url(1), quick(5)])))).toEqual([132000]);
    });
    it("132012 when the sub_type does not match the button at that index", () => {
      expect(checkTemplateSend(shape, send("t", [body, url(0), quick(1)]))[0]).toMatchObject({
        code: 132012,
        path: "template.components[1].sub_type",
      });
    });
    it("132000 for a button with no or two parameters, 132012 for the wrong parameter type", () => {
      const twice = { ...url(1), parameters: [{ type: "text" as const, text: "A" }, { type: "text" as const, text: "B" }] };
      expect(checkTemplateSend(shape, send("t", [body, quick(0), twice]))[0]).toMatchObject({
        code: 132000,
        path: "template.components[2].parameters",
        message: "button: the URL button at index 1 takes 1 parameter, received 2",
      });
      expect(codes(checkTemplateSend(shape, send("t", [body, quick(0), { ...url(1), parameters: [] }])))).toEqual([132000]);
      const payloadOnUrl = { ...url(1), parameters: [{ type: "payload" as const, payload: "ORD" }] };
      expect(checkTemplateSend(shape, send("t", [body, quick(0), payloadOnUrl as never]))[0]).toMatchObject({
        code: 132012,
        message: "button: the URL button at index 1 takes a text parameter, received payload",
      });
      const textOnQuick = { ...quick(0), parameters: [{ type: "text" as const, text: "P" }] };
      expect(codes(checkTemplateSend(shape, send("t", [body, textOnQuick as never, url(1)])))).toEqual([132012]);
    });
    it("100 when an mpm button lists more than 30 products across its sections", () => {
      const mpmShape = analyzeTemplate({
        category: "MARKETING",
        components: [{ type: "BODY", text: "New arrivals" }, { type: "BUTTONS", buttons: [{ type: "MPM", text: "View items" }] }],
      });
      const items = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ product_retailer_id: `SKU${from + i}` }));
      const mpm = (...sizes: number[]) =>
        send("t", [
          { type: "body", parameters: [] },
          {
            type: "button",
            sub_type: "mpm",
            index: 0,
            parameters: [{ type: "action", action: { thumbnail_product_retailer_id: "SKU0", sections: sizes.map((n, i) => ({ title: `S${i}`, product_items: items(n, i * 100) })) } }],
          },
        ]);
      expect(checkTemplateSend(mpmShape, mpm(20, 10))).toEqual([]);
      expect(checkTemplateSend(mpmShape, mpm(20, 11))).toEqual([
        {
          code: 100,
          path: "template.components[1].parameters[0].action.sections",
          message: "button: an mpm button shows at most 30 products across its sections, received 31",
        },
      ]);
    });
    it("100 when a text header's parameter is longer than 60 characters", () => {
      const headerShape = analyzeTemplate({
        category: "UTILITY",
        components: [{ type: "HEADER", format: "TEXT", text: "Hi {{1}}", example: { header_text: ["Ann"] } }, { type: "BODY", text: "Hello" }],
      });
      const header = (text: string) => send("t", [{ type: "header", parameters: [{ type: "text", text }] }]);
      expect(checkTemplateSend(headerShape, header("é".repeat(60)))).toEqual([]);
      expect(checkTemplateSend(headerShape, header("x".repeat(61)))).toEqual([
        { code: 100, path: "template.components[0].parameters[0].text", message: "header: a text parameter is at most 60 characters, received 61" },
      ]);
    });
    describe("carousel and limited-time offer components", () => {
      const card = (n: number) => ({
        components: [
          { type: "HEADER" as const, format: "IMAGE" as const, example: { header_handle: ["4::x"] } },
          { type: "BODY" as const, text: `Card ${n}: {{1}}`, example: { body_text: [["a"]] } },
          { type: "BUTTONS" as const, buttons: [{ type: "QUICK_REPLY" as const, text: "More" }] },
        ],
      });
      const carouselShape = analyzeTemplate({
        category: "MARKETING",
        components: [{ type: "BODY", text: "Our picks" }, { type: "CAROUSEL", cards: [card(0), card(1)] }],
      });
      const cardValues = (index: number, text = "x", header: SendComponent = { type: "header", parameters: [{ type: "image", image: { link: "https://example.com/a.jpg" } }] }) => ({
        card_index: index,
        components: [header, { type: "body", parameters: [{ type: "text", text }] }, { type: "button", sub_type: "quick_reply", index: 0, parameters: [{ type: "payload", payload: "P" }] }],
      });
      const carousel = (...cards: object[]) => send("t", [{ type: "body", parameters: [] }, { type: "carousel", cards } as SendComponent]);

      it("checks each card against its card of the template", () => {
        expect(checkTemplateSend(carouselShape, carousel(cardValues(0), cardValues(1)))).toEqual([]);
        expect(checkTemplateSend(carouselShape, carousel(cardValues(1), cardValues(0)))).toEqual([]);
        const videoHeader: SendComponent = { type: "header", parameters: [{ type: "video", video: { link: "https://example.com/v.mp4" } }] };
        expect(checkTemplateSend(carouselShape, carousel(cardValues(0), cardValues(1, "x", videoHeader)))).toEqual([
          { code: 132012, path: "template.components[1].cards[1].components[0].parameters[0]", message: "header: Format mismatch, expected IMAGE, received VIDEO" },
        ]);
      });
      it("132000 for a missing, unknown or repeated card, or a carousel the template does not have", () => {
        expect(codes(checkTemplateSend(carouselShape, carousel(cardValues(0))))).toEqual([132000]);
        expect(codes(checkTemplateSend(carouselShape, carousel(cardValues(0), cardValues(0))))).toEqual([132000]);
        expect(codes(checkTemplateSend(carouselShape, carousel(cardValues(0), cardValues(2))))).toEqual([132000]);
        expect(codes(checkTemplateSend(carouselShape, send("t", [{ type: "body", parameters: [] }])))).toEqual([132000]);
        expect(codes(checkTemplateSend(shape, send("t", [body, quick(0), url(1), { type: "carousel", cards: [cardValues(0)] } as SendComponent])))).toEqual([132000]);
      });
      it("takes the offer's end when the template's offer has an expiration, and nothing otherwise", () => {
        const offer = (hasExpiration: boolean) =>
          analyzeTemplate({ category: "MARKETING", components: [{ type: "LIMITED_TIME_OFFER", limited_time_offer: { text: "Ends soon", has_expiration: hasExpiration } }, { type: "BODY", text: "Sale" }] });
        const end: SendComponent = { type: "limited_time_offer", parameters: [{ type: "limited_time_offer", limited_time_offer: { expiration_time_ms: 1767225600000 } }] };
        expect(checkTemplateSend(offer(true), send("t", [end]))).toEqual([]);
        expect(codes(checkTemplateSend(offer(true), send("t", [])))).toEqual([132000]);
        expect(codes(checkTemplateSend(offer(false), send("t", [end])))).toEqual([132000]);
        expect(codes(checkTemplateSend(shape, send("t", [body, quick(0), url(1), end])))).toEqual([132000]);
      });
    });
    it("132000 when a required button parameter is missing or given twice", () => {
      expect(checkTemplateSend(shape, send("t", [body, quick(0)]))[0]).toMatchObject({
        code: 132000,
        message: "button: the URL button at index 1 needs a url parameter",
      });
      expect(codes(checkTemplateSend(shape, send("t", [body, quick(0), url(1), url("1")])))).toEqual([132000]);
    });
  });
});

describe("checkTemplateDefinition", () => {
  const base = (over: Partial<CreateRequest> = {}): CreateRequest => ({
    name: "order_shipped",
    language: "en_US",
    category: "UTILITY",
    components: [{ type: "BODY", text: "Hello" }],
    ...over,
  });
  const messages = (request: CreateRequest) => checkTemplateDefinition(request).map((v) => `${v.path}: ${v.message}`);

  it("rejects the quick start's body: it has variables but no example", () => {
    expect(messages(seedRequest<CreateRequest>("createTemplate", "basic"))).toEqual([
      "components[0].example: a text with variables needs example.body_text with one sample value per variable",
    ]);
  });

  it.each([
    "create-recipe-1-header-image-quick-replies",
    "create-recipe-2-positional",
    "create-recipe-2-named",
    "create-recipe-3-url-button",
    "create-recipe-4-authentication-ttl",
  ])("accepts documented %s", (name) => {
    expect(checkTemplateDefinition(seedRequest<CreateRequest>("createTemplate", name))).toEqual([]);
  });

  it("accepts the definitions behind every send recipe", () => {
    for (const { id: _id, status: _status, ...definition } of Object.values(definitionsByRecipe)) {
      expect(checkTemplateDefinition(definition)).toEqual([]);
    }
  });

  it("rejects bad names and categories, all with code 100", () => {
    const violations = checkTemplateDefinition(base({ name: "Order-Shipped", category: "PROMO" as never }));
    expect(violations.map((v) => [v.code, v.path])).toEqual([[100, "name"], [100, "category"]]);
  });

  it("enforces the TTL range of each category", () => {
    expect(messages(base({ message_send_ttl_seconds: 43_201 }))).toEqual(["message_send_ttl_seconds: UTILITY templates take 30 to 43200 seconds"]);
    expect(messages(base({ category: "MARKETING", message_send_ttl_seconds: 600 }))).toHaveLength(1);
    expect(messages(base({ category: "MARKETING", message_send_ttl_seconds: 43_200 }))).toEqual([]);
  });

  it("requires examples for variables, in the shape of the parameter format", () => {
    expect(messages(base({ components: [{ type: "BODY", text: "Hi {{1}}" }] }))).toEqual([
      "components[0].example: a text with variables needs example.body_text with one sample value per variable",
    ]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi {{1}} {{2}}", example: { body_text: [["a"]] } }] }))).toEqual([
      "components[0].example.body_text[0]: needs 2 sample value(s), one per variable, got 1",
    ]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi {{name}}", example: { body_text: [["a"]] } }] }))[0]).toMatch(
      /needs example.body_text_named_params/,
    );
    expect(
      messages(base({ components: [{ type: "BODY", text: "Hi {{name}}", example: { body_text_named_params: [{ param_name: "nam", example: "A" }] } }] })),
    ).toEqual(["components[0].example.body_text_named_params: example names (nam) must match the placeholders (name)"]);
  });

  it("rejects invalid, mixed, gapped and NAMED-but-numbered placeholders", () => {
    const body = (text: string, over: Partial<CreateRequest> = {}) => base({ components: [{ type: "BODY", text, example: { body_text: [["a", "b"]] } }], ...over });
    expect(messages(body("Hi {{First Name}}"))[0]).toMatch(/invalid placeholder \{\{First Name\}\}/);
    expect(messages(body("Hi {{1}} {{name}}"))[0]).toMatch(/cannot be mixed/);
    expect(messages(body("Hi {{1}} {{3}}"))[0]).toMatch(/without gaps/);
    expect(messages(body("Hi {{1}} {{2}}", { parameter_format: "NAMED" }))[0]).toMatch(/NAMED template uses \{\{name\}\}/);
    expect(messages(body("Hi {{2}} {{1}}"))).toEqual([]);
  });

  it("enforces the URL button variable rules", () => {
    const withUrl = (url: string, example?: string[]) =>
      base({ components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url, ...(example ? { example } : {}) }] }] });
    expect(messages(withUrl("https://shop.example.com/orders/{{1}}", ["https://shop.example.com/orders/ORD-90211"]))).toEqual([]);
    expect(messages(withUrl("https://shop.example.com/track?id={{1}}", ["https://shop.example.com/track?id=9"]))).toEqual([]);
    expect(messages(withUrl("https://shop.example.com/support"))).toEqual([]);
    expect(messages(withUrl("https://shop.example.com/{{1}}/tracking", ["https://shop.example.com/1/tracking"]))).toEqual([
      "components[1].buttons[0].url: the {{1}} variable must be the very last token of the URL",
    ]);
    expect(messages(withUrl("https://shop.example.com/orders?id={{1}}&type=ship"))[0]).toMatch(/very last token/);
    expect(messages(withUrl("https://shop.example.com/{{1}}/{{2}}"))[0]).toMatch(/at most one variable/);
    expect(messages(withUrl("https://shop.example.com/orders/{{1}}"))).toEqual([
      "components[1].buttons[0]: a URL with a variable needs example: one fully formed URL",
    ]);
    expect(messages(withUrl("https://shop.example.com/orders/{{1}}", ["ORD-90211"]))[0]).toMatch(/full URL with the variable filled in/);
  });

  it("limits button counts and keeps quick replies grouped", () => {
    const buttons = (list: Schemas["TemplateButtonDefinition"][]) => base({ components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: list }] });
    const qr = { type: "QUICK_REPLY" as const, text: "Q" };
    const phone = { type: "PHONE_NUMBER" as const, text: "Call", phone_number: "+1555" };
    expect(messages(buttons([qr, phone, qr]))[0]).toMatch(/grouped together/);
    expect(messages(buttons([qr, qr, phone]))).toEqual([]);
    expect(messages(buttons([phone, phone]))[0]).toMatch(/at most 1 PHONE_NUMBER/);
  });

  it("keeps CATALOG and MPM buttons alone in their template, and CATALOG in MARKETING", () => {
    const marketing = (list: Schemas["TemplateButtonDefinition"][], category: CreateRequest["category"] = "MARKETING") =>
      base({ category, components: [{ type: "BODY", text: "New arrivals" }, { type: "BUTTONS", buttons: list }] });
    const catalog = { type: "CATALOG" as const, text: "View catalog" };
    const mpm = { type: "MPM" as const, text: "View items" };
    const qr = { type: "QUICK_REPLY" as const, text: "Stop" };
    expect(messages(marketing([catalog]))).toEqual([]);
    expect(messages(marketing([mpm]))).toEqual([]);
    expect(messages(marketing([catalog, qr]))).toEqual(["components[1].buttons: CATALOG buttons must be the template's only button"]);
    expect(messages(marketing([qr, mpm]))).toEqual(["components[1].buttons: MPM buttons must be the template's only button"]);
    expect(messages(marketing([catalog], "UTILITY"))).toEqual(["components[1].buttons: CATALOG buttons are only allowed in MARKETING templates"]);
  });

  it("enforces the authentication template rules", () => {
    const auth = seedRequest<CreateRequest>("createTemplate", "create-recipe-4-authentication-ttl");
    expect(messages({ ...auth, components: [{ type: "BODY", text: "Your code {{1}}", example: { body_text: [["1"]] } }, ...auth.components.slice(1)] })).toContain(
      "components[0].text: AUTHENTICATION templates take no body text: Meta supplies it",
    );
    expect(messages({ ...auth, components: auth.components.slice(0, 2) })).toEqual([
      "components: AUTHENTICATION templates need exactly one button, of type OTP",
    ]);
    expect(messages({ ...auth, message_send_ttl_seconds: 901 })).toEqual(["message_send_ttl_seconds: AUTHENTICATION templates take 30 to 900 seconds"]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi", add_security_recommendation: true }] }))[0]).toMatch(/only AUTHENTICATION templates/);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE" }] }] }))[0]).toMatch(
      /OTP buttons are only allowed/,
    );
  });

  it("needs a media header for header_media_file_id, and a handle or file id for media headers", () => {
    expect(messages(base({ header_media_file_id: "cm5file01" }))).toEqual(["header_media_file_id: header_media_file_id needs an IMAGE, VIDEO or DOCUMENT header"]);
    const image = base({ components: [{ type: "HEADER", format: "IMAGE" }, { type: "BODY", text: "Hi" }] });
    expect(messages(image)).toEqual(["components[0]: a IMAGE header needs example.header_handle (from template media) or header_media_file_id"]);
    expect(messages({ ...image, header_media_file_id: "cm5file01" })).toEqual([]);
  });

  it("allows one variable in a text header, with its example", () => {
    const header = (text: string, example?: Schemas["TemplateTextHeaderDefinition"]["example"]) =>
      base({ components: [{ type: "HEADER", format: "TEXT", text, ...(example ? { example } : {}) }, { type: "BODY", text: "Hi" }] });
    expect(messages(header("Order {{1}}", { header_text: ["ORD-1"] }))).toEqual([]);
    expect(messages(header("Order {{1}}"))[0]).toMatch(/needs example.header_text/);
    expect(messages(header("{{1}} and {{2}}", { header_text: ["a"] }))[0]).toMatch(/at most one variable/);
  });

  it("needs exactly one BODY and at most one of each other component", () => {
    expect(messages(base({ components: [] }))).toEqual(["components: a template has exactly one BODY component, got 0"]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi" }, { type: "BODY", text: "Again" }] }))).toEqual([
      "components: a template has exactly one BODY component, got 2",
    ]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi" }, { type: "FOOTER", text: "a" }, { type: "FOOTER", text: "b" }] }))).toEqual([
      "components: a template has at most one FOOTER component, got 2",
    ]);
    const qr = { type: "QUICK_REPLY" as const, text: "Q" };
    expect(
      messages(base({ components: [{ type: "BODY", text: "Hi" }, { type: "BUTTONS", buttons: [qr] }, { type: "BUTTONS", buttons: [qr] }] })),
    ).toEqual(["components: a template has at most one BUTTONS component, got 2"]);
  });

  it("rejects an empty body_text for a body with variables", () => {
    expect(messages(base({ components: [{ type: "BODY", text: "Hi {{1}}", example: { body_text: [] } }] }))).toEqual([
      "components[0].example: a text with variables needs example.body_text with one sample value per variable",
    ]);
    expect(messages(base({ components: [{ type: "BODY", text: "Hi {{1}}", example: { body_text: [[]] } }] }))).toEqual([
      "components[0].example.body_text[0]: needs 1 sample value(s), one per variable, got 0",
    ]);
  });

  it("rejects an example URL that still holds a placeholder", () => {
    const request = base({
      components: [
        { type: "BODY", text: "Hi" },
        { type: "BUTTONS", buttons: [{ type: "URL", text: "Go", url: "https://shop.example.com/orders/{{1}}", example: ["https://shop.example.com/orders/{{1}}"] }] },
      ],
    });
    expect(messages(request)[0]).toMatch(/^components\[1\]\.buttons\[0\]\.example\[0\]: the example must be the full URL with the variable filled in/);
  });

  it("keeps code_expiration_minutes within 1 to 90", () => {
    const auth = seedRequest<CreateRequest>("createTemplate", "create-recipe-4-authentication-ttl");
    const withMinutes = (minutes: number) => ({
      ...auth,
      components: auth.components.map((c) => (c.type === "FOOTER" ? { ...c, code_expiration_minutes: minutes } : c)),
    });
    expect(auth.components.some((c) => c.type === "FOOTER")).toBe(true);
    expect(messages(withMinutes(90))).toEqual([]);
    expect(messages(withMinutes(1))).toEqual([]);
    for (const bad of [0, 91, 2.5]) {
      expect(messages(withMinutes(bad))).toEqual([
        `components[${auth.components.findIndex((c) => c.type === "FOOTER")}].code_expiration_minutes: code_expiration_minutes is a whole number of minutes, 1 to 90`,
      ]);
    }
  });
});

describe("checkParameterStyle", () => {
  it("flags named and positional values together, ignoring media and location parameters", () => {
    expect(checkParameterStyle([{ type: "text", parameter_name: "a" }, { type: "text" }])).toEqual([
      { code: 132012, path: "template.components", message: "named and positional parameters cannot be mixed" },
    ]);
    expect(checkParameterStyle([{ type: "image" }, { type: "text", parameter_name: "a" }])).toEqual([]);
    expect(checkParameterStyle([{ type: "text" }, { type: "currency" }])).toEqual([]);
  });
});

describe("checkInteractive", () => {
  const rows = (n: number, title?: string) => ({ ...(title === undefined ? {} : { title }), rows: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` })) });
  const list = (...sections: object[]) => ({ type: "list", action: { button: "Options", sections } });
  const products = (n: number, title = "S") => ({ title, product_items: Array.from({ length: n }, (_, i) => ({ product_retailer_id: `SKU${i}` })) });
  const productList = (...sections: object[]) => ({ type: "product_list", action: { catalog_id: "1", sections } });

  it("a list shows at most 10 rows across all its sections", () => {
    expect(checkInteractive(list(rows(10)))).toEqual([]);
    expect(checkInteractive(list(rows(5, "A"), rows(5, "B")))).toEqual([]);
    expect(checkInteractive(list(rows(6, "A"), rows(5, "B")))).toEqual([
      { code: 100, path: "interactive.action.sections", message: "a list shows at most 10 rows across its sections, received 11" },
    ]);
  });

  it("a section title is required when there is more than one section", () => {
    expect(checkInteractive(list(rows(3)))).toEqual([]);
    expect(checkInteractive(list(rows(3, "A"), rows(3)))).toEqual([
      { code: 100, path: "interactive.action.sections[1].title", message: "a list with more than one section needs a title on each" },
    ]);
  });

  it("a product list shows at most 30 products across all its sections", () => {
    expect(checkInteractive(productList(products(15, "A"), products(15, "B")))).toEqual([]);
    expect(codes(checkInteractive(productList(products(16, "A"), products(15, "B"))))).toEqual([100]);
  });

  it("leaves other interactive types to the schema", () => {
    expect(checkInteractive({ type: "button", action: { buttons: [] } })).toEqual([]);
  });
});

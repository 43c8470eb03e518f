import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../generated/openapi.js";
import {
  createWebhookHandler,
  parseWebhook,
  type InboundMessage,
  type InboundMessageType,
  type InteractiveReply,
  type MessageStatus,
  type WebhookEvent,
  type WebhookEventKind,
} from "./index.js";

type S = components["schemas"];
declare const event: WebhookEvent;

describe("the event union", () => {
  it("parseWebhook returns it, and its kinds are exactly the eight", () => {
    expectTypeOf(parseWebhook({})).toEqualTypeOf<WebhookEvent[]>();
    expectTypeOf<WebhookEventKind>().toEqualTypeOf<
      "message" | "status" | "error" | "template_status" | "template_quality" | "template_category" | "user_preference" | "unknown"
    >();
  });

  it("narrows by kind, then the message by its type", () => {
    switch (event.kind) {
      case "message": {
        expectTypeOf(event.message).toEqualTypeOf<InboundMessage>();
        expectTypeOf(event.phoneNumberId).toBeString();
        expectTypeOf(event.contact).toEqualTypeOf<S["WebhookContact"] | undefined>();
        // @ts-expect-error a message event has no status
        void event.status;
        const { message } = event;
        switch (message.type) {
          case "text":
            expectTypeOf(message.text.body).toBeString();
            break;
          case "button":
            expectTypeOf(message.button.payload).toBeString();
            break;
          case "image":
            expectTypeOf(message.image.id).toBeString();
            break;
          case "interactive":
            expectTypeOf(message.interactive).toEqualTypeOf<InteractiveReply | undefined>();
            if (message.interactive?.type === "list_reply") expectTypeOf(message.interactive.list_reply.id).toBeString();
            // @ts-expect-error not narrowed to a button reply
            void message.interactive?.button_reply;
            break;
          default:
            // @ts-expect-error only text messages have a text
            void message.text;
        }
        break;
      }
      case "status":
        expectTypeOf(event.status).toEqualTypeOf<MessageStatus>();
        expectTypeOf(event.status.status).toEqualTypeOf<"sent" | "delivered" | "read" | "played" | "failed" | (string & {})>();
        expectTypeOf<"sent">().toMatchTypeOf<typeof event.status.status>();
        expectTypeOf<"deleted">().toMatchTypeOf<typeof event.status.status>();
        break;
      case "error":
        expectTypeOf(event.error.code).toBeNumber();
        break;
      case "template_status":
        expectTypeOf(event.update.message_template_id).toBeNumber();
        expectTypeOf<"PAUSED" | "SOMETHING_NEW">().toMatchTypeOf<typeof event.update.event>();
        expectTypeOf(event.update.disable_info).toEqualTypeOf<{ disable_date?: number | string } | undefined>();
        expectTypeOf(event.field).toEqualTypeOf<"message_template_status_update">();
        // @ts-expect-error template events carry no phone number
        void event.phoneNumberId;
        break;
      case "template_quality":
        expectTypeOf(event.update.new_quality_score).toEqualTypeOf<"GREEN" | "YELLOW" | "RED" | "UNKNOWN">();
        break;
      case "template_category":
        expectTypeOf(event.update.new_category).toBeString();
        break;
      case "user_preference":
        expectTypeOf(event.field).toEqualTypeOf<"user_preferences">();
        expectTypeOf(event.phoneNumberId).toBeString();
        expectTypeOf<"stop" | "resume">().toMatchTypeOf<typeof event.preference.value>();
        break;
      case "unknown":
        expectTypeOf(event.value).toBeUnknown();
        expectTypeOf(event.field).toBeString();
        break;
      default:
        expectTypeOf(event).toBeNever();
    }
  });

  it("lists every modelled inbound message type, and leaves the list open", () => {
    expectTypeOf<InboundMessageType>().toEqualTypeOf<
      | "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contacts" | "reaction" | "interactive" | "button" | "order" | "system"
      | "request_welcome" | "unsupported" | (string & {})
    >();
    expectTypeOf<"edit">().toMatchTypeOf<InboundMessage["type"]>();
  });

  it("does not let an exhaustive switch over the modelled types compile without another type", () => {
    const known = (type: InboundMessage["type"]): number => {
      switch (type) {
        case "text": case "image": case "video": case "audio": case "document": case "sticker": case "location": case "contacts":
        case "reaction": case "interactive": case "button": case "order": case "system": case "request_welcome": case "unsupported":
          return 1;
      }
      // @ts-expect-error the switch is not exhaustive: Meta sends other types
      const rest: never = type;
      return rest;
    };
    void known;
    const byMessage = (message: InboundMessage) => {
      switch (message.type) {
        case "text": case "image": case "video": case "audio": case "document": case "sticker": case "location": case "contacts":
        case "reaction": case "interactive": case "button": case "order": case "system": case "request_welcome": case "unsupported":
          return;
        default: {
          // @ts-expect-error a message of another type remains
          const rest: never = message;
          void rest;
          expectTypeOf(message.type).toBeString();
        }
      }
    };
    void byMessage;
  });

  it("still narrows each known type, also in an open union", () => {
    const message = {} as InboundMessage;
    // a type this SDK does not model narrows to the open member, its object under the key its type names
    if (message.type === "revoke") expectTypeOf(message.revoke).toBeUnknown();
    if (message.type === "text") expectTypeOf(message.text).toEqualTypeOf<{ body: string }>();
    if (message.type === "reaction") expectTypeOf(message.reaction.emoji).toEqualTypeOf<string | undefined>();
    if (message.type === "audio") expectTypeOf(message.audio.voice).toEqualTypeOf<boolean | undefined>();
    if (message.type === "system") expectTypeOf<"user_changed_user_id" | "customer_changed_number" | "x">().toMatchTypeOf<NonNullable<typeof message.system.type>>();
    if (message.type === "unsupported") expectTypeOf(message.unsupported?.type).toEqualTypeOf<string | undefined>();
    const reply = {} as InteractiveReply;
    if (reply.type === "nfm_reply") expectTypeOf(reply.nfm_reply.response_json).toBeString();
    if (reply.type === "call_permission_reply") expectTypeOf(reply.call_permission_reply.response).toEqualTypeOf<string | undefined>();
    // @ts-expect-error only a list reply has a list_reply
    void reply.list_reply.id;
  });

  it("makes the business-scoped user id fields and the phone ids optional", () => {
    expectTypeOf<InboundMessage["from"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<InboundMessage["from_user_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MessageStatus["recipient_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<MessageStatus["recipient_user_id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<S["WebhookContact"]["wa_id"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("createWebhookHandler", () => {
  it("gives each handler its own narrowed event and returns a fetch handler", () => {
    const handle = createWebhookHandler({
      appSecret: "s",
      onMessage: (e) => expectTypeOf(e.message).toEqualTypeOf<InboundMessage>(),
      onStatus: async (e) => expectTypeOf(e.status.id).toBeString(),
      onTemplateStatus: (e) => expectTypeOf(e.update.event).toBeString(),
      onUnknown: (e) => expectTypeOf(e.value).toBeUnknown(),
      onUserPreference: (e) => expectTypeOf(e.preference.category).toBeString(),
      onEvent: (e) => expectTypeOf(e).toEqualTypeOf<WebhookEvent>(),
    });
    expectTypeOf(handle).toEqualTypeOf<(request: Request) => Promise<Response>>();
    // @ts-expect-error the app secret is required
    createWebhookHandler({ verifyToken: "t" });
    // @ts-expect-error a status handler gets a status event
    createWebhookHandler({ appSecret: "s", onStatus: (e: { kind: "message" }) => e });
  });
});

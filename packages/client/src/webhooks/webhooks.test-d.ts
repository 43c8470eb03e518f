import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../generated/openapi.js";
import {
  createWebhookHandler,
  parseWebhook,
  type InboundMessage,
  type InboundMessageType,
  type MessageStatus,
  type WebhookEvent,
  type WebhookEventKind,
} from "./index.js";

type S = components["schemas"];
declare const event: WebhookEvent;

describe("the event union", () => {
  it("parseWebhook returns it, and its kinds are exactly the seven", () => {
    expectTypeOf(parseWebhook({})).toEqualTypeOf<WebhookEvent[]>();
    expectTypeOf<WebhookEventKind>().toEqualTypeOf<"message" | "status" | "error" | "template_status" | "template_quality" | "template_category" | "unknown">();
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
            if (message.interactive.type === "list_reply") expectTypeOf(message.interactive.list_reply.id).toBeString();
            // @ts-expect-error not narrowed to a button reply
            void message.interactive.button_reply;
            break;
          default:
            // @ts-expect-error only text messages have a text
            void message.text;
        }
        break;
      }
      case "status":
        expectTypeOf(event.status).toEqualTypeOf<MessageStatus>();
        expectTypeOf(event.status.status).toEqualTypeOf<"sent" | "delivered" | "read" | "played" | "failed">();
        break;
      case "error":
        expectTypeOf(event.error.code).toBeNumber();
        break;
      case "template_status":
        expectTypeOf(event.update.message_template_id).toBeNumber();
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
      case "unknown":
        expectTypeOf(event.value).toBeUnknown();
        expectTypeOf(event.field).toBeString();
        break;
      default:
        expectTypeOf(event).toBeNever();
    }
  });

  it("lists every inbound message type", () => {
    expectTypeOf<InboundMessageType>().toEqualTypeOf<
      "text" | "image" | "video" | "audio" | "document" | "sticker" | "location" | "contacts" | "reaction" | "interactive" | "button" | "order" | "system" | "request_welcome" | "unsupported"
    >();
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
      onEvent: (e) => expectTypeOf(e).toEqualTypeOf<WebhookEvent>(),
    });
    expectTypeOf(handle).toEqualTypeOf<(request: Request) => Promise<Response>>();
    // @ts-expect-error the app secret is required
    createWebhookHandler({ verifyToken: "t" });
    // @ts-expect-error a status handler gets a status event
    createWebhookHandler({ appSecret: "s", onStatus: (e: { kind: "message" }) => e });
  });
});

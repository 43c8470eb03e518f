/**
 * TypeScript types of the SigFollow Public API (openapi-typescript).
 * Generated from openapi/sigfollow.yaml by `pnpm generate`. Do not edit by hand:
 * CI regenerates it and fails on any difference.
 */

export interface paths {
    "/v1/{phoneNumberId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Meta phone number ID (numeric string) of one of the tenant's WhatsApp numbers.
                 * @example 106540352242922
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends a WhatsApp message from the phone number `phoneNumberId`, which must belong to the API
         *     key's tenant (and to the key's `allowedPhoneNumberIds`, when the key has that restriction).
         *
         *     Free-form (non-template) messages are only allowed within 24 hours of the recipient's last
         *     inbound message; outside that window the call fails with code `131026`. Template messages
         *     need an `APPROVED` template of that name and language in the phone number's WABA (else
         *     `404`, code `132001`); the parameters must match the template's placeholders per component
         *     (count: `132000`; named vs positional, header format: `132012`). A template that exists but is
         *     `PAUSED` answers `132015`, one that is `DISABLED` answers `132016` (inferred: Meta's codes,
         *     which SigFollow's documentation does not list).
         *
         *     An interactive `list` shows at most 10 rows across all its sections, and a `product_list` at
         *     most 30 products; with more than one section, each section needs a `title` (code `100`).
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{phoneNumberId}/media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Meta phone number ID (numeric string) of one of the tenant's WhatsApp numbers.
                 * @example 106540352242922
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload media
         * @description Uploads a media file and returns its media `id`, usable as `image.id`, `video.id`,
         *     `document.id`, `audio.id` or `sticker.id` when sending messages from this phone number.
         *     A media id cannot be used as a template `header_handle` (use template media for that).
         *
         *     Referenced but not documented by SigFollow; shaped like Meta's `POST /{phone-number-id}/media`.
         */
        post: operations["uploadMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{wabaId}/message_templates": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
                 * @example 102290129340398
                 */
                wabaId: components["parameters"]["WabaId"];
            };
            cookie?: never;
        };
        /**
         * List templates
         * @description Returns the templates SigFollow has synchronized for the WABA. Not paginated: the volume is
         *     bounded by Meta's per-WABA cap (about 250).
         */
        get: operations["listTemplates"];
        put?: never;
        /**
         * Create a template
         * @description Submits a message template for review. Templates start `PENDING` and move to `APPROVED` or
         *     `REJECTED` after review. The name must be unique within the WABA for the language.
         *
         *     When any component text contains `{{word}}`-style placeholders, SigFollow treats the template
         *     as `NAMED` even if `parameter_format` is omitted. Templates with variables must carry an
         *     `example`. URL buttons take at most one variable, `{{1}}`, as the very last token of the URL,
         *     and then need an example URL. `message_send_ttl_seconds` must lie in the category's range.
         *
         *     `header_media_file_id` references a library asset: SigFollow injects its header handle into
         *     the first non-TEXT `HEADER` component.
         */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/{wabaId}/template_media": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
                 * @example 102290129340398
                 */
                wabaId: components["parameters"]["WabaId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload template header media
         * @description Wraps Meta's resumable upload and returns a `header_handle` (`4::...`) for the `example` of an
         *     IMAGE, VIDEO or DOCUMENT `HEADER`. A handle is valid for one template creation only; it is not
         *     reusable across templates. A media id from the media endpoint cannot be used instead.
         *
         *     The response is documented by SigFollow; the multipart request shape is inferred.
         */
        post: operations["uploadTemplateMedia"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a library asset
         * @description Stores a file in the tenant's media library and returns its `file_id`. Pass that id as
         *     `header_media_file_id` when creating templates: one upload serves many templates.
         *
         *     Referenced by SigFollow's documentation ("Library assets") but not documented; inferred.
         */
        post: operations["uploadLibraryAsset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create or upsert a contact
         * @description Idempotent on (tenant, phone). A new contact is created with `firstSeenAt = lastSeenAt = now`;
         *     for an existing contact `lastSeenAt` is refreshed and `display_name` is overwritten only when it
         *     is a non-null string. Not subject to the inbound 60 s cooldown: every call is applied.
         */
        post: operations["upsertContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/by-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up a contact by phone
         * @description Returns the contact with this phone and its tag assignments. The phone is normalized
         *     server-side (`+`, spaces and `-` stripped). `404` when the phone is not in this tenant.
         */
        get: operations["getContactByPhone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /**
         * Get a contact
         * @description Returns the contact and its tag assignments. `404` when it does not exist in this tenant.
         */
        get: operations["getContact"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Hard delete; the contact's tag assignments are deleted with it. `404` when the contact does not exist in this tenant.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Update a contact's display name
         * @description Only `display_name` is mutable: a string updates it, `null` clears it, and an omitted field is a
         *     no-op that returns the current state. The phone is the contact's identity; to change it, delete
         *     the contact and create a new one.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/v1/contacts/{contactId}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a tag to a contact
         * @description Assigns a tag from the tenant's tag catalog; the tag must exist and not be soft-deleted (else
         *     `404`). The source is recorded as `API`. Source priority is
         *     `MANUAL_ADMIN = API > MANUAL_AGENT > AI_TOOL > AI_AUTO_CLOSE`: an API assignment takes over an
         *     existing agent or AI assignment of the same tag and is equal-weight with an admin one.
         *     Assigning a tag the contact already holds is idempotent. A contact holds at most 20 active
         *     assignments: the 21st is `409` with code `131000`.
         *
         *     The response shape is not documented by SigFollow; it is inferred (the assignment as listed
         *     on the contact).
         */
        post: operations["assignContactTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/contacts/{contactId}/tags/{tagId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
                /**
                 * @description ID of the tag in the tenant's tag catalog.
                 * @example cm5tag42
                 */
                tagId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a tag from a contact
         * @description Idempotent; a (contact, tag) pair that does not exist also answers `200` with `{ "ok": true }`.
         */
        delete: operations["removeContactTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List blacklisted numbers
         * @description Lists the tenant's blacklisted numbers, oldest first, with cursor pagination: pass
         *     `paging.cursors.after` of one page as `after` to get the next. Inferred: SigFollow documents the
         *     blacklist scopes and the 422 but not these endpoints.
         */
        get: operations["listBlacklist"];
        put?: never;
        /**
         * Blacklist a number
         * @description Adds a number to the tenant blacklist. Idempotent: adding a number that is already listed
         *     returns the existing entry (its `reason` is replaced when a new one is given). Inferred.
         */
        post: operations["addToBlacklist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/blacklist/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phone number, normalization tolerant (URL-encode `+` and spaces).
                 * @example 16505551234
                 */
                phone: components["schemas"]["ContactPhone"];
            };
            cookie?: never;
        };
        /**
         * Check one number
         * @description Returns the entry when the number is blacklisted in this tenant, else `404`. Inferred.
         */
        get: operations["getBlacklistEntry"];
        put?: never;
        post?: never;
        /**
         * Remove a number from the blacklist
         * @description Idempotent; removing a number that is not listed also answers `{ "ok": true }`. Inferred.
         */
        delete: operations["removeFromBlacklist"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    verification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Subscription handshake
         * @description Sent once when the callback URL is registered (and again when it changes). Answer `200` with the
         *     raw `hub.challenge` value as the body when `hub.mode` is `subscribe` and `hub.verify_token` equals
         *     the token you registered, `403` otherwise. `verifySubscription` of `@sigfollow/client/webhooks`
         *     does this check in constant time. Inferred: SigFollow delegates the webhook wire format to Meta's
         *     WhatsApp Cloud API.
         */
        get: operations["webhookVerification"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    messages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Inbound messages, message statuses and system errors
         * @description `field: "messages"` changes: inbound messages from customers (`value.messages`, with the sender in
         *     `value.contacts`), delivery statuses of the messages you sent (`value.statuses`: `sent`,
         *     `delivered`, `read`, `played`, `failed`; correlate them with the WAMID `messages.send` returned),
         *     and system-level errors (`value.errors`). A POST can batch several entries and changes, each with
         *     several messages or statuses: read them all (`parseWebhook` flattens them in order).
         *
         *     Every POST carries `X-Hub-Signature-256`: verify it over the raw body before trusting anything.
         *     Answer `200` quickly; any other answer is retried with backoff for up to 7 days, so the same
         *     event can arrive more than once (dedupe on the WAMID and the status). Statuses have no order
         *     guarantee: `read` can arrive without `delivered`, and `delivered` after `failed`.
         *
         *     Inferred: SigFollow's documentation points to these webhooks (correlate status webhooks with the
         *     WAMID; a quick-reply button's `payload` is what the inbound webhook receives) and delegates their
         *     format to Meta's WhatsApp Cloud API, which this describes.
         */
        post: operations["webhookMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    message_template_status_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A template's review status changed
         * @description `field: "message_template_status_update"`: a template was approved, rejected, paused, disabled,
         *     and so on (`event`). SigFollow's documentation says templates start in `PENDING` and move to
         *     `APPROVED` or `REJECTED` after Meta's review, and points to these webhooks for real-time updates
         *     (the list endpoint is the polling alternative). `message_template_id` is a number. Inferred: the
         *     format is Meta's.
         */
        post: operations["webhookTemplateStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    message_template_quality_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A template's quality score changed
         * @description `field: "message_template_quality_update"`: the quality score of a template moved (`GREEN`,
         *     `YELLOW`, `RED`, `UNKNOWN`). Inferred: the format is Meta's.
         */
        post: operations["webhookTemplateQuality"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    template_category_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A template's category changed, or will
         * @description `field: "template_category_update"`: Meta recategorized a template (`previous_category` →
         *     `new_category`), or announces that it will (`correct_category`, with `category_update_timestamp`;
         *     there `new_category` is the current one). Inferred: the format is Meta's.
         */
        post: operations["webhookTemplateCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    user_preferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A user stopped or resumed marketing messages
         * @description `field: "user_preferences"`: a user stopped (`stop`) or resumed (`resume`) marketing messages
         *     from your business. After a `stop`, marketing templates to the user fail with `131050`.
         *     Inferred: the format is Meta's.
         */
        post: operations["webhookUserPreferences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Meta-style error body, used by every error response. */
        ErrorResponse: {
            error: components["schemas"]["ErrorObject"];
        };
        ErrorObject: {
            /** @description Human-readable message, often `"(#<code>) <title>"`. Not stable; do not branch on it. */
            message: string;
            /**
             * @description Error type, usually `OAuthException`; `GraphMethodException` for unknown objects.
             * @example OAuthException
             * @example GraphMethodException
             */
            type: string;
            code: components["schemas"]["ErrorCode"];
            /** @description Optional refinement of `code` (e.g. `33` for an unknown object). */
            error_subcode?: number;
            error_data?: components["schemas"]["ErrorData"];
            /** @description Opaque trace id; quote it when contacting support. */
            fbtrace_id?: string;
            /** @description `true` when retrying later may succeed. */
            is_transient?: boolean;
            error_user_title?: string;
            error_user_msg?: string;
        };
        /**
         * @description Meta error code; the main key for handling errors. Codes SigFollow answers with:
         *
         *     | code | HTTP | meaning |
         *     |---|---|---|
         *     | `1` | 500 | unknown server error |
         *     | `2` | 503 | service temporarily unavailable |
         *     | `4` | 429 | per-key rate limit exceeded; honour `Retry-After` |
         *     | `100` | 400 / 404 / 409 | invalid parameter; with subcode `33` (404) an unknown object |
         *     | `190` | 401 | invalid, expired or revoked API key |
         *     | `200` | 403 | missing scope, or phone number not in `allowedPhoneNumberIds` |
         *     | `131000` | 409 / 422 | tag cap reached (409); blacklisted recipient (422, `reason = recipient_blacklisted`) |
         *     | `131026` | 400 | 24-hour customer-service window closed; send a template |
         *     | `132000` | 400 | template parameter count mismatch |
         *     | `132001` | 404 | template does not exist in that language or is not approved |
         *     | `132012` | 400 | template parameter format mismatch |
         *     | `132015` | 400 | template paused (inferred: Meta's code) |
         *     | `132016` | 400 | template disabled (inferred: Meta's code) |
         * @example 100
         * @example 131026
         */
        ErrorCode: number;
        ErrorData: {
            /** @constant */
            messaging_product: "whatsapp";
            /** @description The specific cause, e.g. the invalid field and why. */
            details?: string;
            /**
             * @description Machine-readable cause where one is defined: `recipient_blacklisted` (422, documented);
             *     `tag_limit_reached` (409) and `template_name_exists` (409) are inferred.
             * @example recipient_blacklisted
             */
            reason?: string;
        };
        OkResponse: {
            /** @constant */
            ok: true;
        };
        /** @description A message of one of the eleven types, discriminated by `type`. */
        SendMessageRequest: components["schemas"]["TextMessageRequest"] | components["schemas"]["ImageMessageRequest"] | components["schemas"]["DocumentMessageRequest"] | components["schemas"]["VideoMessageRequest"] | components["schemas"]["AudioMessageRequest"] | components["schemas"]["StickerMessageRequest"] | components["schemas"]["LocationMessageRequest"] | components["schemas"]["ContactsMessageRequest"] | components["schemas"]["ReactionMessageRequest"] | components["schemas"]["InteractiveMessageRequest"] | components["schemas"]["TemplateMessageRequest"];
        /** @description Fields shared by every message type. */
        MessageEnvelope: {
            /**
             * @description Must be the literal `whatsapp`.
             * @constant
             */
            messaging_product: "whatsapp";
            /**
             * @default individual
             * @constant
             */
            recipient_type?: "individual";
            to: components["schemas"]["RecipientPhone"];
            context?: components["schemas"]["MessageContext"];
            /** @description Echoed back in status webhooks. */
            biz_opaque_callback_data?: string;
        };
        /**
         * @description Recipient phone number in E.164 form without the `+` prefix. A leading `+`, spaces and `-` are
         *     tolerated and stripped; the normalized number is returned as `contacts[].wa_id`.
         * @example 16505551234
         */
        RecipientPhone: string;
        /** @description Reply context; quotes a previous message in the WhatsApp UI. */
        MessageContext: {
            /** @description The WAMID of the message to quote. */
            message_id: string;
        };
        TextMessageRequest: {
            /** @constant */
            type: "text";
            text: components["schemas"]["TextObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "text";
        });
        ImageMessageRequest: {
            /** @constant */
            type: "image";
            image: components["schemas"]["ImageObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "image";
        });
        DocumentMessageRequest: {
            /** @constant */
            type: "document";
            document: components["schemas"]["DocumentObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "document";
        });
        VideoMessageRequest: {
            /** @constant */
            type: "video";
            video: components["schemas"]["VideoObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "video";
        });
        AudioMessageRequest: {
            /** @constant */
            type: "audio";
            audio: components["schemas"]["AudioObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "audio";
        });
        StickerMessageRequest: {
            /** @constant */
            type: "sticker";
            sticker: components["schemas"]["StickerObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sticker";
        });
        LocationMessageRequest: {
            /** @constant */
            type: "location";
            location: components["schemas"]["LocationObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location";
        });
        ContactsMessageRequest: {
            /** @constant */
            type: "contacts";
            contacts: components["schemas"]["ContactCard"][];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "contacts";
        });
        ReactionMessageRequest: {
            /** @constant */
            type: "reaction";
            reaction: components["schemas"]["ReactionObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "reaction";
        });
        InteractiveMessageRequest: {
            /** @constant */
            type: "interactive";
            interactive: components["schemas"]["InteractiveObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "interactive";
        });
        TemplateMessageRequest: {
            /** @constant */
            type: "template";
            template: components["schemas"]["TemplateObject"];
        } & (components["schemas"]["MessageEnvelope"] & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "template";
        });
        SendMessageResponse: {
            /** @constant */
            messaging_product: "whatsapp";
            contacts: {
                /** @description The `to` value as sent. */
                input: string;
                /** @description Normalized WhatsApp ID of the recipient. */
                wa_id: string;
            }[];
            messages: {
                /** @description Meta WAMID; correlate status webhooks with it and quote it via `context.message_id`. */
                id: string;
                /**
                 * @description Only for template sends under template pacing.
                 * @enum {string}
                 */
                message_status?: "accepted" | "held_for_quality_assessment" | "paused";
            }[];
        };
        TextObject: {
            body: string;
            /**
             * @description Render a preview of the first http(s) URL in `body`.
             * @default false
             */
            preview_url?: boolean;
        };
        /** @description Media previously uploaded via the media endpoint. */
        MediaById: {
            /** @description Media id from `POST /v1/{phoneNumberId}/media`. */
            id: string;
            link?: never;
        };
        /** @description Media fetched from a public URL. */
        MediaByLink: {
            /**
             * Format: uri
             * @description Publicly accessible http(s) URL.
             */
            link: string;
            id?: never;
        };
        /** @description Exactly one of `id` or `link`. */
        MediaSource: components["schemas"]["MediaById"] | components["schemas"]["MediaByLink"];
        Caption: string;
        ImageObject: {
            caption?: components["schemas"]["Caption"];
        } & components["schemas"]["MediaSource"];
        VideoObject: {
            caption?: components["schemas"]["Caption"];
        } & components["schemas"]["MediaSource"];
        DocumentObject: {
            caption?: components["schemas"]["Caption"];
            filename?: string;
        } & components["schemas"]["MediaSource"];
        AudioObject: {
            /** @description `true` sends a voice note (OGG/OPUS). */
            voice?: boolean;
        } & components["schemas"]["MediaSource"];
        StickerObject: components["schemas"]["MediaSource"];
        LocationObject: {
            latitude: number;
            longitude: number;
            name?: string;
            address?: string;
        };
        ReactionObject: {
            /** @description WAMID of the message to react to. */
            message_id: string;
            /** @description A single emoji; an empty string removes the reaction. */
            emoji: string;
        };
        ContactCard: {
            name: {
                formatted_name: string;
                first_name?: string;
                last_name?: string;
                middle_name?: string;
                suffix?: string;
                prefix?: string;
            };
            phones?: {
                phone?: string;
                /**
                 * @example CELL
                 * @example MAIN
                 * @example IPHONE
                 * @example HOME
                 * @example WORK
                 */
                type?: string;
                wa_id?: string;
            }[];
            emails?: {
                email?: string;
                /**
                 * @example HOME
                 * @example WORK
                 */
                type?: string;
            }[];
            urls?: {
                url?: string;
                /**
                 * @example HOME
                 * @example WORK
                 */
                type?: string;
            }[];
            addresses?: {
                street?: string;
                city?: string;
                state?: string;
                zip?: string;
                country?: string;
                country_code?: string;
                /**
                 * @example HOME
                 * @example WORK
                 */
                type?: string;
            }[];
            org?: {
                company?: string;
                department?: string;
                title?: string;
            };
            /** @description YYYY-MM-DD */
            birthday?: string;
        };
        InteractiveObject: components["schemas"]["InteractiveButton"] | components["schemas"]["InteractiveList"] | components["schemas"]["InteractiveCtaUrl"] | components["schemas"]["InteractiveFlow"] | components["schemas"]["InteractiveProduct"] | components["schemas"]["InteractiveProductList"] | components["schemas"]["InteractiveCatalogMessage"] | components["schemas"]["InteractiveLocationRequest"];
        /** @description Text, image, video or document header (media headers take no caption). */
        InteractiveHeader: components["schemas"]["InteractiveTextHeader"] | {
            /** @constant */
            type: "image";
            image: components["schemas"]["MediaSource"];
        } | {
            /** @constant */
            type: "video";
            video: components["schemas"]["MediaSource"];
        } | {
            /** @constant */
            type: "document";
            document: components["schemas"]["MediaSource"];
        };
        InteractiveTextHeader: {
            /** @constant */
            type: "text";
            text: string;
        };
        InteractiveBody: {
            text: string;
        };
        InteractiveFooter: {
            text: string;
        };
        /** @description Up to three reply buttons. */
        InteractiveButton: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "button";
            header?: components["schemas"]["InteractiveHeader"];
            body: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                buttons: {
                    /** @constant */
                    type: "reply";
                    reply: {
                        id: string;
                        title: string;
                    };
                }[];
            };
        };
        /** @description A list of up to 10 rows in up to 10 sections. */
        InteractiveList: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "list";
            header?: components["schemas"]["InteractiveTextHeader"];
            body: {
                text: string;
            };
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                button: string;
                sections: {
                    title?: string;
                    rows: {
                        id: string;
                        title: string;
                        description?: string;
                    }[];
                }[];
            };
        };
        /** @description A call-to-action button that opens a URL. */
        InteractiveCtaUrl: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "cta_url";
            header?: components["schemas"]["InteractiveHeader"];
            body: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                /** @constant */
                name: "cta_url";
                parameters: {
                    display_text: string;
                    /** Format: uri */
                    url: string;
                };
            };
        };
        /** @description Opens a WhatsApp Flow. */
        InteractiveFlow: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "flow";
            header?: components["schemas"]["InteractiveTextHeader"];
            body: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                /** @constant */
                name: "flow";
                parameters: {
                    /** @constant */
                    flow_message_version: "3";
                    flow_token?: string;
                    flow_id?: string;
                    flow_name?: string;
                    flow_cta: string;
                    /** @enum {string} */
                    mode?: "published" | "draft";
                    /** @enum {string} */
                    flow_action?: "navigate" | "data_exchange";
                    flow_action_payload?: {
                        screen: string;
                        data?: Record<string, never>;
                    };
                };
            };
        };
        /** @description A single catalog product. */
        InteractiveProduct: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "product";
            body?: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                catalog_id: string;
                product_retailer_id: string;
            };
        };
        /** @description Several catalog products in sections. */
        InteractiveProductList: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "product_list";
            header: components["schemas"]["InteractiveTextHeader"];
            body: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                catalog_id: string;
                sections: {
                    title: string;
                    product_items: {
                        product_retailer_id: string;
                    }[];
                }[];
            };
        };
        /** @description Opens the business's catalog. */
        InteractiveCatalogMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "catalog_message";
            body: components["schemas"]["InteractiveBody"];
            footer?: components["schemas"]["InteractiveFooter"];
            action: {
                /** @constant */
                name: "catalog_message";
                parameters?: {
                    thumbnail_product_retailer_id?: string;
                };
            };
        };
        /** @description Asks the user to share their location. */
        InteractiveLocationRequest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "location_request_message";
            body: components["schemas"]["InteractiveBody"];
            action: {
                /** @constant */
                name: "send_location";
            };
        };
        /**
         * @description An approved template and its parameter values. Components conventionally go header, body,
         *     buttons. Button parameters are addressed by `index`, the button's 0-based position in the
         *     template definition. Buttons without parameters (static URL, phone number) are not sent.
         */
        TemplateObject: {
            name: components["schemas"]["TemplateName"];
            language: {
                code: components["schemas"]["LanguageCode"];
                /** @constant */
                policy?: "deterministic";
            };
            components?: components["schemas"]["TemplateSendComponent"][];
        };
        TemplateSendComponent: components["schemas"]["TemplateHeaderComponent"] | components["schemas"]["TemplateBodyComponent"] | components["schemas"]["TemplateButtonComponent"] | components["schemas"]["TemplateCarouselComponent"] | components["schemas"]["TemplateLimitedTimeOfferComponent"];
        /**
         * @description Values for the cards of a `CAROUSEL` template, one entry per card by its 0-based
         *     `card_index`, each with that card's header, body and button values. Meta's component,
         *     which SigFollow forwards (inferred: SigFollow's documentation does not show it).
         */
        TemplateCarouselComponent: {
            /** @constant */
            type: "carousel";
            cards: {
                card_index: number;
                components: (components["schemas"]["TemplateHeaderComponent"] | components["schemas"]["TemplateBodyComponent"] | components["schemas"]["TemplateButtonComponent"])[];
            }[];
        };
        /**
         * @description When the offer of a `LIMITED_TIME_OFFER` template with `has_expiration` ends. Meta's
         *     component, which SigFollow forwards (inferred: SigFollow's documentation does not show it).
         */
        TemplateLimitedTimeOfferComponent: {
            /** @constant */
            type: "limited_time_offer";
            parameters: {
                /** @constant */
                type: "limited_time_offer";
                limited_time_offer: {
                    /** @description Unix milliseconds when the offer ends. */
                    expiration_time_ms: number;
                };
            }[];
        };
        /** @description Values for the template's HEADER (one parameter; its type matches the header format). */
        TemplateHeaderComponent: {
            /** @constant */
            type: "header";
            parameters: (components["schemas"]["TemplateTextParameter"] | components["schemas"]["TemplateImageParameter"] | components["schemas"]["TemplateVideoParameter"] | components["schemas"]["TemplateDocumentParameter"] | components["schemas"]["TemplateLocationParameter"])[];
        };
        /**
         * @description Values for the BODY placeholders: in placeholder order for a positional template, each with
         *     `parameter_name` for a named one (order is then irrelevant). Never mix the two styles.
         */
        TemplateBodyComponent: {
            /** @constant */
            type: "body";
            parameters: (components["schemas"]["TemplateTextParameter"] | components["schemas"]["TemplateCurrencyParameter"] | components["schemas"]["TemplateDateTimeParameter"])[];
        };
        /** @description Values for one button that takes a parameter, by its template index and sub-type. */
        TemplateButtonComponent: components["schemas"]["TemplateQuickReplyButtonComponent"] | components["schemas"]["TemplateUrlButtonComponent"] | components["schemas"]["TemplateCopyCodeButtonComponent"] | components["schemas"]["TemplateActionButtonComponent"];
        /** @description 0-based position of the button in the template definition (not in this array). */
        ButtonIndex: string | number;
        TemplateQuickReplyButtonComponent: {
            /** @constant */
            type: "button";
            /** @constant */
            sub_type: "quick_reply";
            index: components["schemas"]["ButtonIndex"];
            parameters: components["schemas"]["TemplatePayloadParameter"][];
        };
        /** @description The suffix for a dynamic URL button (`{{1}}` at the end of its URL); also the OTP code for authentication templates. */
        TemplateUrlButtonComponent: {
            /** @constant */
            type: "button";
            /** @constant */
            sub_type: "url";
            index: components["schemas"]["ButtonIndex"];
            parameters: components["schemas"]["TemplateTextParameter"][];
        };
        TemplateCopyCodeButtonComponent: {
            /** @constant */
            type: "button";
            /** @constant */
            sub_type: "copy_code";
            index: components["schemas"]["ButtonIndex"];
            parameters: components["schemas"]["TemplateCouponCodeParameter"][];
        };
        /** @description Flow, catalog and multi-product buttons. */
        TemplateActionButtonComponent: {
            /** @constant */
            type: "button";
            /** @enum {string} */
            sub_type: "flow" | "catalog" | "mpm";
            index: components["schemas"]["ButtonIndex"];
            parameters: components["schemas"]["TemplateActionParameter"][];
        };
        /** @description A named placeholder of the template (`{{customer_name}}` → `customer_name`). */
        ParameterName: string;
        TemplateTextParameter: {
            /** @constant */
            type: "text";
            parameter_name?: components["schemas"]["ParameterName"];
            text: string;
        };
        TemplateCurrencyParameter: {
            /** @constant */
            type: "currency";
            parameter_name?: components["schemas"]["ParameterName"];
            currency: {
                fallback_value: string;
                /** @description ISO 4217 currency code. */
                code: string;
                /** @description Amount multiplied by 1000. */
                amount_1000: number;
            };
        };
        TemplateDateTimeParameter: {
            /** @constant */
            type: "date_time";
            parameter_name?: components["schemas"]["ParameterName"];
            date_time: {
                fallback_value: string;
            };
        };
        TemplateImageParameter: {
            /** @constant */
            type: "image";
            image: components["schemas"]["MediaSource"];
        };
        TemplateVideoParameter: {
            /** @constant */
            type: "video";
            video: components["schemas"]["MediaSource"];
        };
        TemplateDocumentParameter: {
            /** @constant */
            type: "document";
            document: {
                filename?: string;
            } & components["schemas"]["MediaSource"];
        };
        TemplateLocationParameter: {
            /** @constant */
            type: "location";
            location: {
                latitude: number;
                longitude: number;
                name: string;
                address: string;
            };
        };
        TemplatePayloadParameter: {
            /** @constant */
            type: "payload";
            /** @description Delivered to your webhook when the user taps the quick reply. */
            payload: string;
        };
        TemplateCouponCodeParameter: {
            /** @constant */
            type: "coupon_code";
            coupon_code: string;
        };
        TemplateActionParameter: {
            /** @constant */
            type: "action";
            action: {
                flow_token?: string;
                flow_action_data?: Record<string, never>;
                thumbnail_product_retailer_id?: string;
                /** @description `mpm` buttons: at most 10 sections and 30 products across them. */
                sections?: {
                    title?: string;
                    product_items: {
                        product_retailer_id: string;
                    }[];
                }[];
            };
        };
        /** @description Lowercase letters, digits and underscores only. */
        TemplateName: string;
        /**
         * @description Template locale code, e.g. `en`, `en_US`, `zh_CN`, `es_ES`.
         * @example en_US
         */
        LanguageCode: string;
        /**
         * @description Determines the pricing tier and Meta's review rules.
         * @enum {string}
         */
        TemplateCategory: "UTILITY" | "MARKETING" | "AUTHENTICATION";
        /** @enum {string} */
        TemplateStatus: "APPROVED" | "PENDING" | "REJECTED" | "PAUSED" | "DISABLED" | "IN_APPEAL" | "PENDING_DELETION" | "DELETED" | "LIMIT_EXCEEDED" | "ARCHIVED" | "LOCKED";
        /**
         * @description `POSITIONAL` (`{{1}}`) or `NAMED` (`{{order_id}}`).
         * @default POSITIONAL
         * @enum {string}
         */
        ParameterFormat: "POSITIONAL" | "NAMED";
        TemplateCreateRequest: {
            /** @description Unique within the WABA (per language). */
            name: components["schemas"]["TemplateName"];
            language: components["schemas"]["LanguageCode"];
            category: components["schemas"]["TemplateCategory"];
            /**
             * @description Omit for `POSITIONAL`. SigFollow auto-detects `NAMED` when component text contains
             *     `{{word}}`-style placeholders.
             */
            parameter_format?: components["schemas"]["ParameterFormat"];
            /**
             * @description How long Meta attempts delivery. Ranges by category: AUTHENTICATION 30 to 900 (default
             *     600), UTILITY 30 to 43200 (default 30 days), MARKETING 43200 to 2592000 (default 30 days;
             *     honoured only on the Marketing Messages Lite API).
             */
            message_send_ttl_seconds?: number;
            /**
             * @description A library asset's `file_id`. SigFollow forks an immutable copy, obtains a Meta handle and
             *     injects it into the first non-TEXT `HEADER` component (whose `example` may then be
             *     omitted). Library assets are inferred (see `uploadLibraryAsset`).
             */
            header_media_file_id?: string;
            /** @description Exactly one BODY; at most one HEADER, FOOTER and BUTTONS each. */
            components: components["schemas"]["TemplateComponentDefinition"][] & (unknown & unknown & unknown & unknown);
        } & (unknown & unknown & unknown);
        TemplateCreateResponse: {
            /** @description Template id. */
            id: string;
            status: components["schemas"]["TemplateStatus"];
            category: components["schemas"]["TemplateCategory"];
        };
        TemplateListResponse: {
            data: components["schemas"]["MessageTemplate"][];
        };
        /** @description A template as synchronized from Meta. */
        MessageTemplate: {
            id: string;
            name: components["schemas"]["TemplateName"];
            language: components["schemas"]["LanguageCode"];
            status: components["schemas"]["TemplateStatus"];
            category: components["schemas"]["TemplateCategory"];
            parameter_format?: components["schemas"]["ParameterFormat"];
            message_send_ttl_seconds?: number;
            /**
             * @example ABUSIVE_CONTENT
             * @example INCORRECT_CATEGORY
             * @example INVALID_FORMAT
             * @example PROMOTIONAL
             * @example SCAM
             * @example TAG_CONTENT_MISMATCH
             * @example NONE
             */
            rejected_reason?: string;
            components: components["schemas"]["TemplateComponentDefinition"][];
        };
        TemplateComponentDefinition: components["schemas"]["TemplateHeaderDefinition"] | components["schemas"]["TemplateBodyDefinition"] | components["schemas"]["TemplateFooterDefinition"] | components["schemas"]["TemplateButtonsDefinition"] | components["schemas"]["TemplateCarouselDefinition"] | components["schemas"]["TemplateLimitedTimeOfferDefinition"];
        /**
         * @description Media cards the user scrolls through (2 to 10), after the template's own BODY: each card has
         *     an IMAGE or VIDEO header, a body and buttons. Meta's component (inferred: SigFollow's
         *     documentation does not show it).
         */
        TemplateCarouselDefinition: {
            /** @constant */
            type: "CAROUSEL";
            cards: {
                components: (components["schemas"]["TemplateMediaHeaderDefinition"] | components["schemas"]["TemplateBodyDefinition"] | components["schemas"]["TemplateButtonsDefinition"])[];
            }[];
        };
        /**
         * @description A limited-time offer (MARKETING): its headline and whether it shows an expiry, whose time
         *     each send then gives. Meta's component (inferred: SigFollow's documentation does not show it).
         */
        TemplateLimitedTimeOfferDefinition: {
            /** @constant */
            type: "LIMITED_TIME_OFFER";
            limited_time_offer: {
                text: string;
                has_expiration?: boolean;
            };
        };
        TemplateHeaderDefinition: components["schemas"]["TemplateTextHeaderDefinition"] | components["schemas"]["TemplateMediaHeaderDefinition"] | components["schemas"]["TemplateLocationHeaderDefinition"];
        NamedParamExample: {
            param_name: components["schemas"]["ParameterName"];
            example: string;
        };
        /** @description A text header with at most one variable (an example is then required). */
        TemplateTextHeaderDefinition: {
            /** @constant */
            type: "HEADER";
            /** @constant */
            format: "TEXT";
            text: string;
            example?: {
                header_text: string[];
            } | {
                header_text_named_params: components["schemas"]["NamedParamExample"][];
            };
        };
        /**
         * @description An image, video or document header. `example.header_handle` holds a handle from template
         *     media (or is injected from `header_media_file_id`); list responses may show a URL there.
         */
        TemplateMediaHeaderDefinition: {
            /** @constant */
            type: "HEADER";
            /** @enum {string} */
            format: "IMAGE" | "VIDEO" | "DOCUMENT";
            example?: {
                header_handle: string[];
            };
        };
        /** @description A location header; the location is supplied at send time. */
        TemplateLocationHeaderDefinition: {
            /** @constant */
            type: "HEADER";
            /** @constant */
            format: "LOCATION";
        };
        /**
         * @description The body. `text` is required except for AUTHENTICATION templates, whose body text is fixed by
         *     Meta (`add_security_recommendation` adds a security disclaimer). Placeholders are `{{1}}...`
         *     (positional, sequential) or `{{name}}` (named); templates with variables need an `example`:
         *     `body_text` (one row of values, a 2-D array) or `body_text_named_params`.
         */
        TemplateBodyDefinition: {
            /** @constant */
            type: "BODY";
            text?: string;
            add_security_recommendation?: boolean;
            example?: {
                body_text: string[][];
            } | {
                body_text_named_params: components["schemas"]["NamedParamExample"][];
            };
        };
        /** @description A footer without variables; for AUTHENTICATION templates, `code_expiration_minutes` instead of `text`. */
        TemplateFooterDefinition: {
            /** @constant */
            type: "FOOTER";
            text?: string;
            code_expiration_minutes?: number;
        };
        TemplateButtonsDefinition: {
            /** @constant */
            type: "BUTTONS";
            buttons: components["schemas"]["TemplateButtonDefinition"][];
        };
        TemplateButtonDefinition: components["schemas"]["QuickReplyButtonDefinition"] | components["schemas"]["UrlButtonDefinition"] | components["schemas"]["PhoneNumberButtonDefinition"] | components["schemas"]["CopyCodeButtonDefinition"] | components["schemas"]["OtpButtonDefinition"] | components["schemas"]["FlowButtonDefinition"] | components["schemas"]["CatalogButtonDefinition"] | components["schemas"]["MpmButtonDefinition"];
        ButtonText: string;
        QuickReplyButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "QUICK_REPLY";
            text: components["schemas"]["ButtonText"];
        };
        /**
         * @description A URL button. A dynamic URL holds exactly one variable, `{{1}}`, as its very last token, and
         *     then needs `example` with one fully formed URL.
         */
        UrlButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "URL";
            text: components["schemas"]["ButtonText"];
            url: string;
            example?: string[];
        };
        PhoneNumberButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "PHONE_NUMBER";
            text: components["schemas"]["ButtonText"];
            phone_number: string;
        };
        /** @description A copy-code (coupon) button; `example` is a sample code. */
        CopyCodeButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "COPY_CODE";
            example: string;
        };
        /** @description The one-time-password button of an AUTHENTICATION template. */
        OtpButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "OTP";
            /** @enum {string} */
            otp_type: "COPY_CODE" | "ONE_TAP" | "ZERO_TAP";
            text?: components["schemas"]["ButtonText"];
            autofill_text?: components["schemas"]["ButtonText"];
            package_name?: string;
            signature_hash?: string;
            zero_tap_terms_accepted?: boolean;
            supported_apps?: {
                package_name: string;
                signature_hash: string;
            }[];
        };
        FlowButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "FLOW";
            text: components["schemas"]["ButtonText"];
            flow_id?: string;
            flow_name?: string;
            flow_json?: string;
            /** @enum {string} */
            flow_action?: "navigate" | "data_exchange";
            navigate_screen?: string;
            /** @enum {string} */
            icon?: "DOCUMENT" | "PROMOTION" | "REVIEW";
        };
        /** @description Opens the business's catalog. MARKETING templates only, and the template's only button. */
        CatalogButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CATALOG";
            text: components["schemas"]["ButtonText"];
        };
        /** @description Multi-product button: the template's only button. A send fills it with an `action` listing at most 30 products across at most 10 sections (more is 400 code 100). */
        MpmButtonDefinition: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "MPM";
            text: components["schemas"]["ButtonText"];
        };
        MediaUploadRequest: {
            /** @constant */
            messaging_product: "whatsapp";
            /** @description The file; its part's content type is the media MIME type. */
            file: string;
            /**
             * @description MIME type of the file (defaults to the part's content type).
             * @example image/jpeg
             */
            type?: string;
        };
        MediaUploadResponse: {
            /** @description Media id, valid for 30 days. */
            id: string;
        };
        TemplateMediaUploadRequest: {
            /** @description JPEG, PNG, MP4 or PDF. */
            file: string;
        };
        TemplateMediaUploadResponse: {
            /** @description Meta upload handle for `example.header_handle`; valid for one template creation. */
            header_handle: string;
        };
        LibraryAssetUploadRequest: {
            /** @description JPEG, PNG, MP4 or PDF. */
            file: string;
        };
        LibraryAsset: {
            /** @description Pass as `header_media_file_id` when creating templates. */
            file_id: string;
            filename: string;
            mime_type: string;
            file_size: number;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A phone number, normalization tolerant (`+`, spaces and `-` are stripped); 5 to 32 characters once normalized. */
        ContactPhone: string;
        /** @description Trimmed and truncated to 128 characters when stored. */
        DisplayNameInput: string | null;
        ContactUpsertRequest: {
            phone: components["schemas"]["ContactPhone"];
            /** @description Trimmed and capped at 128 characters. `null` or omitted leaves the existing value untouched. */
            display_name?: components["schemas"]["DisplayNameInput"];
        };
        ContactUpdateRequest: {
            /** @description A string updates (trimmed, capped at 128), `null` clears, omitted is a no-op. */
            display_name?: components["schemas"]["DisplayNameInput"];
        };
        ContactTagAssignRequest: {
            /** @description CUID of a tag in the tenant's tag catalog (not soft-deleted). */
            tag_id: string;
            /** @description Free-form audit note. */
            reason?: string;
        };
        /** @description A contact (without its tag assignments). */
        Contact: components["schemas"]["ContactFields"];
        /** @description The fields of a contact, shared by `Contact` and `ContactWithTags`. */
        ContactFields: {
            /** @description Contact id (CUID). */
            id: string;
            tenantId: string;
            /** @description Normalized phone. */
            phone: string;
            displayName: string | null;
            /** Format: date-time */
            firstSeenAt: string;
            /** Format: date-time */
            lastSeenAt: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @description A contact with its active tag assignments. */
        ContactWithTags: {
            /** @description Active tag assignments (at most 20). */
            tags: components["schemas"]["ContactTagAssignment"][];
        } & components["schemas"]["ContactFields"];
        /**
         * @description Who applied the tag. Priority: MANUAL_ADMIN = API > MANUAL_AGENT > AI_TOOL > AI_AUTO_CLOSE.
         * @enum {string}
         */
        TagSource: "MANUAL_ADMIN" | "API" | "MANUAL_AGENT" | "AI_TOOL" | "AI_AUTO_CLOSE";
        /** @description A tag assigned to a contact. Inferred shape. */
        ContactTagAssignment: {
            tagId: string;
            tagName: string;
            source: components["schemas"]["TagSource"];
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BlacklistAddRequest: {
            phone: components["schemas"]["ContactPhone"];
            /** @description Free-form note. */
            reason?: string;
        };
        BlacklistEntry: {
            /** @description Normalized phone. */
            phone: string;
            reason: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        BlacklistPage: {
            data: components["schemas"]["BlacklistEntry"][];
            paging: {
                cursors: {
                    /** @description Present when there is a next page. */
                    after?: string;
                };
                /**
                 * Format: uri
                 * @description URL of the next page, when there is one.
                 */
                next?: string;
            };
        };
        /**
         * @description The body of every webhook POST: one or more entries (one per WhatsApp Business Account), each
         *     with one or more changes. Read every entry and every change: deliveries are batched.
         */
        WebhookPayload: {
            /** @constant */
            object: "whatsapp_business_account";
            entry: components["schemas"]["WebhookEntry"][];
        };
        WebhookEntry: {
            /** @description The WhatsApp Business Account (WABA) id. */
            id: string;
            /** @description Unix seconds; present on some fields (the template events). */
            time?: number;
            changes: components["schemas"]["WebhookChange"][];
        };
        /**
         * @description One change, told apart by `field` (`anyOf`: the last schema takes every field the others do not
         *     model, with any `value`).
         */
        WebhookChange: components["schemas"]["WebhookMessagesChange"] | components["schemas"]["WebhookTemplateStatusChange"] | components["schemas"]["WebhookTemplateQualityChange"] | components["schemas"]["WebhookTemplateCategoryChange"] | components["schemas"]["WebhookUserPreferencesChange"] | components["schemas"]["WebhookOtherChange"];
        WebhookMessagesChange: {
            /** @constant */
            field: "messages";
            value: components["schemas"]["WebhookMessagesValue"];
        };
        WebhookTemplateStatusChange: {
            /** @constant */
            field: "message_template_status_update";
            value: components["schemas"]["WebhookTemplateStatusUpdate"];
        };
        WebhookTemplateQualityChange: {
            /** @constant */
            field: "message_template_quality_update";
            value: components["schemas"]["WebhookTemplateQualityUpdate"];
        };
        WebhookTemplateCategoryChange: {
            /** @constant */
            field: "template_category_update";
            value: components["schemas"]["WebhookTemplateCategoryUpdate"];
        };
        WebhookUserPreferencesChange: {
            /** @constant */
            field: "user_preferences";
            value: components["schemas"]["WebhookUserPreferencesValue"];
        };
        /**
         * @description Any other field Meta sends (about 20 exist: `account_update`, `user_preferences`, ...). Passed
         *     through as is.
         */
        WebhookOtherChange: {
            /** @example account_update */
            field: string;
            value: unknown;
        };
        /**
         * @description The value of a `messages` change: inbound `messages` (senders in `contacts`), `statuses` of
         *     messages you sent, or system-level `errors`.
         */
        WebhookMessagesValue: {
            /** @constant */
            messaging_product: "whatsapp";
            metadata: components["schemas"]["WebhookMetadata"];
            contacts?: components["schemas"]["WebhookContact"][];
            messages?: components["schemas"]["WebhookInboundMessage"][];
            statuses?: components["schemas"]["WebhookStatus"][];
            /** @description System-level errors, not tied to one message. */
            errors?: components["schemas"]["WebhookError"][];
        };
        /**
         * @description The value of a `user_preferences` change: users who stopped or resumed marketing messages
         *     (the asynchronous companion of error `131050`), with the users in `contacts`.
         */
        WebhookUserPreferencesValue: {
            /** @constant */
            messaging_product: "whatsapp";
            metadata: components["schemas"]["WebhookMetadata"];
            contacts?: components["schemas"]["WebhookContact"][];
            user_preferences: components["schemas"]["WebhookUserPreference"][];
        };
        /** @description One user's preference change. */
        WebhookUserPreference: {
            /** @description The user's WhatsApp id; absent for some username users. */
            wa_id?: string;
            /** @description The user's business-scoped user id. */
            user_id?: string;
            /** @example User requested to stop marketing messages */
            detail?: string;
            category: "marketing_messages" | (string & {});
            /** @description `stop` and `resume`; `signup` when the user opted in through a signup link. */
            value: "stop" | "resume" | "signup" | (string & {});
            signup_id?: string;
            /** @description Unix seconds. */
            timestamp?: number;
        };
        /** @description The business phone number the change is about. */
        WebhookMetadata: {
            /** @example 15550783881 */
            display_phone_number: string;
            /** @example 106540352242922 */
            phone_number_id: string;
        };
        /**
         * @description A WhatsApp user: the sender of inbound messages, or (on `sent`, `delivered` and `read`) the
         *     recipient of a status. Users who adopted a username may have no `wa_id`; their
         *     business-scoped user id (`user_id`, e.g. `US.13491208655302741918`) identifies them.
         */
        WebhookContact: {
            /** @description The user's WhatsApp id (phone number); absent (or `""`) for some username users. */
            wa_id?: string;
            /** @description Business-scoped user id (BSUID). */
            user_id?: string;
            /** @description Parent business-scoped user id, when there is one. */
            parent_user_id?: string;
            identity_key_hash?: string;
            profile?: {
                name?: string;
                /** @description The user's WhatsApp username, when they have one. */
                username?: string;
            };
        };
        /** @description An asynchronous error (a `failed` status, an `unsupported` message, or a system-level error). */
        WebhookError: {
            /** @example 131047 */
            code: number;
            title?: string;
            message?: string;
            error_data?: {
                details?: string;
            };
            href?: string;
        };
        /**
         * @description An inbound message, told apart by `type`. The list is open: Meta adds types (`edit` and
         *     `revoke` on Coexistence numbers) and sent `unknown` for years, so a message of a type not
         *     modelled here validates as `WebhookOtherMessage`, with its object (if any) under the key its
         *     `type` names. Handle "another type" in your `switch`.
         */
        WebhookInboundMessage: components["schemas"]["WebhookTextMessage"] | components["schemas"]["WebhookImageMessage"] | components["schemas"]["WebhookVideoMessage"] | components["schemas"]["WebhookAudioMessage"] | components["schemas"]["WebhookDocumentMessage"] | components["schemas"]["WebhookStickerMessage"] | components["schemas"]["WebhookLocationMessage"] | components["schemas"]["WebhookContactsMessage"] | components["schemas"]["WebhookReactionMessage"] | components["schemas"]["WebhookInteractiveMessage"] | components["schemas"]["WebhookButtonMessage"] | components["schemas"]["WebhookOrderMessage"] | components["schemas"]["WebhookSystemMessage"] | components["schemas"]["WebhookRequestWelcomeMessage"] | components["schemas"]["WebhookUnsupportedMessage"] | components["schemas"]["WebhookOtherMessage"];
        /**
         * @description A message of a type this document does not model: `unknown` (older deliveries, with `errors`
         *     code `131051`), `edit`, `revoke`, or one Meta adds later. Passed through as is.
         */
        WebhookOtherMessage: {
            /**
             * @example unknown
             * @example edit
             * @example revoke
             */
            type: string;
        } & components["schemas"]["WebhookInboundMessageBase"];
        /** @description Fields every inbound message has. */
        WebhookInboundMessageBase: {
            /** @description The sender's WhatsApp id (phone number); absent for some username users. */
            from?: string;
            /** @description The sender's business-scoped user id (BSUID). */
            from_user_id?: string;
            from_parent_user_id?: string;
            /** @description The message's WAMID. */
            id: string;
            /** @description Unix seconds, as a string. */
            timestamp: string;
            context?: components["schemas"]["WebhookMessageContext"];
            referral?: components["schemas"]["WebhookReferral"];
            errors?: components["schemas"]["WebhookError"][];
        };
        /**
         * @description Present when the message replies to (or taps a button of) a business message (`from`, `id`), is
         *     forwarded, or asks about a product (`referred_product`).
         */
        WebhookMessageContext: {
            from?: string;
            /** @description WAMID of the message replied to. */
            id?: string;
            forwarded?: boolean;
            frequently_forwarded?: boolean;
            referred_product?: {
                catalog_id?: string;
                product_retailer_id?: string;
            };
        };
        /** @description The ad or post a Click-to-WhatsApp conversation started from. */
        WebhookReferral: {
            source_url?: string;
            source_id?: string;
            /**
             * @example ad
             * @example post
             */
            source_type?: string;
            headline?: string;
            body?: string;
            /**
             * @example image
             * @example video
             */
            media_type?: string;
            image_url?: string;
            video_url?: string;
            thumbnail_url?: string;
            ctwa_clid?: string;
            welcome_message?: {
                text?: string;
            };
        };
        /** @description Received media; download it with its `id` (or its `url`, with your token). */
        WebhookMedia: {
            id: string;
            mime_type?: string;
            sha256?: string;
            url?: string;
            caption?: string;
            /** @description Documents only. */
            filename?: string;
            /** @description Audio only: `true` for a voice note. */
            voice?: boolean;
            /** @description Stickers only. */
            animated?: boolean;
        };
        WebhookTextMessage: {
            /** @constant */
            type: "text";
            text: {
                body: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookImageMessage: {
            /** @constant */
            type: "image";
            image: components["schemas"]["WebhookMedia"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookVideoMessage: {
            /** @constant */
            type: "video";
            video: components["schemas"]["WebhookMedia"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookAudioMessage: {
            /** @constant */
            type: "audio";
            audio: components["schemas"]["WebhookMedia"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookDocumentMessage: {
            /** @constant */
            type: "document";
            document: components["schemas"]["WebhookMedia"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookStickerMessage: {
            /** @constant */
            type: "sticker";
            sticker: components["schemas"]["WebhookMedia"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookLocationMessage: {
            /** @constant */
            type: "location";
            location: {
                latitude: number;
                longitude: number;
                name?: string;
                address?: string;
                url?: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookContactsMessage: {
            /** @constant */
            type: "contacts";
            /** @description Contact cards, in the shape of the send side's `contacts` (name, phones, emails, ...). */
            contacts: {
                name?: {
                    formatted_name?: string;
                    first_name?: string;
                    last_name?: string;
                };
                phones?: {
                    phone?: string;
                    type?: string;
                    wa_id?: string;
                }[];
            }[];
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookReactionMessage: {
            /** @constant */
            type: "reaction";
            reaction: {
                /** @description WAMID of the message reacted to. */
                message_id: string;
                /** @description Missing or empty when the reaction was removed. */
                emoji?: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        /**
         * @description A reply to an interactive message. `interactive` can be missing: Meta has delivered such
         *     messages without it (next to value-level errors).
         */
        WebhookInteractiveMessage: {
            /** @constant */
            type: "interactive";
            interactive?: components["schemas"]["WebhookInteractiveReply"];
        } & components["schemas"]["WebhookInboundMessageBase"];
        /**
         * @description A reply to an interactive message, told apart by `type`. Open: a reply type not modelled here
         *     (Meta adds them, e.g. for product messages) validates as `WebhookOtherInteractiveReply`.
         */
        WebhookInteractiveReply: components["schemas"]["WebhookButtonReply"] | components["schemas"]["WebhookListReply"] | components["schemas"]["WebhookFlowReply"] | components["schemas"]["WebhookCallPermissionReply"] | components["schemas"]["WebhookOtherInteractiveReply"];
        /** @description A reply of a type this document does not model, with its object under the key its `type` names. */
        WebhookOtherInteractiveReply: {
            type: string;
        };
        WebhookButtonReply: {
            /** @constant */
            type: "button_reply";
            button_reply: {
                /** @description The `id` you gave the reply button. */
                id: string;
                title: string;
            };
        };
        WebhookListReply: {
            /** @constant */
            type: "list_reply";
            list_reply: {
                /** @description The `id` you gave the row. */
                id: string;
                title: string;
                description?: string;
            };
        };
        WebhookFlowReply: {
            /** @constant */
            type: "nfm_reply";
            nfm_reply: {
                /**
                 * @example flow
                 * @example address_message
                 */
                name?: string;
                body?: string;
                /** @description The flow's response, a JSON document as a string. */
                response_json: string;
            };
        };
        WebhookCallPermissionReply: {
            /** @constant */
            type: "call_permission_reply";
            call_permission_reply: {
                /**
                 * @example accept
                 * @example reject
                 */
                response?: string;
                is_permanent?: boolean;
                /**
                 * @example user_action
                 * @example automatic
                 */
                response_source?: string;
                expiration_timestamp?: number;
            };
        };
        /** @description A tap on a template's quick-reply button; `payload` is the one given at send time. */
        WebhookButtonMessage: {
            /** @constant */
            type: "button";
            button: {
                payload: string;
                /** @description The button's label. */
                text: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookOrderMessage: {
            /** @constant */
            type: "order";
            order: {
                catalog_id: string;
                text?: string;
                product_items: {
                    product_retailer_id: string;
                    quantity: number;
                    item_price?: number;
                    currency?: string;
                }[];
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        WebhookSystemMessage: {
            /** @constant */
            type: "system";
            system: {
                /** @description Meta's description of the change. */
                body?: string;
                /**
                 * @description `user_changed_number` (new phone number, in `wa_id`) and `user_changed_user_id` (new
                 *     business-scoped user id, in `user_id`) are Meta's current names;
                 *     `customer_changed_number` and `customer_identity_changed` are the legacy ones.
                 */
                type?: "user_changed_number" | "user_changed_user_id" | "customer_changed_number" | "customer_identity_changed" | (string & {});
                /** @description The new WhatsApp id (phone number), for a number change. */
                wa_id?: string;
                /** @description The new WhatsApp id, as older deliveries name it. */
                new_wa_id?: string;
                /** @description The new business-scoped user id. */
                user_id?: string;
                /** @description The new parent business-scoped user id. */
                parent_user_id?: string;
                previous_user_id?: string;
                previous_parent_user_id?: string;
                /** @description Legacy. */
                customer?: string;
            };
            /** @description The user's new identity key, on `customer_identity_changed`. */
            identity?: {
                acknowledged?: boolean;
                created_timestamp?: string;
                hash?: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        /** @description The user opened the chat for the first time; answer with a welcome message. */
        WebhookRequestWelcomeMessage: {
            /** @constant */
            type: "request_welcome";
        } & components["schemas"]["WebhookInboundMessageBase"];
        /** @description A message type the Cloud API does not deliver; `errors` says why (code `131051`), `unsupported.type` which. */
        WebhookUnsupportedMessage: {
            /** @constant */
            type: "unsupported";
            unsupported?: {
                /**
                 * @example poll
                 * @example view_once
                 * @example edit
                 */
                type?: string;
            };
        } & components["schemas"]["WebhookInboundMessageBase"];
        /**
         * @description A status of a message you sent, identified by its WAMID (`id`). `conversation` and `pricing`
         *     come on `sent` and on one of `delivered` / `read`; `errors` on `failed`; the
         *     `biz_opaque_callback_data` you sent is echoed back.
         */
        WebhookStatus: {
            /** @description The WAMID `messages.send` returned. */
            id: string;
            /** @description `played`: a voice message was played. Open: Meta may add statuses (`deleted` and `warning` existed on the on-premises API). */
            status: "sent" | "delivered" | "read" | "played" | "failed" | (string & {});
            /** @description Unix seconds, as a string. */
            timestamp: string;
            /** @description The recipient's WhatsApp id; absent for some username users. */
            recipient_id?: string;
            /** @description The recipient's business-scoped user id (BSUID). */
            recipient_user_id?: string;
            parent_recipient_user_id?: string;
            /** @example group */
            recipient_type?: string;
            recipient_participant_id?: string;
            biz_opaque_callback_data?: string;
            conversation?: {
                id?: string;
                expiration_timestamp?: string;
                origin?: {
                    type?: components["schemas"]["WebhookPricingCategory"];
                };
            };
            pricing?: {
                billable?: boolean;
                /** @description `PMP` (per message); `CBP` (per conversation) before July 2025. */
                pricing_model?: "PMP" | "CBP" | (string & {});
                type?: "regular" | "free_customer_service" | "free_entry_point" | (string & {});
                category?: components["schemas"]["WebhookPricingCategory"];
            };
            errors?: components["schemas"]["WebhookError"][];
        };
        /**
         * @description The pricing category of a message (and the origin of a conversation). Open: older deliveries
         *     say `business_initiated`, `user_initiated` or `referral_conversion`, and Meta adds categories.
         */
        WebhookPricingCategory: "authentication" | "authentication_international" | "marketing" | "marketing_lite" | "utility" | "service" | "referral_conversion" | (string & {});
        WebhookTemplateStatusUpdate: {
            /** @description The new status. Open to values Meta adds. */
            event: "APPROVED" | "ARCHIVED" | "UNARCHIVED" | "DELETED" | "DISABLED" | "FLAGGED" | "IN_APPEAL" | "LIMIT_EXCEEDED" | "LOCKED" | "PAUSED" | "PENDING" | "REINSTATED" | "PENDING_DELETION" | "REJECTED" | (string & {});
            message_template_id: number;
            message_template_name: string;
            message_template_language: string;
            /**
             * @example UTILITY
             * @example MARKETING
             * @example AUTHENTICATION
             */
            message_template_category?: string;
            /**
             * @description `NONE` when there is none, `null` when scheduled for deletion.
             * @example INVALID_FORMAT
             */
            reason?: string | null;
            /** @description Why an `INVALID_FORMAT` rejection happened, and what to change. */
            rejection_info?: {
                reason?: string;
                recommendation?: string;
            };
            /** @description When a `DISABLED` (or flagged) template is or will be disabled. */
            disable_info?: {
                /** @description Unix seconds in current deliveries; a date string (`"January 31, 2021"`) in older ones. */
                disable_date?: number | string;
            };
            /** @description Details of a pause, an unpause or a disabling. */
            other_info?: {
                title?: "FIRST_PAUSE" | "SECOND_PAUSE" | "RATE_LIMITING_PAUSE" | "UNPAUSE" | "DISABLED" | (string & {});
                description?: string;
            };
        };
        WebhookTemplateQualityUpdate: {
            previous_quality_score?: components["schemas"]["WebhookQualityScore"];
            new_quality_score: components["schemas"]["WebhookQualityScore"];
            message_template_id: number;
            message_template_name: string;
            message_template_language: string;
        };
        /** @enum {string} */
        WebhookQualityScore: "GREEN" | "YELLOW" | "RED" | "UNKNOWN";
        /**
         * @description A completed change has `previous_category` and `new_category`; an advance notice has
         *     `correct_category`, `category_update_timestamp` and `new_category` (there the current one).
         */
        WebhookTemplateCategoryUpdate: {
            message_template_id: number;
            message_template_name: string;
            message_template_language: string;
            previous_category?: string;
            /** @example MARKETING */
            new_category: string;
            correct_category?: string;
            /** @description Unix seconds. */
            category_update_timestamp?: number;
        };
    };
    responses: {
        /** @description The request is invalid: code `100` with `error_data.details` naming the field. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The request body is larger than the operation accepts (code `100`); `error.message` and
         *     `error_data.details` name the limit. The body is refused from its `Content-Length` when it
         *     declares one, otherwise once the limit is passed while reading. Not retryable: send a smaller
         *     body (a smaller file for uploads). The examples show the limits the mock gateway applies:
         *     1 MB of JSON, 16 MB for a multipart upload.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The send was refused: `100` invalid request body, `131026` 24-hour window closed (send a
         *     template), `132000` template parameter count mismatch, `132012` template parameter format
         *     mismatch (named vs positional, header format, button parameters), `132015` template paused,
         *     `132016` template disabled (these two inferred: Meta's codes).
         */
        SendMessageBadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Missing, unknown or revoked API key (code `190`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key lacks the operation's scope (code `200`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The API key lacks the operation's scope, or the phone number is not in the key's
         *     `allowedPhoneNumberIds` (code `200`).
         */
        ForbiddenPhoneNumber: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The resource does not exist in the API key's tenant. Resources of other tenants also answer
         *     `404`, so their existence is never revealed. Code `100`, subcode `33`, as Meta answers for an
         *     unknown object.
         */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The phone number does not exist in the API key's tenant (code `100`, subcode `33`), or no
         *     `APPROVED` template of that name and language exists in its WABA (code `132001`).
         */
        SendMessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description The contact already holds 20 active tag assignments (code `131000`). Remove one first.
         *     `error_data.reason = tag_limit_reached` is inferred.
         */
        TagLimitReached: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description A template with this name and language already exists in the WABA (code `100`,
         *     `error_data.reason = template_name_exists`; the status and reason are inferred).
         */
        TemplateExists: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /**
         * @description `filter_blacklist=true` and the recipient is on the tenant blacklist (code `131000`,
         *     `error_data.reason = recipient_blacklisted`). No message was created.
         */
        RecipientBlacklisted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The API key exceeded its per-second rate limit (code `4`). Honour `Retry-After`. */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description An unexpected server error or an unavailable upstream (code `1` or `2`); safe to retry later. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Done. */
        Ok: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OkResponse"];
            };
        };
        /** @description The contact with its tag assignments. */
        ContactWithTags: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ContactWithTags"];
            };
        };
        /** @description The blacklist entry. */
        BlacklistEntry: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BlacklistEntry"];
            };
        };
        /**
         * @description Received. Answer 200 quickly (Meta's latency target is a median of 250 ms), and only after the
         *     events are safely stored: any other answer is retried for up to 7 days.
         */
        WebhookReceived: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The signature is missing or wrong; the body was not processed. */
        WebhookRejected: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description Meta phone number ID (numeric string) of one of the tenant's WhatsApp numbers.
         * @example 106540352242922
         */
        PhoneNumberId: string;
        /**
         * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
         * @example 102290129340398
         */
        WabaId: string;
        /**
         * @description The contact's ID (CUID).
         * @example cm5xy123
         */
        ContactId: string;
        /**
         * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
         *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
         *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
         * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
         */
        WebhookSignature: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds to wait before retrying.
         * @example 1
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    sendMessage: {
        parameters: {
            query?: {
                /**
                 * @description When `true`, the recipient is checked against the tenant blacklist before sending. A
                 *     blacklisted number is rejected with HTTP 422 and `error_data.reason = recipient_blacklisted`;
                 *     no message is created and Meta is not called.
                 */
                filter_blacklist?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description Meta phone number ID (numeric string) of one of the tenant's WhatsApp numbers.
                 * @example 106540352242922
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendMessageRequest"];
            };
        };
        responses: {
            /** @description The message was accepted for delivery. Delivery is reported by webhook. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SendMessageResponse"];
                };
            };
            400: components["responses"]["SendMessageBadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenPhoneNumber"];
            404: components["responses"]["SendMessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["RecipientBlacklisted"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Meta phone number ID (numeric string) of one of the tenant's WhatsApp numbers.
                 * @example 106540352242922
                 */
                phoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["MediaUploadRequest"];
            };
        };
        responses: {
            /** @description The media was stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MediaUploadResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["ForbiddenPhoneNumber"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /**
                 * @description Filter by exact template name (case sensitive).
                 * @example order_shipped
                 */
                name?: string;
            };
            header?: never;
            path: {
                /**
                 * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
                 * @example 102290129340398
                 */
                wabaId: components["parameters"]["WabaId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The WABA's templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
                 * @example 102290129340398
                 */
                wabaId: components["parameters"]["WabaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TemplateCreateRequest"];
            };
        };
        responses: {
            /** @description The template was submitted for review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["TemplateExists"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadTemplateMedia: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description WhatsApp Business Account ID (same as Meta's), owned by the key's tenant.
                 * @example 102290129340398
                 */
                wabaId: components["parameters"]["WabaId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["TemplateMediaUploadRequest"];
            };
        };
        responses: {
            /** @description A single-use header handle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateMediaUploadResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    uploadLibraryAsset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["LibraryAssetUploadRequest"];
            };
        };
        responses: {
            /** @description The stored asset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LibraryAsset"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    upsertContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpsertRequest"];
            };
        };
        responses: {
            /** @description The created or refreshed contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getContactByPhone: {
        parameters: {
            query: {
                /**
                 * @description Recipient phone, normalization tolerant.
                 * @example 16505551234
                 */
                phone: components["schemas"]["ContactPhone"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactWithTags"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["ContactWithTags"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdateRequest"];
            };
        };
        responses: {
            /** @description The contact after the update. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    assignContactTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactTagAssignRequest"];
            };
        };
        responses: {
            /** @description The tag assignment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactTagAssignment"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["TagLimitReached"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    removeContactTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's ID (CUID).
                 * @example cm5xy123
                 */
                contactId: components["parameters"]["ContactId"];
                /**
                 * @description ID of the tag in the tenant's tag catalog.
                 * @example cm5tag42
                 */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listBlacklist: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Cursor from `paging.cursors.after` of the previous page. */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of blacklist entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BlacklistPage"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    addToBlacklist: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BlacklistAddRequest"];
            };
        };
        responses: {
            200: components["responses"]["BlacklistEntry"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getBlacklistEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phone number, normalization tolerant (URL-encode `+` and spaces).
                 * @example 16505551234
                 */
                phone: components["schemas"]["ContactPhone"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["BlacklistEntry"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    removeFromBlacklist: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The phone number, normalization tolerant (URL-encode `+` and spaces).
                 * @example 16505551234
                 */
                phone: components["schemas"]["ContactPhone"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Ok"];
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    webhookVerification: {
        parameters: {
            query: {
                "hub.mode": "subscribe";
                /** @description The verify token you registered with the callback URL. */
                "hub.verify_token": string;
                /**
                 * @description A random value to echo back.
                 * @example 1158201444
                 */
                "hub.challenge": string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription is confirmed; the body is the `hub.challenge` value, as is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 1158201444 */
                    "text/plain": string;
                };
            };
            /** @description Wrong mode or verify token. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMessages: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
                 *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
                 *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
                 * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
                 */
                "X-Hub-Signature-256": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            401: components["responses"]["WebhookRejected"];
        };
    };
    webhookTemplateStatus: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
                 *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
                 *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
                 * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
                 */
                "X-Hub-Signature-256": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            401: components["responses"]["WebhookRejected"];
        };
    };
    webhookTemplateQuality: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
                 *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
                 *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
                 * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
                 */
                "X-Hub-Signature-256": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            401: components["responses"]["WebhookRejected"];
        };
    };
    webhookTemplateCategory: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
                 *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
                 *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
                 * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
                 */
                "X-Hub-Signature-256": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            401: components["responses"]["WebhookRejected"];
        };
    };
    webhookUserPreferences: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `sha256=` and the lowercase hex HMAC-SHA256 of the raw request body, keyed with your app
                 *     secret. Meta serializes the body with non-ASCII characters escaped as `\uXXXX` and signs exactly
                 *     those bytes. Verify before parsing (`verifyWebhookSignature` of `@sigfollow/client/webhooks`).
                 * @example sha256=3a0b2f1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b
                 */
                "X-Hub-Signature-256": components["parameters"]["WebhookSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            200: components["responses"]["WebhookReceived"];
            401: components["responses"]["WebhookRejected"];
        };
    };
}

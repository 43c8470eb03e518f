/**
 * At most this many active tag assignments per contact.
 *
 * @example
 * ```ts
 * if (contact.tags.length >= MAX_TAGS_PER_CONTACT) await pruneOldestTag(contact.id);
 * ```
 */
export const MAX_TAGS_PER_CONTACT = 20;
/**
 * Longest stored contact display name; longer names are truncated after trimming.
 *
 * @example
 * ```ts
 * const stored = name.trim().slice(0, DISPLAY_NAME_MAX_LENGTH);
 * ```
 */
export const DISPLAY_NAME_MAX_LENGTH = 128;
/**
 * Longest tag-assignment (and blacklist) reason.
 *
 * @example
 * ```ts
 * const reason = note.slice(0, REASON_MAX_LENGTH);
 * ```
 */
export const REASON_MAX_LENGTH = 500;

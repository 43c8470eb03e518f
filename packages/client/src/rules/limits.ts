/** At most this many active tag assignments per contact. */
export const MAX_TAGS_PER_CONTACT = 20;
/** Longest stored contact display name; longer names are truncated after trimming. */
export const DISPLAY_NAME_MAX_LENGTH = 128;
/** Longest tag-assignment (and blacklist) reason. */
export const REASON_MAX_LENGTH = 500;

// Text the command did not write itself (a gateway's messages and template names, the user's
// arguments), made safe to print on a terminal: no escape sequence can move the cursor, clear
// the screen, set the title or hide a link, and no line break can forge a line.

// Escape sequences whole (CSI, OSC up to BEL or ST, DCS/SOS/PM/APC up to ST, two-byte ones),
// then the controls left: C0 but new line and tab, DEL, C1.
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[ -/]*[0-~]?)/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * `text` without terminal controls: escape sequences and control characters removed, new lines
 * and tabs kept.
 *
 * @example
 * ```ts
 * printable("\u001b[31mred\u001b[0m\u0007"); // "red"
 * ```
 */
export const printable = (text: string) => text.replace(ESCAPES, "").replace(CONTROLS, "");

/**
 * `text` as part of one line: printable, with each run of line breaks and tabs (and the Unicode
 * line and paragraph separators) one space.
 *
 * @example
 * ```ts
 * oneLine("bad\r\nsigfollow: forged"); // "bad sigfollow: forged"
 * ```
 */
export const oneLine = (text: string) => printable(text.replace(/[\r\n\t\u2028\u2029]+/g, " "));

/**
 * Characters a string literal of the generated module (or its JSON) writes as `\uXXXX` escapes
 * rather than as they are: controls (JSON.stringify escapes C0 but not DEL and C1), the line
 * separators, and the bidirectional controls, which make code read otherwise than it runs.
 */
const UNPRINTED = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON text or JavaScript source with the characters above written as `\uXXXX` escapes, which
 * reads the same in a string literal (the only place the command's output can have them), and
 * prints as it reads.
 *
 * @example
 * ```ts
 * escapeUnprinted(JSON.stringify("a\u202eb")); // '"a\\u202eb"'
 * ```
 */
export const escapeUnprinted = (source: string) => source.replace(UNPRINTED, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

/**
 * A value as a message quotes it: JSON, with every unprinted character escaped, so what the user
 * typed (or the gateway sent) shows as it is.
 *
 * @example
 * ```ts
 * quoted("1\nx"); // '"1\\nx"'
 * ```
 */
export const quoted = (text: string) => escapeUnprinted(JSON.stringify(text));

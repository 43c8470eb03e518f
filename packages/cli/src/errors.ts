/**
 * A failure the command reports in one line, exiting with status 2: a usage mistake (then `help`
 * names the help to read), a refused key, an unreachable gateway, an unreadable file. Never a
 * stack trace.
 *
 * @example
 * ```ts
 * throw new CliError("--waba is required", { help: "sigfollow templates pull --help" });
 * ```
 */
export class CliError extends Error {
  override name = "CliError";
  /** For usage mistakes: the command that prints the relevant help. */
  readonly help: string | undefined;

  constructor(message: string, options: { help?: string } = {}) {
    super(message);
    this.help = options.help;
  }
}

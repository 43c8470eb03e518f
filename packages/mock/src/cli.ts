// `sigfollow-mock`: the standalone mock gateway. The stateful gateway itself is not built yet;
// until it is, this command says so and exits with a non-zero status.
const lines = [
  "sigfollow-mock: the mock gateway is not implemented yet.",
  "It will serve the SigFollow API described in openapi/sigfollow.yaml on http://127.0.0.1:4010",
  "(options: --port, --host, --seed seed.json) and print a demo tenant's API key, WABA id,",
  "phone number id and a ready-to-paste curl command.",
];
console.error(lines.join("\n"));
process.exitCode = 1;

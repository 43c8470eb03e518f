// Where a standalone server is reached, for the webhook deliveries: a subscription to its port on a
// local address or one of its names would have the mock deliver to itself (a loop).
import { hostname, networkInterfaces } from "node:os";
import type { AddressInfo } from "node:net";
import { addOwnServer, type MockGateway } from "../gateway.js";

/** Tells the gateway's webhooks the server's port and the names and addresses it answers at (every interface's when listening on all). */
export function refuseSubscriptionsToServer(gateway: MockGateway, address: AddressInfo): void {
  const everywhere = address.address === "0.0.0.0" || address.address === "::";
  const interfaces = everywhere ? Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address)) : [];
  addOwnServer(gateway, { port: address.port, hosts: [address.address, hostname(), ...interfaces] });
}

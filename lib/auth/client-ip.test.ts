import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { installClientIpHook, uninstallClientIpHook } from "./client-ip-hook";
import { CLIENT_IP_HEADER, clientIp, clientIpFromChain, clientIpOfNodeHeaders, ipThrottleKey, normalizeIp, sealedClientIp } from "./client-ip";

describe("clientIpFromChain", () => {
  it("without a trusted proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    expect(clientIpFromChain("203.0.113.7", "198.51.100.2", 0)).toBe("198.51.100.2");
    expect(clientIpFromChain("203.0.113.7, 192.0.2.9", "::ffff:198.51.100.2", 0)).toBe("198.51.100.2");
    expect(clientIpFromChain(undefined, "::1", 0)).toBe("::1");
    expect(clientIpFromChain("203.0.113.7", undefined, 0)).toBe("unknown");
  });

  it("with N trusted proxies, is the entry the outermost trusted proxy appended", () => {
    // client → proxy (appends the client) → app (the socket is the proxy)
    expect(clientIpFromChain("203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    // the client's own claim in front of it is ignored
    expect(clientIpFromChain("6.6.6.6, 203.0.113.7", "10.0.0.2", 1)).toBe("203.0.113.7");
    // CDN → load balancer → app
    expect(clientIpFromChain("6.6.6.6, 203.0.113.7, 172.16.0.5", "10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientIpFromChain(["6.6.6.6, 203.0.113.7", "172.16.0.5"], "10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("takes the first entry of a chain shorter than the trusted hops, and refuses garbage", () => {
    expect(clientIpFromChain(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientIpFromChain("203.0.113.7", "10.0.0.2", 3)).toBe("203.0.113.7");
    expect(clientIpFromChain("not-an-ip", "10.0.0.2", 1)).toBe("unknown");
    expect(clientIpFromChain(" , ", "10.0.0.2", 1)).toBe("10.0.0.2");
  });
});

describe("normalizeIp and ipThrottleKey", () => {
  it("gives one spelling per address", () => {
    expect(normalizeIp("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeIp("2001:DB8:0:0::1")).toBe("2001:db8::1");
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("192.0.2.1:8080")).toBe("192.0.2.1");
    expect(normalizeIp("0x7f.1")).toBeNull();
    expect(normalizeIp("evil")).toBeNull();
  });

  it("throttles IPv6 by its /64 and IPv4 by the address", () => {
    expect(ipThrottleKey("2001:db8:1:2:aaaa::1")).toBe(ipThrottleKey("2001:db8:1:2:bbbb::9"));
    expect(ipThrottleKey("2001:db8:1:2::1")).not.toBe(ipThrottleKey("2001:db8:1:3::1"));
    expect(ipThrottleKey("192.0.2.1")).toBe("192.0.2.1");
    expect(ipThrottleKey("unknown")).toBe("unknown");
  });
});

describe("the client-address hook on a real HTTP server", () => {
  afterEach(() => uninstallClientIpHook());

  /** A server that answers with the address the app would use; requests come from `localAddress`. */
  async function ask(options: { hops: number; localAddress: string; headers: Record<string, string> }): Promise<string> {
    installClientIpHook(options.hops);
    const server = http.createServer((req, res) => res.end(clientIpOfNodeHeaders(req.headers)));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    try {
      return await new Promise<string>((resolve, reject) => {
        const req = http.request({ host: "127.0.0.1", port, localAddress: options.localAddress, headers: options.headers }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () => resolve(body));
        });
        req.on("error", reject);
        req.end();
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("without a trusted proxy, a spoofed X-Forwarded-For (or a forged header of ours) changes nothing", async () => {
    const spoofed = { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8", [CLIENT_IP_HEADER]: "203.0.113.9" };
    expect(await ask({ hops: 0, localAddress: "127.0.0.23", headers: spoofed })).toBe("127.0.0.23");
  });

  it("with one trusted proxy, takes the address the proxy appended", async () => {
    expect(await ask({ hops: 1, localAddress: "127.0.0.24", headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.7" } })).toBe("203.0.113.7");
  });
});

describe("reading the address", () => {
  afterEach(() => uninstallClientIpHook());
  const req = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("believes only a value the hook sealed", () => {
    installClientIpHook(0);
    expect(clientIp(req({ [CLIENT_IP_HEADER]: sealedClientIp("192.0.2.1") }))).toBe("192.0.2.1");
    expect(clientIp(req({ [CLIENT_IP_HEADER]: "192.0.2.1" }))).toBe("unknown");
    expect(clientIp(req({ [CLIENT_IP_HEADER]: "0000 192.0.2.1" }))).toBe("unknown");
    expect(clientIp(req({ "x-forwarded-for": "192.0.2.1" }))).toBe("unknown");
  });

  it("without the hook, every request is the unknown bucket", () => {
    const forged = sealedClientIp("192.0.2.1");
    uninstallClientIpHook();
    expect(clientIp(req({ [CLIENT_IP_HEADER]: forged }))).toBe("unknown");
  });
});

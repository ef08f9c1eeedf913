import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./serve.mjs";

// A site folder named "out" with a sibling whose name starts with "out", as an attacker would hope for.
const top = mkdtempSync(path.join(tmpdir(), "serve-test-"));
const secret = "SECRET-OUTSIDE-THE-SITE";
const files: [string, string][] = [
  ["out/index.html", "<p>start</p>"],
  ["out/404.html", "<p>not found</p>"],
  ["out/es/404.html", "<p>no encontrada</p>"],
  ["out/page.txt", "a page"],
  ["out/nested/index.html", "<p>nested</p>"],
  ["out-secret/x.txt", secret],
  ["secret.txt", secret],
];
for (const [file, text] of files) {
  mkdirSync(path.dirname(path.join(top, file)), { recursive: true });
  writeFileSync(path.join(top, file), text);
}

let server: Server;
let port = 0;
beforeAll(async () => {
  server = (await startServer({ root: path.join(top, "out"), port: 0 })) as Server;
  port = (server.address() as AddressInfo).port; // listening on a TCP port, so the address is an object
});
afterAll(() => {
  server.close();
  rmSync(top, { recursive: true, force: true });
});

/** Sends the path exactly as written: node's client does not normalise or re-encode it. */
function get(rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the local static server", () => {
  it("serves the site's own files", async () => {
    expect(await get("/page.txt")).toEqual({ status: 200, body: "a page" });
    expect((await get("/nested/")).body).toBe("<p>nested</p>");
    expect((await get("/nested")).status).toBe(308);
    expect(await get("/no-such-page/")).toEqual({ status: 404, body: "<p>not found</p>" });
  });

  it("answers a missing address with the 404 page of its language, as static hosts do", async () => {
    expect(await get("/es/no-such-page/")).toEqual({ status: 404, body: "<p>no encontrada</p>" });
    expect(await get("/es/questions/no-such/")).toEqual({ status: 404, body: "<p>no encontrada</p>" });
    expect(await get("/esx/")).toEqual({ status: 404, body: "<p>not found</p>" });
  });

  it.each([
    "/..%2Fout-secret/x.txt",
    "/%2e%2e/out-secret/x.txt",
    "/%2E%2E%2Fout-secret%2Fx.txt",
    "/%2e%2e/secret.txt",
    "/nested/%2e%2e/%2e%2e/secret.txt",
    "/..%5Cout-secret%5Cx.txt",
    "/..\\out-secret\\x.txt",
    "/page.txt%00.html",
    "/%00",
    `/${"a/".repeat(600)}page.txt`,
    "/%E0%A4%A",
  ])("refuses %s with 400 or 404, never a file outside out/", async (rawPath) => {
    const { status, body } = await get(rawPath);
    expect([400, 404]).toContain(status);
    expect(body).not.toContain(secret);
    expect(body).not.toContain("a page");
  });
});

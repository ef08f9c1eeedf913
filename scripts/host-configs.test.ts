import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { headersFile, nginxSnippet } from "./host-configs.mjs";
import { securityHeaders } from "./security-headers.mjs";

const parse = (text: string, pattern: RegExp) =>
  Object.fromEntries([...text.matchAll(pattern)].map((m) => [m[1], m[2]]));

describe("host configurations", () => {
  it("the committed nginx snippet is up to date (npx tsx scripts/host-configs.mjs --nginx)", () => {
    const committed = readFileSync(
      path.resolve(import.meta.dirname, "../docs/hosting/nginx-security-headers.conf"),
      "utf8",
    );
    expect(committed).toBe(nginxSnippet());
  });

  it("nginx, _headers and the local server carry exactly the same headers", () => {
    const nginx = parse(nginxSnippet(), /^add_header (\S+) "([^"]*)" always;$/gm);
    const headers = parse(headersFile(), /^ {2}([A-Za-z-]+): (.*)$/gm);
    expect(nginx).toEqual(securityHeaders);
    expect(headers).toEqual(securityHeaders);
  });

  it("includes the headers the site promises", () => {
    expect(Object.keys(securityHeaders).sort()).toEqual([
      "Content-Security-Policy",
      "Cross-Origin-Opener-Policy",
      "Permissions-Policy",
      "Referrer-Policy",
      "Strict-Transport-Security",
      "X-Content-Type-Options",
      "X-Frame-Options",
    ]);
    expect(securityHeaders["Strict-Transport-Security"]).toMatch(/max-age=31536000/);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addCsp } from "./add-csp.mjs";

describe("addCsp", () => {
  const page =
    '<html><head><meta charSet="utf-8"/><script src="/a.js"></script></head><body><script>self.x=1</script></body></html>';

  it("hashes each inline script and puts the policy straight after the charset", () => {
    const html = addCsp(page);
    expect(html).toMatch(
      /^<html><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="[^"]+"\/>/,
    );
    const hash = createHash("sha256").update("self.x=1").digest("base64");
    expect(html).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(html).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).toContain("object-src 'none'; base-uri 'none'; form-action 'self'");
  });

  it("does not add a second policy when run twice", () => {
    const once = addCsp(page);
    expect(addCsp(once)).toBe(once);
  });
});

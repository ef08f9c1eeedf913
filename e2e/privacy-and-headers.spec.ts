import { securityHeaders } from "../scripts/security-headers.mjs";
import { expect, test } from "./fixtures";
import { answersOf } from "./cases";

const pages = [
  "/",
  "/questions/emergency/",
  "/questions/care_weeks/",
  "/check-answers/",
  "/result/",
  "/answers-deleted/",
];

test("every page is served with the security headers", async ({ request }) => {
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    for (const [name, value] of Object.entries(securityHeaders))
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers["set-cookie"]).toBeUndefined();
  }
});

test("every page carries a script policy without unsafe-inline or unsafe-eval", async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  }
});

test("a whole journey makes no request to another origin and sets no cookie", async ({
  questionnaire,
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));

  await questionnaire.start();
  await questionnaire.answerAll(answersOf("folliculitis-just-under-window"));
  await questionnaire.seeResult();
  await questionnaire.expectOutcome("self_care", "folliculitis");

  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  // Answer ids never appear in a request: moving between questions needs no server round trip with data.
  expect(requests.filter((url) => /pimples|shaving|folliculitis/.test(url))).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test("the browser blocks an inline script that the page's policy does not list", async ({ page, policyViolations }) => {
  test
    .info()
    .annotations.push({ type: "expects-policy-violation", description: "the page is tampered with on purpose" });
  await page.route("**/questions/emergency/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>document.title='tampered'</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/questions/emergency/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.title()).not.toBe("tampered");
  await expect.poll(() => policyViolations.some((v) => v.includes("script-src"))).toBe(true);
});

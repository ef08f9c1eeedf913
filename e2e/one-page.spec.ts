import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, ElementHandle, Page } from "@playwright/test";
import fc from "fast-check";
import { translator, treeIn } from "../lib/i18n/catalogs";
import type { Locale } from "../lib/i18n/locales";
import type { Answers, AnswerValue } from "../lib/journey/answers";
import { walk } from "../lib/journey/walk";
import { compileOnePage, inputId } from "../lib/one-page/compile";
import { fullAnswers } from "../lib/testing/arbitraries";
import { routesFor } from "../lib/routes";
import { tree } from "../lib/tree/load";
import { safetyScreens } from "../lib/tree/roles";
import { expectNoAxeViolations } from "./axe";
import { allCases, caseForUrgency } from "./cases";
import { expect, optionLabel, test } from "./fixtures";

// The one-page check, with JavaScript off: every step shows exactly the questions the engine would ask, and
// the end shows exactly its outcome. The engine is the oracle (the cases pin it); the compiled CSS is under test.

const plan = compileOnePage(tree);
const bands = plan.bands;
const screens = new Set(safetyScreens(tree).map((q) => q.id));
const bandOf = (question: string, value: number) => (bands[question] ?? []).filter((b) => b <= value).at(-1) ?? 0;

/** The answers a person gives on this page: a number falls into its band's radio. */
function asTicked(answers: Answers): Answers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, typeof value === "number" ? bandOf(id, value) : value]),
  );
}

const inputsOf = (question: string, value: AnswerValue) =>
  (Array.isArray(value) ? value : [value]).map((v) => `#${inputId(question, String(v))}`);

async function noScriptPage(browser: Browser, baseURL: string | undefined, locale: Locale = "en") {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script" || request.url().endsWith(".js")) scripts.push(request.url());
  });
  await page.goto(routesFor(locale).onePage);
  return { page, scripts };
}

type Change = { id: string; checked: boolean };
const forms = new WeakMap<Page, ElementHandle>();
/** The form's reset button, as a change: every box unticked. */
const reset: Change = { id: "reset", checked: false };

/**
 * Ticks (or unticks) inputs as a person would, refusing any the page does not show, then reads what the page
 * shows: the questions, those marked "no longer asked", the outcome and its parts. One round trip per step
 * keeps 200 answer sets inside the CI budget; Playwright's own check() and the keyboard are used elsewhere.
 */
async function act(page: Page, changes: Change[] = []) {
  const form = (forms.get(page) ?? (await page.locator("form.op").elementHandle())) as ElementHandle<HTMLFormElement>;
  forms.set(page, form);
  return form.evaluate((form, changes) => {
    for (const { id, checked } of changes) {
      if (id === "reset") {
        form.reset();
        continue;
      }
      const input = form.querySelector<HTMLInputElement>(`[id="${id}"]`);
      if (!input?.checkVisibility()) throw new Error(`#${id} is not shown, so a person could not tick it`);
      if (input.checked !== checked) input.click();
    }
    const visible = (el: Element) => (el as HTMLElement).checkVisibility();
    const all = (selector: string, root: ParentNode = form) => [...root.querySelectorAll<HTMLElement>(selector)];
    return {
      questions: all("fieldset.op-question")
        .filter(visible)
        .map((e) => e.id.slice(2)),
      stale: all("fieldset.op-question")
        .filter((e) => all(".op-stale", e).some(visible))
        .map((e) => e.id.slice(2)),
      verdicts: all(".op-verdict")
        .filter(visible)
        .map((e) => ({
          urgency: e.getAttribute("data-urgency"),
          condition: e.getAttribute("data-condition"),
          rule: e.getAttribute("data-rule"),
          guidance: all("li[data-guidance]", e)
            .filter(visible)
            .map((li) => li.getAttribute("data-guidance")),
          reasons: all("li[data-reason]", e)
            .filter(visible)
            .map((li) => li.textContent),
        })),
    };
  }, changes);
}

const tick = (question: string, value: AnswerValue, checked = true): Change[] =>
  (Array.isArray(value) ? value : [value]).map((v) => ({ id: inputId(question, String(v)), checked }));

/** What the engine would show for the boxes ticked so far (answers it does not ask about are left on the page). */
function expected(answers: Answers) {
  const result = walk(tree, answers);
  const asked = new Set(result.path);
  if (result.status === "asking") asked.add(result.next.id);
  if (result.status === "invalid") asked.add(result.error.question);
  const safe = result.status === "done" && screens.has(result.path.at(-1) ?? "");
  const stale = safe ? [] : Object.keys(answers).filter((id) => !asked.has(id));
  const order = (ids: Iterable<string>) => tree.questions.map((q) => q.id).filter((id) => [...ids].includes(id));
  const done = result.status === "done" && stale.length === 0;
  return {
    result,
    view: {
      questions: order([...asked, ...stale]),
      stale: order(stale),
      verdicts:
        done && result.status === "done"
          ? [
              {
                urgency: result.outcome.urgency,
                condition: result.outcome.condition,
                rule: result.outcome.rule,
                guidance: result.outcome.guidance.map((g) => g.id),
                reasons: [...new Set(result.outcome.reasons.map((r) => r.text))],
              },
            ]
          : [],
    },
  };
}

/** Compares the page with the engine; reasons are compared as a set (the page lists them in the tree's order). */
async function expectEngine(page: Page, answers: Answers, step: string, words = tree, changes: Change[] = []) {
  const want = expected(answers).view;
  const got = await act(page, changes);
  const sorted = (view: typeof got) => ({
    ...view,
    verdicts: view.verdicts.map((v) => ({ ...v, reasons: [...v.reasons].sort() })),
  });
  const localized =
    words === tree
      ? want
      : { ...want, verdicts: want.verdicts.map((v) => ({ ...v, reasons: reasonsIn(words, answers) })) };
  expect(sorted(got), step).toEqual(sorted(localized));
}

function reasonsIn(words: typeof tree, answers: Answers): string[] {
  const result = walk(words, answers);
  return result.status === "done" ? [...new Set(result.outcome.reasons.map((r) => r.text))] : [];
}

/**
 * Answers the questions the engine asks, one at a time, from `source`, checking the page after each step;
 * `first` is ticked before the first check (a reset, or an answer changed higher up the page).
 */
async function answerAlong(
  page: Page,
  source: Answers,
  ticked: Record<string, AnswerValue>,
  label: string,
  words = tree,
  first: Change[] = [],
) {
  let changes = first;
  for (let step = 0; step < 30; step++) {
    await expectEngine(page, ticked, `${label}, step ${step}`, words, changes);
    const result = walk(tree, ticked);
    if (result.status !== "asking") return result;
    const question = result.next.id;
    const value = source[question];
    if (value === undefined) throw new Error(`${label}: no answer for ${question}`);
    changes = tick(question, value);
    ticked[question] = value;
  }
  throw new Error(`${label}: more than 30 steps`);
}

test.describe("with JavaScript off", () => {
  for (const locale of ["en", "es"] as const) {
    test(`every page points to the one-page check, which loads no script (${locale})`, async ({ browser, baseURL }) => {
      const t = translator(locale);
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script") scripts.push(request.url());
      });
      const routes = routesFor(locale);
      for (const [where, extra] of [
        [routes.question("emergency"), undefined],
        [routes.handoutPage, t("noscript.handout")],
        [routes.recheckPage, t("noscript.recheck")],
        [routes.start, undefined],
      ] as const) {
        await page.goto(where);
        // Playwright's text queries skip <noscript>, even when it shows; its role queries do not.
        if (extra) await expect(page.locator(".noscript", { hasText: extra })).toBeVisible();
        await expect(page.locator(".noscript", { hasText: t("noscript.text") })).toBeVisible();
      }
      const link = page.getByRole("link", { name: t("noscript.link") });
      await expect(link).toHaveText(/JavaScript/);
      scripts.length = 0;
      await link.click();
      await expect(page.getByRole("heading", { level: 1, name: t("onePage.title") })).toBeVisible();
      await expect(page.locator(".noscript")).toBeHidden();
      // With the keyboard: the first box, then the next question appears below.
      await page.locator("#emergency-none").focus();
      await page.keyboard.press("Space");
      await expect(page.getByRole("group", { name: treeIn(locale).questions[1]?.title })).toBeVisible();
      expect(scripts).toEqual([]);
      expect(await page.locator("script, link[rel=preload][as=script], link[rel=modulepreload]").count()).toBe(0);
      await context.close();
    });
  }

  test("every case, step by step, shows the engine's questions and then its outcome", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const { page, scripts } = await noScriptPage(browser, baseURL);
    await page.getByRole("button", { name: "Clear all my answers" }).click();
    for (const c of allCases()) {
      const result = await answerAlong(page, asTicked(c.answers), {}, c.id, tree, [reset]);
      expect(result.status, c.id).toBe("done");
      await expect(page.locator(".op-verdict:visible"), c.id).toHaveAttribute("data-urgency", c.expect.urgency);
    }
    expect(scripts).toEqual([]);
  });

  test("the cases again in Spanish", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const { page } = await noScriptPage(browser, baseURL, "es");
    const es = treeIn("es");
    await page.getByRole("button", { name: translator("es")("onePage.reset") }).click();
    for (const c of allCases()) {
      await answerAlong(page, asTicked(c.answers), {}, `${c.id} (es)`, es, [reset]);
    }
  });

  test("200 random answer sets, with answers changed on the way, agree with the engine at every step", async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const { page, scripts } = await noScriptPage(browser, baseURL);
    const sets = fc.sample(fc.tuple(fullAnswers(tree), fullAnswers(tree), fc.nat()), { numRuns: 200, seed: 2512 });
    for (const [index, [first, second, pick]] of sets.entries()) {
      const label = `set ${index}`;
      const ticked: Record<string, AnswerValue> = {};
      const result = await answerAlong(page, asTicked(first), ticked, label, tree, [reset]);
      if (index % 2 === 1 || result.status !== "done") continue;
      // Change one earlier answer, as a person going back up the page would: what it no longer asks stays ticked.
      const changeable = result.path.filter((id) => !screens.has(id));
      const question = changeable[pick % Math.max(1, changeable.length)];
      if (!question) continue;
      const now = asTicked(second)[question];
      if (now === undefined) continue;
      const before = ticked[question] ?? [];
      const change = [...(Array.isArray(before) ? tick(question, before, false) : []), ...tick(question, now)];
      ticked[question] = now;
      const after = await answerAlong(
        page,
        { ...asTicked(second), ...ticked },
        ticked,
        `${label}, changed ${question}`,
        tree,
        change,
      );
      // Clear what is no longer asked, one question at a time; the outcome shows only once all are clear.
      const stale = () => expected(ticked).view.stale;
      while (after.status === "done" && stale().length > 0) {
        const [off] = stale();
        if (!off) break;
        const value = ticked[off];
        const clear = Array.isArray(value) ? tick(off, value, false) : [{ id: inputId(off, "clear"), checked: true }];
        delete ticked[off];
        await expectEngine(page, ticked, `${label}, cleared ${off}`, tree, clear);
      }
    }
    expect(scripts).toEqual([]);
  });

  test("'none' ticked with a sign shows the form's message and goes no further", async ({ browser, baseURL }) => {
    const { page } = await noScriptPage(browser, baseURL);
    await page.getByRole("checkbox", { name: optionLabel("emergency", "none") }).check();
    await page.getByRole("checkbox", { name: optionLabel("emergency", "breathing") }).check();
    await expectEngine(page, { emergency: ["none", "breathing"] }, "none with a sign");
    const none = optionLabel("emergency", "none");
    await expect(page.locator("#q-emergency .op-error")).toHaveText(
      `Error: ${translator("en")("answer.onItsOwn", { label: none ?? "" })}`,
    );
  });

  test("a browser without :has() sees every question, a plain message and the emergency advice, never an outcome", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    // As a browser that does not know :has() reads the stylesheet: the @supports block does not apply.
    await page.route("**/one-page.css", async (route) => {
      const response = await route.fetch();
      const css = (await response.text()).replace(
        "@supports selector(:has(a))",
        "@supports selector(:no-such-thing(a))",
      );
      await route.fulfill({ response, body: css });
    });
    await page.goto("/one-page/");
    await expect(page.locator("fieldset.op-question:visible")).toHaveCount(tree.questions.length);
    await expect(page.getByText(translator("en")("onePage.oldBrowser"))).toBeVisible();
    await expect(page.locator(".op-old-browser")).toContainText(tree.emergencyAdvice.text);
    for (const [question, value] of Object.entries(asTicked(caseForUrgency.self_care.answers))) {
      for (const input of inputsOf(question, value)) await page.locator(input).check();
    }
    await expect(page.locator(".op-verdict:visible, .op-outcomes:visible")).toHaveCount(0);
    await context.close();
  });
});

test.describe("the one-page check's outcome", () => {
  for (const locale of ["en", "es"] as const) {
    test(`prints on one page and has no axe violations (${locale})`, async ({ page }) => {
      const t = translator(locale);
      await page.goto(routesFor(locale).onePage);
      await expectNoAxeViolations(page, `one-page check, empty (${locale})`);
      // The longest outcome: the self-care case with the most care steps.
      const longest = allCases()
        .filter((c) => c.expect.urgency === "self_care")
        .sort((a, b) => b.expect.guidance.length - a.expect.guidance.length)[0];
      const answers = asTicked(longest?.answers ?? {});
      for (const [question, value] of Object.entries(answers)) {
        for (const input of inputsOf(question, value)) await page.locator(input).check();
      }
      await expect(page.locator(".op-verdict:visible")).toHaveCount(1);
      await expectNoAxeViolations(page, `one-page check with its outcome (${locale})`);
      const redness = String(answers.redness);
      await page.locator(`#redness-${redness === "yes" ? "no" : "yes"}`).check();
      await expect(page.locator(".op-stale:visible").first()).toContainText(t("onePage.stale"));
      await expectNoAxeViolations(page, `one-page check with an answer no longer asked (${locale})`);
      await page.locator(`#redness-${redness}`).check();
      await expect(page.locator(".op-verdict:visible")).toHaveCount(1);
      await page.emulateMedia({ media: "print" });
      for (const format of ["A4", "Letter"] as const) {
        const dir = mkdtempSync(path.join(tmpdir(), "one-page-"));
        const file = path.join(dir, "check.pdf");
        writeFileSync(file, await page.pdf({ format }));
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
        expect(pages, `one-page outcome on ${format} (${locale})`).toBe(1);
      }
    });
  }
});

import type { Browser, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { hasExif } from "../lib/photos/jpeg-segments";
import { translator, treeIn } from "../lib/i18n/catalogs";
import { walk } from "../lib/journey/walk";
import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { readSavedCheck } from "../lib/saved-check/read";
import { fhirProblems } from "../lib/testing/fhir-validator";
import { tree } from "../lib/tree/load";
import { olderTreesIn } from "../lib/tree/published";
import { treeVersions } from "../lib/tree/versions";
import { expectNoAxeViolations } from "./axe";
import { caseById } from "./cases";
import { drawnPhoto, storedPhotos } from "./photo-helpers";
import { expect, Questionnaire, test } from "./fixtures";
import { downloadReminder, firstCheck } from "./recheck-helpers";

const en = translator("en");
const es = translator("es");
const versions = treeVersions(tree, olderTreesIn(tree, "en"));
const expected = caseById("kp-arms-teen").expect;
const urgency = expected.urgency as keyof typeof tree.urgencies;
const today = localIsoDate(new Date());
const checkBack = checkBackOn(today, 4);

const aPhoto = (page: Page) => drawnPhoto(page, 800, 600);

/** The self-care check of the reminder helper, with a photo, saved to a file as a person would. */
async function saveACheck(page: Page) {
  const { link } = await downloadReminder(page);
  await page
    .getByLabel(en("photos.addLater"))
    .setInputFiles({ name: "arm.jpg", mimeType: "image/jpeg", buffer: await aPhoto(page) });
  await expect(page.locator(".photo-list figcaption")).toHaveText([formatIsoDate(today)]);
  const section = page.getByRole("region", { name: en("savedCheck.heading") });
  await expect(section).toContainText("not encrypted");
  await expect(section.getByRole("checkbox", { name: "Include my photos in the file (1 photo)" })).toBeChecked();
  const downloading = page.waitForEvent("download");
  await section.getByRole("button", { name: /^Save this check/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`red-pores-check-${today}.fhir.json`);
  await expect(section.getByRole("status")).toContainText(`red-pores-check-${today}.fhir.json`);
  return { link, file: readFileSync((await download.path()) ?? "", "utf8") };
}

/** A browser that has never seen this site: as after Safari's seven days, or on a new phone. */
async function freshPage(browser: Browser, baseURL: string | undefined, time?: string) {
  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  if (time) await page.clock.install({ time: new Date(`${time}T10:00:00`) });
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  return { page, requests };
}

/** The days of the photos this browser keeps. */
const storedPhotoDates = async (page: Page) => (await storedPhotos(page)).map((photo) => photo.addedOn);

test("a saved check survives a browser that forgot everything: the re-check link and the file bring Then and Now back", async ({
  page,
  browser,
  baseURL,
}) => {
  const { link, file } = await saveACheck(page);

  // The file: valid FHIR R4, no Exif in its photo, and it reads back to the engine's path and outcome.
  const bundle = JSON.parse(file);
  expect(fhirProblems(bundle)).toEqual([]);
  const media = bundle.entry.filter(
    (entry: { resource: { resourceType: string } }) => entry.resource.resourceType === "Media",
  );
  expect(media).toHaveLength(1);
  expect(hasExif(Buffer.from(media[0].resource.content.data, "base64"))).toBe(false);
  const read = readSavedCheck(versions, file);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  const engine = walk(tree, firstCheck);
  expect(engine.status === "done" && [read.check.result.path, read.check.result.outcome]).toEqual([
    engine.path,
    engine.status === "done" && engine.outcome,
  ]);

  // Four weeks later, in a browser that keeps nothing of this site, the reminder's link opens.
  const { page: later, requests } = await freshPage(browser, baseURL, checkBack);
  await later.goto(link);
  await expect(later.getByRole("heading", { level: 1, name: en("recheck.title") })).toBeVisible();
  const lost = later.getByText(en("savedCheck.lost"));
  await expect(lost).toBeVisible();
  await expect(later.getByText(/You kept \d photo/)).toHaveCount(0);
  await later
    .getByLabel("Open a saved check")
    .setInputFiles({ name: "saved.fhir.json", mimeType: "application/json", buffer: Buffer.from(file) });
  await expect(later.getByRole("status").filter({ hasText: "is back in this browser" })).toHaveText(
    `Your check of ${formatIsoDate(today)} is back in this browser, with 1 photo.`,
  );
  await expect(lost).toHaveCount(0);
  await expect(later.getByText("You kept 1 photo of your skin on this device.")).toBeVisible();
  await expect(later.locator(".inset-text")).toContainText(`${tree.urgencies[urgency].label}`);
  await expectNoAxeViolations(later, "re-check start after opening a saved check");

  // The re-check: the first check's photo is "Then", today's is "Now".
  await later.getByRole("button", { name: en("recheck.start") }).click();
  const questionnaire = new Questionnaire(later);
  await questionnaire.answerAll({ emergency: ["none"], warning: ["none"] });
  await questionnaire.continue();
  await questionnaire.answerAll({ progress: "better", impact: ["none"] });
  await questionnaire.seeResult();
  await later
    .getByLabel(en("photos.addLater"))
    .setInputFiles({ name: "now.jpg", mimeType: "image/jpeg", buffer: await aPhoto(later) });
  const photos = later.getByRole("region", { name: en("photos.headingCompare") });
  await expect(photos.locator(".photo-pair figcaption")).toHaveText([
    `Then: ${formatIsoDate(today)}`,
    `Now: ${formatIsoDate(checkBack)}`,
  ]);
  // Nothing of the file, the answers or the photos went over the network.
  expect(requests.filter((r) => !/^(GET|HEAD) \S+ $/.test(r) || /rough|keratosis|12_to_17/.test(r))).toEqual([]);
  await later.context().close();
});

test("from the start page, with no link at all, a saved check opens to its result and photos, in the page's language", async ({
  page,
  browser,
  baseURL,
}) => {
  const { file } = await saveACheck(page);
  for (const [locale, t] of [
    ["en", en],
    ["es", es],
  ] as const) {
    const { page: fresh } = await freshPage(browser, baseURL, checkBack);
    await fresh.goto(locale === "en" ? "/" : "/es/");
    await fresh
      .getByLabel(t("savedCheck.openLabel"))
      .setInputFiles({ name: "saved.fhir.json", mimeType: "application/json", buffer: Buffer.from(file) });
    const main = fresh.locator("main");
    await expect(main).toHaveAttribute("data-urgency", expected.urgency);
    await expect(main).toHaveAttribute("data-condition", expected.condition);
    await expect(fresh.getByRole("heading", { level: 1 })).toHaveText(
      `${treeIn(locale).urgencies[urgency].label}: ${treeIn(locale).urgencies[urgency].title}`,
    );
    await expect(fresh.locator(".photo-list figure figcaption")).toHaveText([formatIsoDate(today, locale)]);
    // The check keeps its own day: the check-back date follows from it, not from today.
    await expect(fresh.locator("[data-check-back-date]")).toHaveText(formatIsoDate(checkBack, locale));
    expect(await storedPhotoDates(fresh)).toEqual([today]);
    await fresh.context().close();
  }
});

test("a hostile or broken file gets a plain message, and nothing kept in the browser changes", async ({ page }) => {
  const { file } = await saveACheck(page);
  await page.goto("/");
  const before = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  const photosBefore = await storedPhotoDates(page);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()}`));
  const bundle = () => JSON.parse(file);
  const changed = (change: (b: ReturnType<typeof bundle>) => void) => {
    const b = bundle();
    change(b);
    return JSON.stringify(b);
  };
  const response = (b: {
    entry: { resource: { resourceType: string; questionnaire: string; item: { linkId: string; answer: unknown }[] } }[];
  }) => b.entry[0]!.resource;
  const mediaOf = (b: { entry: { resource: { resourceType: string; content: Record<string, unknown> } }[] }) =>
    b.entry.find((e) => e.resource.resourceType === "Media")!.resource;
  const title = (id: string) => tree.questions.find((q) => q.id === id)!.title;
  const cases: [string, string | Buffer, string][] = [
    ["notes.txt", "These are my notes, not a check.", en("savedCheck.problem.not-json")],
    ["patient.json", JSON.stringify({ resourceType: "Patient" }), en("savedCheck.problem.not-a-bundle")],
    [
      "other.json",
      JSON.stringify({
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { resourceType: "QuestionnaireResponse", questionnaire: "http://example.org/q|1" } }],
      }),
      en("savedCheck.problem.other-tool"),
    ],
    ["huge.json", Buffer.alloc(20 * 1024 * 1024 + 1, 32), en("savedCheck.problem.too-large")],
    [
      "tampered.json",
      changed((b) => {
        response(b).item.find((i) => i.linkId === "look")!.answer = [
          { valueCoding: { system: "x", code: "look.glitter" } },
        ];
      }),
      en("savedCheck.problem.not-an-option", { question: title("look") }),
    ],
    [
      "extra.json",
      changed((b) => {
        response(b).item.push({
          linkId: "age",
          answer: [{ valueCoding: bundle().entry[0].resource.item[0].answer[0].valueCoding }],
        });
      }),
      en("savedCheck.problem.not-an-option", { question: title("age") }),
    ],
    [
      "newer.json",
      changed((b) => {
        response(b).questionnaire = response(b).questionnaire.replace(/\|.*/, "|9.0");
      }),
      en("savedCheck.problem.newer-version", { version: "9.0" }),
    ],
    [
      "png.json",
      changed((b) => {
        mediaOf(b).content.contentType = "image/png";
      }),
      en("savedCheck.problem.photo-not-jpeg", { photo: 1 }),
    ],
    [
      "link.json",
      changed((b) => {
        delete mediaOf(b).content.data;
        mediaOf(b).content.url = "https://tracker.example/pixel.jpg";
      }),
      en("savedCheck.problem.photo-link", { photo: 1 }),
    ],
    [
      "no-date.json",
      changed((b) => {
        delete (response(b) as unknown as { authored?: string }).authored;
      }),
      en("savedCheck.problem.no-date"),
    ],
  ];
  const input = page.getByLabel("Open a saved check");
  for (const [name, content, message] of cases) {
    await input.setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
    await expect(page.locator("main").getByRole("alert"), name).toHaveText(
      `Error: ${message} ${en("savedCheck.nothingChanged")}`,
    );
    await expect(input).toHaveAccessibleDescription(new RegExp(message.slice(0, 30).replace(/[()|.?*+[\]]/g, "\\$&")));
  }
  await expectNoAxeViolations(page, "start page with a saved-check error");
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).toBe(before);
  expect(await storedPhotoDates(page)).toEqual(photosBefore);
  // Only the reader's own code and the published questions were fetched, with nothing of the person's.
  expect(requests.filter((r) => !/^GET \S+\/_next\/static\/\S+$/.test(r))).toEqual([]);
});

test("the browser is asked to keep photos, and a Safari user is never told they are safe", async ({
  browser,
  baseURL,
}) => {
  for (const [safari, granted, said] of [
    [false, true, en("storage.kept")],
    [false, false, en("storage.may-clear")],
    [true, true, en("storage.seven-days")],
  ] as const) {
    const { page } = await freshPage(browser, baseURL);
    await page.addInitScript(
      ({ safari, granted }) => {
        if (safari) Object.defineProperty(window, "GestureEvent", { value: class GestureEvent {} });
        Object.defineProperty(navigator.storage, "persist", { value: async () => granted });
      },
      { safari, granted },
    );
    await page.goto("/");
    await page.evaluate(
      ({ answers, version }) => {
        sessionStorage.setItem("red-pores-check:answers", JSON.stringify(answers));
        sessionStorage.setItem("red-pores-check:answers-version", JSON.stringify(version));
      },
      { answers: firstCheck, version: tree.version },
    );
    await page.goto("/result/");
    const notice = page.getByText(en("photos.sevenDays"));
    await expect(notice).toHaveCount(safari ? 1 : 0);
    await page
      .getByLabel(en("photos.addLater"))
      .setInputFiles({ name: "a.jpg", mimeType: "image/jpeg", buffer: await aPhoto(page) });
    await expect(page.getByRole("status").filter({ hasText: "Photo kept" })).toContainText(said);
    if (safari)
      await expect(page.getByRole("status").filter({ hasText: "Photo kept" })).not.toContainText(en("storage.kept"));
    await page.getByRole("button", { name: en("checkBack.addReminder") }).click();
    await expect(page.getByRole("status").filter({ hasText: en("checkBack.planKept") })).toContainText(said);
    await page.context().close();
  }
});

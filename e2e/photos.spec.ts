import type { Page } from "@playwright/test";
import { hasExif, jpegSegments } from "../lib/photos/jpeg-segments";
import { maxPhotoFileBytes, maxPhotoSide, type PhotoProblem } from "../lib/photos/photo-file";
import englishMessages from "../messages/en.json" with { type: "json" };

const problemMessage = (problem: PhotoProblem) => englishMessages[`photos.problem.${problem}`];
import { checkBackOn, formatIsoDate, localIsoDate } from "../lib/recheck/dates";
import { withExif } from "../lib/testing/exif-jpeg";
import { expectNoAxeViolations } from "./axe";
import { drawnPhoto, storedPhotos } from "./photo-helpers";
import { expect, openWithAnswers, storageKey, test } from "./fixtures";
import { downloadReminder, firstCheck, recheckOn } from "./recheck-helpers";

const addPhoto = (page: Page) => page.getByLabel("Add a photo to compare later");

/** A camera-sized JPEG (4000 x 3000) drawn by the browser, then given the Exif segment a phone would write. */
async function phonePhoto(page: Page): Promise<Buffer> {
  const drawn = await drawnPhoto(page, 4000, 3000);
  const withTags = Buffer.from(withExif(new Uint8Array(drawn), "TestCam", "Model 7"));
  expect(hasExif(withTags)).toBe(true);
  return withTags;
}

test("a phone photo is kept shrunk to 1,600 px and without its Exif camera and GPS tags", async ({ page }) => {
  await openWithAnswers(page, firstCheck, "/result/");
  const photo = await phonePhoto(page);
  await expect(page.getByText("Photos are kept only in this browser, on this device.")).toBeVisible();
  await addPhoto(page).setInputFiles({ name: "IMG_0412.jpg", mimeType: "image/jpeg", buffer: photo });

  const today = formatIsoDate(localIsoDate(new Date()));
  await expect(page.getByRole("status").filter({ hasText: "Photo kept on this device" })).toContainText(today);
  await expect(page.locator("figure figcaption")).toHaveText([today]);
  await expect(page.getByRole("img", { name: `Your skin on ${today}` })).toBeVisible();

  const [kept, ...others] = await storedPhotos(page);
  expect(others).toEqual([]);
  const bytes = new Uint8Array(kept?.bytes ?? []);
  expect(kept?.type).toBe("image/jpeg");
  expect(jpegSegments(bytes)).toBeDefined();
  expect(hasExif(bytes)).toBe(false);
  expect(Buffer.from(bytes).includes("TestCam")).toBe(false);
  expect([kept?.width, kept?.height]).toEqual([maxPhotoSide, 1200]);
  await expectNoAxeViolations(page, "result with a kept photo");
});

test("a file that is not a photo, one too large or one that cannot be opened gets a plain message and changes nothing", async ({
  page,
}) => {
  await openWithAnswers(page, firstCheck, "/result/");
  const answersBefore = await page.evaluate((key) => sessionStorage.getItem(key), storageKey);
  const alert = page.locator("main").getByRole("alert");

  await addPhoto(page).setInputFiles({
    name: "holiday.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("Dear diary"),
  });
  await expect(alert).toHaveText(`Error: ${problemMessage("not-an-image")}`);
  await expect(addPhoto(page)).toHaveAccessibleDescription(`Error: ${problemMessage("not-an-image")}`);
  await expectNoAxeViolations(page, "result with a photo error");

  const brokenJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)]);
  await addPhoto(page).setInputFiles({ name: "broken.jpg", mimeType: "image/jpeg", buffer: brokenJpeg });
  await expect(alert).toHaveText(`Error: ${problemMessage("cannot-decode")}`);

  const huge = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(maxPhotoFileBytes)]);
  await addPhoto(page).setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: huge });
  await expect(alert).toHaveText(`Error: ${problemMessage("too-large")}`);

  expect(await storedPhotos(page)).toEqual([]);
  await expect(page.locator("figure")).toHaveCount(0);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), storageKey)).toBe(answersBefore);
});

test("a full disk is explained, and the photos and answers already kept stay", async ({ page }) => {
  // The browser's storage refuses the next photo as a full disk would, once the test says so.
  await page.addInitScript(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (...args: Parameters<typeof add>) {
      if ((window as { diskFull?: boolean }).diskFull) throw new DOMException("full", "QuotaExceededError");
      return add.apply(this, args);
    };
  });
  await openWithAnswers(page, firstCheck, "/result/");
  const photo = await phonePhoto(page);
  await addPhoto(page).setInputFiles({ name: "first.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.locator("figure")).toHaveCount(1);

  await page.evaluate(() => ((window as { diskFull?: boolean }).diskFull = true));
  await addPhoto(page).setInputFiles({ name: "second.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.locator("main").getByRole("alert")).toHaveText(`Error: ${problemMessage("no-room")}`);
  await expect(page.locator("figure")).toHaveCount(1);
  expect(await storedPhotos(page)).toHaveLength(1);
  await expect(page.locator("main")).toHaveAttribute("data-urgency", "self_care");
});

test("at the re-check, Then and Now side by side with their dates, printed on request; deleting removes them", async ({
  page,
  baseURL,
}) => {
  const requests: { url: string; body: string | null; method: string }[] = [];
  page
    .context()
    .on("request", (request) =>
      requests.push({ url: request.url(), body: request.postData(), method: request.method() }),
    );
  const { link } = await downloadReminder(page);
  const token = new URL(link).hash.slice(1);
  const photo = await phonePhoto(page);
  await addPhoto(page).setInputFiles({ name: "first.jpg", mimeType: "image/jpeg", buffer: photo });
  const firstDay = formatIsoDate(localIsoDate(new Date()));
  await expect(page.locator("figure figcaption")).toHaveText([firstDay]);

  const checkIn = await page.context().newPage();
  await checkIn.goto(link);
  await expect(checkIn.getByText("You kept 1 photo of your skin on this device.")).toBeVisible();
  await checkIn.close();

  const checkBack = checkBackOn(localIsoDate(new Date()), 4);
  const { later, questionnaire } = await recheckOn(page, link, checkBack);
  await questionnaire.continue();
  await questionnaire.answerAll({ progress: "better", impact: ["none"] });
  await questionnaire.seeResult();
  const photos = later.getByRole("region", { name: "Then and now: photos of your skin" });
  await expect(photos.locator("figure")).toHaveCount(1);
  await addPhoto(later).setInputFiles({ name: "now.jpg", mimeType: "image/jpeg", buffer: photo });
  const nowDay = formatIsoDate(checkBack);
  await expect(photos.locator(".photo-pair figcaption")).toHaveText([`Then: ${firstDay}`, `Now: ${nowDay}`]);
  await expectNoAxeViolations(later, "re-check result with Then and Now");

  // The summary prints them only when asked to.
  await later.getByRole("link", { name: "Print or save a summary" }).click();
  const thenAndNow = later.getByRole("region", { name: "Then and now" });
  await expect(thenAndNow.locator("figure")).toHaveCount(0);
  await later.getByRole("checkbox", { name: "Print my photos with this summary" }).check();
  await later.emulateMedia({ media: "print" });
  await expect(thenAndNow.locator("figcaption")).toHaveText([`Then: ${firstDay}`, `Now: ${nowDay}`]);
  await expect(thenAndNow.getByRole("img", { name: `Your skin on ${nowDay}` })).toBeVisible();
  await later.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(later, "summary with photos to print");
  await later.goBack();

  await photos.getByRole("button", { name: `Delete photo of ${firstDay}` }).click();
  await expect(later.getByRole("status").filter({ hasText: "is deleted" })).toContainText(firstDay);
  await expect(photos.locator("figcaption")).toHaveText([nowDay]);
  expect((await storedPhotos(later)).map((p) => p.addedOn)).toEqual([checkBack]);

  await later.getByRole("button", { name: "Delete my answers and photos" }).click();
  await expect(
    later.getByRole("heading", { level: 1, name: "Your answers and photos have been deleted" }),
  ).toBeVisible();
  expect(await storedPhotos(later)).toEqual([]);

  // Over the whole journey with photos: only this site's own files were asked for, and nothing was sent.
  const origin = new URL(baseURL ?? "").origin;
  expect(requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith("blob:"))).toEqual([]);
  expect(requests.filter((r) => !["GET", "HEAD"].includes(r.method) || r.body !== null)).toEqual([]);
  expect(requests.filter((r) => r.url.includes(token) || /rough|12_to_17|keratosis/.test(r.url))).toEqual([]);
});

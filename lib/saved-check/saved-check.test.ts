import type { Bundle, QuestionnaireResponse } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { CODE_SYSTEM_URL, QUESTIONNAIRE_URL } from "../fhir/canonical";
import { translator } from "../i18n/catalogs";
import { walk, type FinishedWalk } from "../journey/walk";
import { hasExif } from "../photos/jpeg-segments";
import { loadCases } from "../testing/cases";
import { withExif } from "../testing/exif-jpeg";
import { fhirProblems } from "../testing/fhir-validator";
import { tree } from "../tree/load";
import { olderTreesIn } from "../tree/published";
import type { Tree } from "../tree/schema";
import { treeVersions } from "../tree/versions";
import { MAX_SAVED_CHECK_BYTES, readSavedCheck, type SavedCheckProblem } from "./read";
import { savedCheckBundle, savedCheckFileName, type SavedPhoto } from "./write";

const cases = loadCases();
const older = olderTreesIn(tree, "en");
const versions = treeVersions(tree, older);
const english = { t: translator("en"), locale: "en" } as const;
const spanish = { t: translator("es"), locale: "es" } as const;

function finished(answers: Record<string, unknown>, with_: Tree = tree): FinishedWalk {
  const result = walk(with_, answers as never);
  if (result.status !== "done") throw new Error(`not finished: ${JSON.stringify(answers)}`);
  return result;
}

// A JPEG as the site's canvas writes one: start of image, JFIF, start of scan, a byte of image data, the end.
const jpeg = (seed: number) =>
  Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x07,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0xff,
    0xda,
    0x00,
    0x02,
    seed,
    0xff,
    0xd9,
  ]);
const photos: SavedPhoto[] = [
  { id: "c0ffee00-0000-4000-8000-000000000001", addedOn: "2026-10-20", width: 640, height: 480, jpeg: jpeg(1) },
  { id: "c0ffee00-0000-4000-8000-000000000002", addedOn: "2026-11-30", width: 480, height: 640, jpeg: jpeg(2) },
];

const selfCare = cases.find((c) => c.expect.urgency === "self_care") ?? cases[0]!;
const journey = finished(selfCare.answers);
const saved = (changes: { photos?: SavedPhoto[] } = {}) =>
  savedCheckBundle(tree, { journey, authored: "2026-11-30" }, english, { photos: changes.photos ?? photos });
const fileOf = (bundle: unknown) => JSON.stringify(bundle);

describe("a saved check", () => {
  it.each(cases.map((c) => [c.id, c] as const))("%s: is valid FHIR R4 and opens to the same check", (_id, c) => {
    const check = finished(c.answers);
    const bundle = savedCheckBundle(tree, { journey: check, authored: "2026-11-30" }, english, { photos });
    expect(fhirProblems(bundle)).toEqual([]);
    const opened = readSavedCheck(versions, fileOf(bundle));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    expect(opened.check.answers).toEqual(c.answers);
    expect(opened.check.result.path).toEqual(check.path);
    expect(opened.check.result.outcome).toEqual(check.outcome);
    expect(opened.check).toMatchObject({ version: tree.version, checkedOn: "2026-11-30", answeredIn: "en" });
    expect(opened.check.first).toBeUndefined();
  });

  it("holds each photo as a Media with its JPEG, day and size, free of Exif, and gives them back", () => {
    const bundle = saved();
    const media = (bundle.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === "Media");
    expect(media).toHaveLength(2);
    expect(media[0]).toMatchObject({
      id: photos[0]!.id,
      language: "en-GB",
      createdDateTime: "2026-10-20",
      width: 640,
      height: 480,
      content: { contentType: "image/jpeg", data: Buffer.from(photos[0]!.jpeg).toString("base64") },
    });
    const opened = readSavedCheck(versions, fileOf(bundle));
    expect(opened.ok && opened.check.photos).toEqual(photos);
    expect(opened.ok && opened.check.photos.some((photo) => hasExif(photo.jpeg))).toBe(false);
    const without = readSavedCheck(versions, fileOf(saved({ photos: [] })));
    expect(without.ok && without.check.photos).toEqual([]);
  });

  it("keeps a re-check's first check, made with an older version of the questions, and the document's language", () => {
    const oldest = older[0];
    if (!oldest) throw new Error("no older published version");
    const firstCase = cases.find((c) => walk(oldest, c.answers).status === "done")!;
    const first = finished(firstCase.answers, oldest);
    const bundle = savedCheckBundle(tree, { journey, authored: "2026-11-30" }, spanish, {
      first: { journey: first, authored: "2026-10-20", tree: oldest },
      photos,
    });
    expect(fhirProblems(bundle)).toEqual([]);
    const opened = readSavedCheck(versions, fileOf(bundle));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    expect(opened.check.answeredIn).toBe("es");
    expect(opened.check.first).toMatchObject({ version: oldest.version, checkedOn: "2026-10-20" });
    expect(opened.check.first?.result.outcome).toEqual(first.outcome);
    expect(opened.check.result.outcome).toEqual(journey.outcome);
  });

  it("reads the first check wherever it sits, skips entries that hold nothing, and refuses a changed first check", () => {
    const bundle = JSON.parse(
      fileOf(
        savedCheckBundle(tree, { journey, authored: "2026-11-30" }, english, {
          first: { journey, authored: "2026-10-20" },
          photos,
        }),
      ),
    );
    const first = bundle.entry.find((e: { resource: { id?: string } }) => e.resource.id === "first-check");
    bundle.entry = [null, { resource: "text" }, {}, first, ...bundle.entry.filter((e: unknown) => e !== first)];
    const opened = readSavedCheck(versions, fileOf(bundle));
    expect(opened.ok && [opened.check.checkedOn, opened.check.first?.checkedOn, opened.check.photos.length]).toEqual([
      "2026-11-30",
      "2026-10-20",
      2,
    ]);
    delete first.resource.authored;
    expect(readSavedCheck(versions, fileOf(bundle))).toEqual({ ok: false, problem: { kind: "no-date" } });
    bundle.entry = [first];
    expect(readSavedCheck(versions, fileOf(bundle))).toEqual({ ok: false, problem: { kind: "other-tool" } });
  });

  it("gives each photo the file's id, day and size, or safe ones when the file's are not usable", () => {
    const bundle = JSON.parse(fileOf(saved()));
    const [first, second] = bundle.entry.filter(
      (e: { resource: { resourceType: string } }) => e.resource.resourceType === "Media",
    );
    first.resource.id = "../../etc/passwd";
    delete first.resource.createdDateTime;
    second.resource.id = 42;
    second.resource.createdDateTime = "2026-02-30";
    second.resource.width = 10_000;
    const opened = readSavedCheck(versions, fileOf(bundle));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
    const [one, two] = opened.check.photos;
    expect(one?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(two?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect([one?.addedOn, two?.addedOn, two?.width]).toEqual(["2026-11-30", "2026-11-30", 10_000]);
    for (const side of [0, 10_001, 1.5, "640"]) {
      second.resource.height = side;
      expect(readSavedCheck(versions, fileOf(bundle))).toEqual({
        ok: false,
        problem: { kind: "photo-not-jpeg", photo: 2 },
      });
    }
  });

  it("tells a newer version of the questions from one that was never published", () => {
    const today = { ...tree, version: "2.3" };
    const named = treeVersions(today);
    const withVersion = (version: string) =>
      fileOf(
        JSON.parse(fileOf(saved()).replace(`${QUESTIONNAIRE_URL}|${tree.version}`, `${QUESTIONNAIRE_URL}|${version}`)),
      );
    for (const version of ["2.4", "2.30", "3.0", "12.0"]) {
      expect(readSavedCheck(named, withVersion(version))).toEqual({
        ok: false,
        problem: { kind: "newer-version", version },
      });
    }
    for (const version of ["2.2", "1.9", "2.3.1", "a2.4", "2.4b", ""]) {
      expect(readSavedCheck(named, withVersion(version))).toEqual({
        ok: false,
        problem: { kind: "unknown-version", version },
      });
    }
  });

  it("holds each photo as a typed image entry of its own", () => {
    const entries = saved().entry ?? [];
    const media = entries.filter((e) => e.resource?.resourceType === "Media");
    expect(media.map((e) => e.fullUrl)).toEqual([
      expect.stringMatching(/^urn:uuid:[0-9a-f-]{36}$/),
      expect.stringMatching(/^urn:uuid:/),
    ]);
    expect(new Set(entries.map((e) => e.fullUrl)).size).toBe(entries.length);
    expect(media[0]?.resource).toMatchObject({
      status: "completed",
      type: { coding: [{ system: "http://terminology.hl7.org/CodeSystem/media-type", code: "image" }] },
      content: { creation: "2026-10-20" },
    });
  });

  it("is named with the day of the check", () => {
    expect(savedCheckFileName("2026-11-30")).toBe("red-pores-check-2026-11-30.fhir.json");
  });
});

describe("a file that is not a saved check, or was changed", () => {
  const bundle = (): Bundle => JSON.parse(fileOf(saved()));
  const response = (b: Bundle) => b.entry?.[0]?.resource as QuestionnaireResponse;
  const media = (b: Bundle, index: number) =>
    (b.entry ?? []).filter((e) => e.resource?.resourceType === "Media")[index]!.resource as unknown as Record<
      string,
      unknown
    > & {
      content: Record<string, unknown>;
    };
  const changed = (change: (b: Bundle) => void) => {
    const b = bundle();
    change(b);
    return fileOf(b);
  };
  const answer = (code: string) => [{ valueCoding: { system: CODE_SYSTEM_URL, code } }];
  const hostile: [string, string, SavedCheckProblem][] = [
    ["not JSON", "%PDF-1.7 not a check", { kind: "not-json" }],
    ["JSON that is not a Bundle", fileOf({ resourceType: "Patient" }), { kind: "not-a-bundle" }],
    ["a list", "[1, 2, 3]", { kind: "not-a-bundle" }],
    [
      "a Bundle from another tool",
      fileOf({
        resourceType: "Bundle",
        type: "collection",
        entry: [
          {
            resource: {
              resourceType: "QuestionnaireResponse",
              questionnaire: "http://example.org/Questionnaire/phq-9",
              status: "completed",
            },
          },
        ],
      }),
      { kind: "other-tool" },
    ],
    ["too large", " ".repeat(MAX_SAVED_CHECK_BYTES + 1), { kind: "too-large" }],
    ["as large as allowed, but not JSON", "x".repeat(MAX_SAVED_CHECK_BYTES), { kind: "not-json" }],
    ["a Bundle without entries", fileOf({ resourceType: "Bundle", type: "collection" }), { kind: "not-a-bundle" }],
    ["entries without a Bundle", fileOf({ resourceType: "Patient", entry: [] }), { kind: "not-a-bundle" }],
    [
      "an answer that is not an option",
      changed((b) => {
        const item = response(b).item?.find((i) => i.linkId === "onset");
        if (item) item.answer = answer("onset.centuries");
      }),
      { kind: "not-an-option", question: "onset" },
    ],
    [
      "a question we do not ask",
      changed((b) => response(b).item?.push({ linkId: "mood", answer: answer("mood.low") })),
      { kind: "unknown-question", question: "mood" },
    ],
    [
      "a path the engine would not ask",
      changed((b) => response(b).item?.push({ linkId: "age", answer: answer("age.18_to_64") })),
      { kind: "not-asked", question: "age" },
    ],
    [
      "an answer left out",
      changed((b) => {
        response(b).item = response(b).item?.filter((i) => i.linkId !== "emergency");
      }),
      { kind: "unanswered", question: "emergency" },
    ],
    [
      "a newer version of the questions",
      changed((b) => {
        response(b).questionnaire = `${QUESTIONNAIRE_URL}|9.0`;
      }),
      { kind: "newer-version", version: "9.0" },
    ],
    [
      "a version never published",
      changed((b) => {
        response(b).questionnaire = `${QUESTIONNAIRE_URL}|0.1-draft`;
      }),
      { kind: "unknown-version", version: "0.1-draft" },
    ],
    [
      "no day of the check",
      changed((b) => {
        delete response(b).authored;
      }),
      { kind: "no-date" },
    ],
    [
      "a photo that is not a JPEG",
      changed((b) => {
        media(b, 1).content.contentType = "image/png";
      }),
      { kind: "photo-not-jpeg", photo: 2 },
    ],
    [
      "a photo whose bytes are not a JPEG",
      changed((b) => {
        media(b, 0).content.data = Buffer.from("<svg onload=alert(1)>").toString("base64");
      }),
      { kind: "photo-not-jpeg", photo: 1 },
    ],
    [
      "a photo that is not base64",
      changed((b) => {
        media(b, 0).content.data = "not base64!";
      }),
      { kind: "photo-not-jpeg", photo: 1 },
    ],
    [
      "a photo with no size",
      changed((b) => {
        media(b, 0).width = -1;
      }),
      { kind: "photo-not-jpeg", photo: 1 },
    ],
    [
      "a photo that points to an address",
      changed((b) => {
        const { content } = media(b, 1);
        delete content.data;
        content.url = "https://tracker.example/pixel.jpg";
      }),
      { kind: "photo-link", photo: 2 },
    ],
    [
      "a photo with its camera and place",
      changed((b) => {
        const withCamera = withExif(jpeg(1));
        media(b, 0).content.data = Buffer.from(withCamera).toString("base64");
      }),
      { kind: "photo-exif", photo: 1 },
    ],
  ];
  it.each(hostile)("refuses %s, saying what is wrong", (_name, text, problem) => {
    expect(readSavedCheck(versions, text)).toEqual({ ok: false, problem });
  });
});

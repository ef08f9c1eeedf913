import { isAnswersShape, type Answers, type AnswerValue } from "../../../lib/journey/answers";
import { isLocale, type Locale } from "../../../lib/i18n/locales";
import { isRecord } from "../../../lib/is-record";
import { parseIsoDate, type IsoDate } from "../../../lib/recheck/dates";
import type { FirstCheck } from "../../../lib/share/token";
import { changeSignal, useClientValue } from "./client-value";
import { FIRST_VERSION } from "../../../lib/tree/versions";
import { storedValue } from "./storage";

// Answers live only in this tab's sessionStorage: they survive a refresh and the back button, vanish when the
// tab closes, and are never sent anywhere. No cookies.
const empty: Answers = Object.freeze({});
const answers = storedValue("session", "red-pores-check:answers", (json) => (isAnswersShape(json) ? json : null));

// The language of the latest answer, which the handout link names: the summary may be opened in English
// for a doctor, but the person answered in Spanish.
const answeredIn = storedValue("session", "red-pores-check:answered-in", (json) => (isLocale(json) ? json : null));

// The version of the tree the answers were given to (SPEC.md section 7); answers kept before it was stored
// are version 1.0's. A question the new version changed is asked again (carryOver), and the page says so.
const answersVersion = storedValue("session", "red-pores-check:answers-version", (json) =>
  typeof json === "string" ? json : null,
);
const askAgain = storedValue("session", "red-pores-check:ask-again", (json) =>
  typeof json === "string" ? json : null,
);

// A re-check compares this journey with a first check, kept in this tab's sessionStorage with its version.
const firstCheck = storedValue("session", "red-pores-check:first-check", (json): FirstCheck | null =>
  isRecord(json) && isAnswersShape(json.answers) && typeof json.startDate === "string" && parseIsoDate(json.startDate)
    ? {
        answers: json.answers,
        startDate: json.startDate,
        version: typeof json.version === "string" ? json.version : FIRST_VERSION,
      }
    : null,
);

// The day of the check, kept only for a check opened from a saved file: any other check is today's.
const checkedOn = storedValue("session", "red-pores-check:checked-on", (json) =>
  typeof json === "string" && parseIsoDate(json) ? json : null,
);

const journeyChanged = changeSignal();
const changed = journeyChanged.notify;

/** The stored answers; anything unreadable or tampered with counts as no answers rather than a crash. */
export function readStoredAnswers(): Answers {
  return answers.read() ?? empty;
}

/** The language the person last answered in, if they have answered anything in this tab. */
export function readAnsweredIn(): Locale | undefined {
  return answeredIn.read() ?? undefined;
}

/** The version of the tree the stored answers were given to, or null when there are none. */
export function readAnswersVersion(): string | null {
  return Object.keys(readStoredAnswers()).length === 0 ? null : (answersVersion.read() ?? FIRST_VERSION);
}

/** Saves one answer to tree `version`, given on a page in `locale`, and returns all the answers as they now are. */
export function saveAnswer(questionId: string, value: AnswerValue, locale: Locale, version: string): Answers {
  answers.write({ ...readStoredAnswers(), [questionId]: value });
  answeredIn.write(locale);
  answersVersion.write(version);
  checkedOn.write(null);
  if (askAgain.read() === questionId) askAgain.write(null);
  changed();
  return readStoredAnswers();
}

/** Replaces answers from an older version with what carries over to `version`, and where to ask again. */
export function carryOverAnswers(kept: Answers, version: string, askAgainFrom: string | undefined) {
  answers.write(kept);
  answersVersion.write(version);
  askAgain.write(askAgainFrom ?? null);
  changed();
}

/** The question to ask again because the questions changed since the person answered it, if any. */
export function useAskAgain(): string | null {
  return useClientValue(subscribe, askAgain.read);
}

/** Forgets this tab's journey: the answers and a first check being compared (see delete-stored.ts). */
export function clearJourney() {
  for (const stored of [answers, firstCheck, answeredIn, answersVersion, askAgain, checkedOn]) stored.write(null);
  changed();
}

/** Starts a re-check in this tab: the first check to compare with, and the answers that carry over. */
export function startRecheck(first: FirstCheck, carriedOver: Answers, version: string) {
  firstCheck.write(first);
  answers.write(carriedOver);
  answersVersion.write(version);
  checkedOn.write(null);
  changed();
}

/** A finished check opened from a saved file becomes this tab's journey, dated the day it was made. */
export function restoreCheck(check: {
  answers: Answers;
  version: string;
  checkedOn: IsoDate;
  answeredIn?: Locale;
  first?: FirstCheck;
}) {
  clearJourney();
  answers.write(check.answers);
  answersVersion.write(check.version);
  checkedOn.write(check.checkedOn);
  answeredIn.write(check.answeredIn ?? null);
  firstCheck.write(check.first ?? null);
  changed();
}

let listeningToOtherTabs = false;

function subscribe(listener: () => void) {
  // One listener for changes made in another tab, kept for the page's life: adding a "storage" listener is
  // slow in Chromium, and every question would otherwise add and remove two.
  if (!listeningToOtherTabs) {
    window.addEventListener("storage", changed);
    listeningToOtherTabs = true;
  }
  return journeyChanged.subscribe(listener);
}

/** The answers, or null while rendering on the server (the static page cannot know them). */
export function useAnswers(): Answers | null {
  return useClientValue(subscribe, readStoredAnswers);
}

/** The version of the tree the stored answers were given to (null with none, or on the server). */
export function useAnswersVersion(): string | null {
  return useClientValue(subscribe, readAnswersVersion);
}

/** The day of this tab's check when it was opened from a saved file; null for a check made today. */
export function useCheckedOn(): IsoDate | null {
  return useClientValue(subscribe, checkedOn.read);
}

/** The first check this journey is compared with, or null (also while rendering on the server). */
export function useFirstCheck(): FirstCheck | null {
  return useClientValue(subscribe, firstCheck.read);
}

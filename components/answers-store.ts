import { useClientValue } from "./client-value";
import { isAnswersShape, type Answers, type AnswerValue } from "../lib/journey/answers";
import { parseIsoDate } from "../lib/recheck/dates";
import type { FirstCheck } from "../lib/share/token";
import { PLAN_KEY } from "./plan-store";

// Answers live only in this tab's sessionStorage: they survive a refresh and the back button, vanish when the
// tab closes, and are never sent anywhere. No cookies.
const KEY = "red-pores-check:answers";
const empty: Answers = Object.freeze({});

const listeners = new Set<() => void>();
let memory: string | null = null; // used when sessionStorage is blocked (some private modes)
let cachedRaw: string | null | undefined;
let cached: Answers = empty;

function readRaw(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return memory;
  }
}

function writeRaw(raw: string | null) {
  memory = raw;
  try {
    if (raw === null) window.sessionStorage.removeItem(KEY);
    else window.sessionStorage.setItem(KEY, raw);
  } catch {
    // Storage refused: the in-memory copy keeps the journey working until the tab closes.
  }
  listeners.forEach((listener) => listener());
}

/** The stored answers; anything unreadable or tampered with counts as no answers rather than a crash. */
export function readAnswers(): Answers {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    let parsed: unknown = null;
    try {
      parsed = raw ? JSON.parse(raw) : null;
    } catch {
      parsed = null;
    }
    cached = isAnswersShape(parsed) ? parsed : empty;
  }
  return cached;
}

export function saveAnswer(questionId: string, value: AnswerValue) {
  writeRaw(JSON.stringify({ ...readAnswers(), [questionId]: value }));
}

/** Deletes everything the site keeps: this journey, a first check being compared, and a saved plan. */
export function deleteAnswers() {
  writeRaw(null);
  for (const key of [FIRST_CHECK_KEY, PLAN_KEY]) {
    try {
      window.sessionStorage.removeItem(key);
      window.localStorage.removeItem(key);
    } catch {
      // Storage refused: nothing was kept there.
    }
  }
  memoryFirstCheck = null;
  listeners.forEach((listener) => listener());
}

// A re-check compares this journey with a first check, kept in this tab's sessionStorage.
const FIRST_CHECK_KEY = "red-pores-check:first-check";
let memoryFirstCheck: string | null = null;
let cachedFirstRaw: string | null | undefined;
let cachedFirst: FirstCheck | null = null;

function parseFirstCheck(raw: string | null): FirstCheck | null {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== "object" || value === null || !("answers" in value) || !("startDate" in value)) return null;
    const { answers, startDate } = value;
    return isAnswersShape(answers) && typeof startDate === "string" && parseIsoDate(startDate)
      ? { answers, startDate }
      : null;
  } catch {
    return null;
  }
}

export function readFirstCheck(): FirstCheck | null {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(FIRST_CHECK_KEY);
  } catch {
    raw = memoryFirstCheck;
  }
  if (raw !== cachedFirstRaw) {
    cachedFirstRaw = raw;
    cachedFirst = parseFirstCheck(raw);
  }
  return cachedFirst;
}

/** Starts a re-check in this tab: the first check to compare with, and the answers that carry over. */
export function startRecheck(first: FirstCheck, carriedOver: Answers) {
  const raw = JSON.stringify(first);
  memoryFirstCheck = raw;
  try {
    window.sessionStorage.setItem(FIRST_CHECK_KEY, raw);
  } catch {
    // Kept in memory instead.
  }
  writeRaw(JSON.stringify(carriedOver));
}

/** The first check this journey is compared with, or null (also while rendering on the server). */
export function useFirstCheck(): FirstCheck | null {
  return useClientValue(subscribe, readFirstCheck);
}

let listeningToOtherTabs = false;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // One listener for changes made in another tab, kept for the page's life: adding a "storage" listener is
  // slow in Chromium, and every question would otherwise add and remove two.
  if (!listeningToOtherTabs) {
    window.addEventListener("storage", () => listeners.forEach((each) => each()));
    listeningToOtherTabs = true;
  }
  return () => {
    listeners.delete(listener);
  };
}

/** The answers, or null while rendering on the server (the static page cannot know them). */
export function useAnswers(): Answers | null {
  return useClientValue(subscribe, readAnswers);
}

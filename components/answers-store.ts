import { useSyncExternalStore } from "react";
import "../lib/zod-mini";
import { array, number, record, string, union } from "zod/mini";
import type { Answers, AnswerValue } from "../lib/journey/answers";

// Answers live only in this tab's sessionStorage: they survive a refresh and the back button, vanish when the
// tab closes, and are never sent anywhere. No cookies.
const KEY = "red-pores-check:answers";
const storedSchema = record(string(), union([string(), array(string()), number()]));
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
    const result = storedSchema.safeParse(parsed);
    cached = result.success ? result.data : empty;
  }
  return cached;
}

export function saveAnswer(questionId: string, value: AnswerValue) {
  writeRaw(JSON.stringify({ ...readAnswers(), [questionId]: value }));
}

export function deleteAnswers() {
  writeRaw(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The answers, or null while rendering on the server (the static page cannot know them). */
export function useAnswers(): Answers | null {
  return useSyncExternalStore(subscribe, readAnswers, () => null);
}

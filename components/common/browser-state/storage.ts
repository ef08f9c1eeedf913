/**
 * One value kept in the browser's storage as JSON, read through `parse` (anything unreadable or tampered
 * with reads as null, never a crash). When storage is refused (some private modes), an in-memory copy keeps
 * the value until the tab closes. Reads are cached by the raw text, so a React store can compare them.
 */
export type StoredValue<T> = {
  read(): T | null;
  write(value: T | null): void;
};

export function storedValue<T>(area: "session" | "local", key: string, parse: (json: unknown) => T | null) {
  let memory: string | null = null;
  let cachedRaw: string | null | undefined;
  let cached: T | null = null;
  const storage = () => (area === "session" ? window.sessionStorage : window.localStorage);

  const readRaw = (): string | null => {
    try {
      return storage().getItem(key);
    } catch {
      return memory;
    }
  };

  return {
    read(): T | null {
      const raw = readRaw();
      if (raw !== cachedRaw) {
        cachedRaw = raw;
        cached = raw === null ? null : parse(parseJson(raw));
      }
      return cached;
    },
    write(value: T | null) {
      const raw = value === null ? null : JSON.stringify(value);
      memory = raw;
      try {
        if (raw === null) storage().removeItem(key);
        else storage().setItem(key, raw);
      } catch {
        // Storage refused: the in-memory copy keeps the journey working until the tab closes.
      }
    },
  } satisfies StoredValue<T>;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

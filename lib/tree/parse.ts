import type { z } from "zod";
import { isRecord } from "../is-record";
import { checkTree } from "./check";
import { withCountMessages } from "./count-messages";
import { treeSchema, type Tree } from "./schema";

export type TreeResult = { ok: true; tree: Tree } | { ok: false; problems: string[] };

const namedLists: Record<string, string> = {
  questions: "question",
  findings: "finding",
  rules: "rule",
  guidance: "guidance",
  sources: "source",
};

/**
 * Validates a decision tree: first its shape (zod), then its graph and references. A `published` copy (an
 * older version kept so its links stay readable) is read as it was, without today's rules for writing one.
 */
export function parseTree(raw: unknown, options: { published?: boolean } = {}): TreeResult {
  const parsed = treeSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => describeIssue(raw, issue)) };
  }
  const written = parsed.data.questions.filter((q) => q.type === "number" && q.compiled);
  const problems = [
    ...written.map((q) => `question '${q.id}': compiled: is made when the tree is read; remove it`),
    ...checkTree(parsed.data, options),
  ];
  if (problems.length > 0) return { ok: false, problems };
  try {
    return { ok: true, tree: withCountMessages(parsed.data) };
  } catch (error) {
    return { ok: false, problems: [`a number question's statement or amount: ${(error as Error).message}`] };
  }
}

/** Turns a zod issue into a line naming the node, such as "question 'x': options[2].label: must not be empty". */
function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const [list, index, ...rest] = path;
  let owner = "tree";
  let remaining: (string | number)[] = path;
  if (typeof list === "string" && typeof index === "number" && namedLists[list]) {
    const item = itemAt(raw, list, index);
    const itemId = isRecord(item) && typeof item.id === "string" ? item.id : `#${index + 1}`;
    owner = `${namedLists[list]} '${itemId}'`;
    remaining = rest;
  }
  const where = formatPath(remaining);
  return `${owner}: ${where ? `${where}: ` : ""}${issue.message}`;
}

function formatPath(path: (string | number)[]): string {
  return path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");
}

function itemAt(raw: unknown, list: string, index: number): unknown {
  const items = isRecord(raw) ? raw[list] : undefined;
  return Array.isArray(items) ? items[index] : undefined;
}

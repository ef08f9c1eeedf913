import { pictureKinds } from "../pictures/catalog";
import type { CompiledMessage } from "../i18n/render-message";
import { z } from "../zod-config";

const id = z.string().regex(/^[a-z0-9_]+$/, "must be lower-case letters, digits and underscores");
const slug = z.string().regex(/^[a-z0-9-]+$/, "must be lower-case letters, digits and hyphens");
const sourceIds = z.array(z.string().min(1));
const text = z.string().trim().min(1, "must not be empty");
/** A message read into parts (lib/i18n/render-message.ts): what the browser renders without a parser. */
const compiledMessage = z.custom<CompiledMessage>((value) => typeof value === "string" || Array.isArray(value));

/**
 * A logical test over the answers, written as "when" in the tree: it decides a route, a finding, a rule or a
 * guidance item. (Not to be confused with `ConditionId`, the skin condition an outcome names.) Written by
 * hand rather than inferred because zod cannot infer a recursive type; the schema below is checked against it.
 */
export type Predicate =
  | { question: string; equals: string }
  | { question: string; includes: string }
  | { question: string; atLeast: number | "check-back" }
  | { finding: string }
  | { rule: string }
  | { all: Predicate[] }
  | { any: Predicate[] }
  | { not: Predicate };

export const predicateSchema: z.ZodType<Predicate> = z.lazy(() =>
  z.union([
    z.strictObject({ question: id, equals: z.string() }),
    z.strictObject({ question: id, includes: z.string() }),
    z.strictObject({ question: id, atLeast: z.union([z.number().int(), z.literal("check-back")]) }),
    z.strictObject({ finding: id }),
    z.strictObject({ rule: slug }),
    z.strictObject({ all: z.array(predicateSchema).min(1) }),
    z.strictObject({ any: z.array(predicateSchema).min(1) }),
    z.strictObject({ not: predicateSchema }),
  ]),
);

const routeSchema = z.strictObject({
  when: predicateSchema.optional(),
  goto: z.string().min(1),
});

const optionSchema = z.strictObject({
  id,
  /** The picture shown with it: a body-map region or a close-up (lib/pictures/catalog.ts). */
  picture: z.string().optional(),
  label: text,
  /** The option in clinical terms, for the clinician handout; the label is used when absent. */
  clinical: text.optional(),
  hint: text.optional(),
  statement: text,
});

const commonQuestion = {
  id,
  short: text,
  /** The row label on the clinician handout, such as "Morphology". */
  clinical: text,
  title: text,
  hint: text.optional(),
  error: text,
  sources: sourceIds.optional(),
  next: z.array(routeSchema).min(1, "needs at least one route"),
};

/** Which pictures a choice question's options show (lib/pictures/catalog.ts). */
const pictures = z.enum(pictureKinds).optional();

export const questionSchema = z.discriminatedUnion("type", [
  z.strictObject({ ...commonQuestion, type: z.literal("single"), pictures, options: z.array(optionSchema).min(2) }),
  z.strictObject({
    ...commonQuestion,
    type: z.literal("multi"),
    pictures,
    /** The id of the "none of these" option, which cannot be ticked with any other. */
    exclusiveNone: id.optional(),
    options: z.array(optionSchema).min(2),
  }),
  z.strictObject({
    ...commonQuestion,
    type: z.literal("number"),
    min: z.number().int(),
    max: z.number().int(),
    unit: text,
    /** The answer as a reason ("daily home care for {value, plural, one {# week} other {# weeks}}"). */
    statement: text.refine((s) => s.includes("{value"), "must contain {value}"),
    /** The answer as a clinician reads it ("{value, plural, one {# week} other {# weeks}}"); else "{value} {unit}". */
    amount: text.refine((s) => s.includes("{value"), "must contain {value}").optional(),
    /** Made when the tree is read (lib/tree/count-messages.ts), never written in tree.json. */
    compiled: z
      .strictObject({ tag: z.string(), statement: compiledMessage, amount: compiledMessage.optional() })
      .optional(),
  }),
]);

export const conditionIds = [
  "keratosis_pilaris",
  "folliculitis",
  "contact_dermatitis",
  "enlarged_pores",
  "unclear",
] as const;

const findingSchema = z.strictObject({
  id,
  condition: z.enum(conditionIds),
  name: text,
  summary: text,
  sources: sourceIds,
  checkBack: z.strictObject({ weeks: z.number().int().min(1), say: text, sources: sourceIds.min(1) }).optional(),
  when: predicateSchema,
});

export const urgencyIds = ["emergency", "urgent", "appointment", "self_care"] as const;

const ruleSchema = z.strictObject({
  id: slug,
  /** The rule in clinical words, for the clinician handout and the FHIR export. */
  clinical: text,
  urgency: z.enum(["emergency", "urgent", "appointment"]),
  assessed: z.boolean(),
  explain: text,
  /** What to do now, when this rule's advice differs from its urgency's (clinical rules §1: `action`). */
  action: text.optional(),
  sources: sourceIds,
  when: predicateSchema,
});

const urgencyTextSchema = z.strictObject({
  label: text,
  title: text,
  action: text,
  clinical: text,
  sources: sourceIds,
});

const guidanceSchema = z.strictObject({
  id: slug,
  /** How the result groups it, as the NHS does: a thing to do, a thing not to do, or a fact to know. */
  kind: z.enum(["do", "dont", "know"]),
  /** Among the steps shown first on the result: the ones that matter most for their condition. */
  first: z.boolean().optional(),
  text,
  sources: sourceIds.min(1, "every guidance item must cite at least one source"),
  /** The active product it advises, in clinical words, for the note a clinician files (acids, urea, retinoids…). */
  active: text.optional(),
  /** Recommends an acid, exfoliant or retinoid: never for children under 12 or contact dermatitis. */
  exfoliant: z.boolean().optional(),
  /** Recommends a retinoid: never for a person who is pregnant, trying to get pregnant or breastfeeding. */
  retinoid: z.boolean().optional(),
  for: z.array(id).min(1),
  when: predicateSchema.optional(),
  /**
   * A step for every finding its `when` can reach, such as SPEC.md section 5's "all red conditions" steps:
   * `npm run tree:check` fails a reachable finding missing from `for` unless `notFor` names it as an exception.
   */
  shared: z.boolean().optional(),
  notFor: z.array(id).optional(),
});

const sourceSchema = z.strictObject({ id: z.string().regex(/^[A-Z0-9-]+$/), title: text, url: z.url().optional() });

/**
 * The questions the code needs by role, so that no question id is written in code: the two safety screens,
 * the weeks-of-care and progress questions, and what a re-check asks again (the rest carries over).
 */
const rolesSchema = z.strictObject({
  emergencyScreen: id,
  warningScreen: id,
  careWeeks: id,
  homeCareProgress: id,
  ageBand: id,
  askedAgainOnRecheck: z.array(id).min(1),
});

export const treeSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+$/, "must look like 1.0"),
  start: id,
  roles: rolesSchema,
  /** What to do in an emergency, shown on every page: the one place its words and numbers live. */
  emergencyAdvice: z.strictObject({ text, sources: sourceIds.min(1) }),
  questions: z.array(questionSchema).min(1),
  findings: z.array(findingSchema).min(1),
  rules: z.array(ruleSchema),
  selfCare: z.strictObject({ explain: text, clinical: text }),
  urgencies: z.strictObject({
    emergency: urgencyTextSchema,
    urgent: urgencyTextSchema,
    appointment: urgencyTextSchema,
    self_care: urgencyTextSchema,
  }),
  guidance: z.array(guidanceSchema),
  sources: z.array(sourceSchema).min(1),
});

export type Tree = z.infer<typeof treeSchema>;
export type Question = Tree["questions"][number];
export type ChoiceQuestion = Extract<Question, { type: "single" | "multi" }>;
export type Option = ChoiceQuestion["options"][number];
export type Roles = Tree["roles"];
export type Finding = Tree["findings"][number];
export type Rule = Tree["rules"][number];
export type GuidanceItem = Tree["guidance"][number];
export type Source = Tree["sources"][number];
export type Urgency = (typeof urgencyIds)[number];
export type ConditionId = (typeof conditionIds)[number] | "not_assessed";

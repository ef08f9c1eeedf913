// npm run bench: builds the site and a bare Next.js page (bench/bare/, same versions and bundler), serves both,
// and measures what we promise: script bytes per page as a ratio of the bare page's, measured side by side,
// requests, Lighthouse (mobile), the latency of each Continue with the CPU slowed 4x, and throughput under load.
// Prints one table, writes bench/results.json, and exits non-zero when a budget is missed.
//   options: --no-build (measure the existing out/), --runs N (Lighthouse runs per page, median; default 3),
//   --only bytes,blocking,steps,lighthouse,load (measure some parts while working; prints them, writes nothing);
//   --rounds N (interleaved rounds of main-thread blocking at load, median; default 5);
//   --cpu-slowdown N (Lighthouse's CPU multiplier, default its own 4; see docs/decisions/0003);
//   BENCH_DEBUG=1 also prints every step latency and every Lighthouse run.
import { execSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { defaultSettings } from "lighthouse/core/config/constants.js";
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "./chromium-path.mjs";
import { startServer } from "./serve.mjs";

const budgets = {
  jsRatio: 1.2,
  blockingRatio: 1.3,
  performance: 95,
  otherCategories: 100,
  cls: 0,
  stepP95Ms: 100,
  loadErrors: 0,
};
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) || 3;
const rounds = Number(args[args.indexOf("--rounds") + 1]) || 5;
const cpuSlowdown = args.includes("--cpu-slowdown") ? Number(args[args.indexOf("--cpu-slowdown") + 1]) : 4;
const only = args.includes("--only") ? new Set(args[args.indexOf("--only") + 1]?.split(",")) : undefined;
const wanted = (part) => !only || only.has(part);
const port = 3950;
const origin = `http://127.0.0.1:${port}`;
const barePort = 3951;
const bareOrigin = `http://127.0.0.1:${barePort}`;

const base = { emergency: ["none"], warning: ["none"] };
const journey = {
  ...base,
  redness: "yes",
  look: "pimples",
  onset: "days",
  risk: ["none"],
  triggers: ["shaving"],
  care_weeks: 1,
  progress: "better",
  impact: ["none"],
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

let handoutPath = "/handout/";

const treeVersion = JSON.parse(readFileSync("decision-tree/tree.json", "utf8")).version;

/** Answers go into the tab's storage before the page's first script runs, with the tree version they were given to. */
async function storeAnswers(context, answers) {
  if (!answers) return;
  await context.addInitScript(
    ([value, version]) => {
      if (sessionStorage.getItem("red-pores-check:answers")) return;
      sessionStorage.setItem("red-pores-check:answers", value);
      sessionStorage.setItem("red-pores-check:answers-version", version);
    },
    [JSON.stringify(answers), JSON.stringify(treeVersion)],
  );
}

/**
 * One cold load of a page, as a person's first visit: script bytes as the browser receives them (encoded on
 * the wire, so gzip where served), all bytes, and requests, apart from what is fetched after the load event.
 */
async function loadPage(browser, url, answers) {
  const context = await browser.newContext();
  await storeAnswers(context, answers);
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.on("load", () => (loaded = true));
  page.on("requestfinished", (request) => requests.push({ request, afterLoad: loaded }));
  await page.goto(url, { waitUntil: "networkidle" });
  const sum = { js: 0, html: 0, css: 0, total: 0, prefetchJs: 0, prefetchTotal: 0 };
  for (const { request, afterLoad } of requests) {
    const sizes = await request.sizes();
    const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
    const script = request.resourceType() === "script";
    if (afterLoad) {
      sum.prefetchTotal += bytes;
      if (script) sum.prefetchJs += sizes.responseBodySize;
    } else {
      sum.total += bytes;
      if (script) sum.js += sizes.responseBodySize;
      if (request.resourceType() === "document") sum.html += sizes.responseBodySize;
      if (request.resourceType() === "stylesheet") sum.css += sizes.responseBodySize;
    }
  }
  return { page, context, sum, requests: requests.filter((r) => !r.afterLoad).length };
}

const kb = (bytes) => +(bytes / 1024).toFixed(1);

async function measureBytes(browser) {
  const bare = await loadPage(browser, `${bareOrigin}/`);
  await bare.context.close();
  const pages = [
    ["start", "/", null],
    ["question", "/questions/emergency/", null],
    ["question (number)", "/questions/care_weeks/", { ...base, redness: "yes", look: "prickly", onset: "days" }],
    ["question (drawings)", "/questions/look/", { ...base, redness: "yes" }],
    ["question (body map)", "/questions/where/", { ...base, redness: "yes", look: "rash", onset: "days" }],
    ["check answers", "/check-answers/", journey],
    ["result", "/result/", journey],
    ["summary", "/summary/", journey],
    ["criteria", "/criteria/", null],
    ["answers deleted", "/answers-deleted/", null],
    ["not found", "/no-such-page/", null],
    // The check on one page, for a browser without JavaScript: its HTML and CSS are all it loads.
    ["one-page check", "/one-page/", null],
  ];
  // Every page again in Spanish: each language's page carries only its own catalog.
  pages.push(...pages.map(([name, path, answers]) => [`${name} (es)`, `/es${path}`, answers]));
  const rows = [
    {
      page: "bare Next.js page",
      path: "(bench/bare) /",
      jsGzipKb: kb(bare.sum.js),
      jsRatio: 1,
      htmlKb: kb(bare.sum.html),
      cssKb: kb(bare.sum.css),
      totalKb: kb(bare.sum.total),
      requests: bare.requests,
      prefetchedLaterKb: kb(bare.sum.prefetchTotal),
      prefetchedJsKb: kb(bare.sum.prefetchJs),
    },
  ];
  for (const [name, path, answers] of pages) {
    const { page, context, sum, requests } = await loadPage(browser, `${origin}${path}`, answers);
    if (name.startsWith("result")) {
      // The shared links the result makes are pages too: measure them as the person who opens one would.
      const suffix = name.slice("result".length);
      const link = new URL(await page.locator("a[href*='/handout#']").first().getAttribute("href"));
      const handout = `${link.pathname}/${link.hash}`;
      if (!suffix) handoutPath = handout;
      const recheck = new URL(await page.locator("a[href*='/recheck/#']").first().getAttribute("href"));
      pages.push([`handout${suffix}`, handout, null], [`recheck${suffix}`, `${recheck.pathname}${recheck.hash}`, null]);
    }
    rows.push({
      page: name,
      path: path.replace(/#.+$/, "#…"),
      jsGzipKb: kb(sum.js),
      jsRatio: +(sum.js / bare.sum.js).toFixed(3),
      htmlKb: kb(sum.html),
      cssKb: kb(sum.css),
      totalKb: kb(sum.total),
      requests,
      prefetchedLaterKb: kb(sum.prefetchTotal),
      prefetchedJsKb: kb(sum.prefetchJs),
    });
    await context.close();
  }
  return rows;
}

/**
 * Main-thread blocking at load, as a slow phone feels it: a 390 px viewport with the CPU slowed 4x, a fresh
 * context per load, and the sum over long tasks of their time beyond 50 ms, from the first byte until the page
 * is idle after its network settles. Pages are measured in turn, round after round, with the bare page in every
 * round, so a busy machine slows them all alike; each page's median is given as a ratio of the bare page's.
 */
async function measureBlocking(browser, handout) {
  const pages = [
    ["bare Next.js page", `${bareOrigin}/`, null],
    ["start", `${origin}/`, null],
    ["question", `${origin}/questions/emergency/`, null],
    ["question (es)", `${origin}/es/questions/emergency/`, null],
    ["result", `${origin}/result/`, journey],
    ["handout", `${origin}${handout}`, null],
  ];
  const samples = new Map(pages.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const [name, url, answers] of pages) samples.get(name).push(await blockingAtLoad(browser, url, answers));
  }
  if (process.env.BENCH_DEBUG) for (const [name, ms] of samples) console.log(name, ms.map(Math.round).join(" "));
  const bare = median(samples.get(pages[0][0]));
  return pages.map(([name, url]) => {
    const ms = median(samples.get(name));
    return { page: name, path: new URL(url).pathname, blockingMs: Math.round(ms), ratio: +(ms / bare).toFixed(2) };
  });
}

async function blockingAtLoad(browser, url, answers) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await storeAnswers(context, answers);
  await context.addInitScript(() => {
    window.__blocking = 0;
    new PerformanceObserver((list) => {
      for (const task of list.getEntries()) window.__blocking += Math.max(0, task.duration - 50);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
  const blocking = await page.evaluate(() => window.__blocking);
  await context.close();
  return blocking;
}

async function measureSteps(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // Timed inside the page: from the submit event to the first animation frame in which a different, visible
  // h1 is on the page. (Timing from the test runner would add its own round trips to every step.)
  await page.addInitScript(() => {
    window.__steps = [];
    document.addEventListener(
      "submit",
      () => {
        const pressed = performance.now();
        const before = document.querySelector("h1")?.textContent;
        const check = () => {
          const heading = document.querySelector("h1");
          if (heading && heading.textContent !== before && heading.checkVisibility()) {
            window.__steps.push(performance.now() - pressed);
          } else if (performance.now() - pressed < 10_000) requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      true,
    );
  });
  const tree = JSON.parse(readFileSync("decision-tree/tree.json", "utf8"));
  const title = (id) => tree.questions.find((q) => q.id === id).title;
  const label = (id, option) => tree.questions.find((q) => q.id === id).options.find((o) => o.id === option).label;
  const latencies = [];
  for (let round = 0; round < 3; round++) {
    await page.goto(`${origin}/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.goto(`${origin}/questions/emergency/`);
    const ids = Object.keys(journey);
    for (const [index, id] of ids.entries()) {
      await page.getByRole("heading", { level: 1, name: title(id), exact: true }).waitFor();
      const value = journey[id];
      if (typeof value === "number") await page.getByRole("textbox").fill(String(value));
      else for (const option of [value].flat()) await page.getByLabel(label(id, option), { exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      const nextHeading = index + 1 < ids.length ? title(ids[index + 1]) : "Check your answers";
      // Wait for the page's own timing first: the runner's role queries run in the page and would slow the step.
      const handle = await page.waitForFunction(
        (count) => window.__steps.length >= count && window.__steps.at(-1),
        index + 1,
        { polling: 250 },
      );
      await page.getByRole("heading", { level: 1, name: nextHeading, exact: true }).waitFor();
      latencies.push(await handle.jsonValue());
    }
  }
  await context.close();
  if (process.env.BENCH_DEBUG) console.log(latencies.map(Math.round).join(" "));
  return {
    steps: latencies.length,
    medianMs: Math.round(median(latencies)),
    p95Ms: Math.round(percentile(latencies, 95)),
  };
}

async function measureLighthouse(handoutPath) {
  const pages = [
    ["bare Next.js page", `${bareOrigin}/`],
    ["start", `${origin}/`],
    ["question", `${origin}/questions/emergency/`],
    ["handout", `${origin}${handoutPath}`],
    ["criteria", `${origin}/criteria/`],
    ["start (es)", `${origin}/es/`],
    ["question (es)", `${origin}/es/questions/emergency/`],
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", "--no-sandbox", ...chromiumArgs],
  });
  const samples = new Map(pages.map(([name]) => [name, []]));
  try {
    // Interleaved, the bare page in every run: a busy machine slows every page of a run alike.
    for (let run = 0; run < runs; run++) {
      for (const [name, url] of pages) {
        const { lhr } = await lighthouse(url, {
          port: chrome.port,
          logLevel: "error",
          output: "json",
          onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          throttling: { ...defaultSettings.throttling, cpuSlowdownMultiplier: cpuSlowdown },
        });
        if (process.env.BENCH_DEBUG)
          console.log(name, lhr.categories.performance.score, "benchmark index", lhr.environment.benchmarkIndex);
        samples.get(name).push(lhr);
      }
    }
  } finally {
    chrome.kill();
  }
  return pages.map(([name]) => {
    const lhrs = samples.get(name);
    const score = (key) => median(lhrs.map((lhr) => Math.round((lhr.categories[key].score ?? 0) * 100)));
    const audit = (key) => median(lhrs.map((lhr) => lhr.audits[key].numericValue ?? 0));
    return {
      page: name,
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      cls: +audit("cumulative-layout-shift").toFixed(3),
      // Lighthouse's measure of this machine's CPU just before each load: its 4x assumes about 1,500.
      benchmarkIndex: Math.round(median(lhrs.map((lhr) => lhr.environment.benchmarkIndex))),
    };
  });
}

async function measureLoad() {
  const result = await autocannon({ url: `${origin}/`, connections: 100, duration: 30 });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99LatencyMs: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

if (!args.includes("--no-build")) {
  execSync("npm run build", { stdio: "inherit" });
  execSync("npx next build bench/bare --webpack", {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
}
const server = await startServer({ root: "out", port });
const bareServer = await startServer({ root: "bench/bare/out", port: barePort });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
let results;
try {
  const bytes = wanted("bytes") || wanted("lighthouse") || wanted("blocking") ? await measureBytes(browser) : [];
  const blocking = wanted("blocking") ? await measureBlocking(browser, handoutPath) : [];
  const steps = wanted("steps") ? await measureSteps(browser) : undefined;
  await browser.close();
  const lighthouseRows = wanted("lighthouse") ? await measureLighthouse(handoutPath) : [];
  const load = wanted("load") ? await measureLoad() : undefined;
  results = {
    date: new Date().toISOString(),
    node: process.version,
    lighthouseRuns: runs,
    lighthouseCpuSlowdown: cpuSlowdown,
    blockingRounds: rounds,
    bytes,
    blocking,
    lighthouse: lighthouseRows,
    steps,
    load,
  };
} finally {
  server.close();
  bareServer.close();
  await browser.close().catch(() => {});
}

const missed = [];
for (const row of results.bytes)
  if (row.jsRatio > budgets.jsRatio)
    missed.push(`${row.page}: ${row.jsRatio}x the bare page's JavaScript > ${budgets.jsRatio}x`);
for (const row of results.blocking)
  if (row.ratio > budgets.blockingRatio)
    missed.push(`${row.page}: ${row.ratio}x the bare page's main-thread blocking at load > ${budgets.blockingRatio}x`);
// The bare page is measured for comparison; the budgets are ours.
for (const row of results.lighthouse.filter((r) => r.page !== "bare Next.js page")) {
  if (row.performance < budgets.performance)
    missed.push(`${row.page}: performance ${row.performance} < ${budgets.performance}`);
  for (const key of ["accessibility", "bestPractices", "seo"]) {
    if (row[key] < budgets.otherCategories) missed.push(`${row.page}: ${key} ${row[key]} < 100`);
  }
  if (row.cls > budgets.cls) missed.push(`${row.page}: CLS ${row.cls} > 0`);
}
if (results.steps && results.steps.p95Ms > budgets.stepP95Ms)
  missed.push(`step latency p95 ${results.steps.p95Ms} ms > ${budgets.stepP95Ms}`);
if (results.load && results.load.errors > budgets.loadErrors) missed.push(`load errors ${results.load.errors}`);
results.budgetsMissed = missed;

if (!only) {
  mkdirSync("bench", { recursive: true });
  writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
}
console.log("\nBytes per page (as served: encoded on the wire), and script bytes as a ratio of a bare Next.js page's");
console.table(results.bytes);
console.log(`Main-thread blocking at load (long tasks beyond 50 ms), CPU 4x slower, median of ${rounds} rounds`);
console.table(results.blocking);
console.log(`Lighthouse, mobile, median of ${runs}, CPU slowdown ${cpuSlowdown}x`);
console.table(results.lighthouse);
console.log("Step latency, Continue to next heading, CPU 4x slower:", results.steps);
console.log("Load, 100 connections for 30 s on /:", results.load);
if (missed.length > 0) {
  console.error(`\nBudgets missed:\n- ${missed.join("\n- ")}`);
  process.exit(1);
}
console.log("\nAll budgets met.");

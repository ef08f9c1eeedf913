// Writes the page files of every language but English, app/(<code>)/<code>/…, from the list in
// lib/i18n/locales.ts, so that a new language needs no page file by hand (docs/adding-a-language.md). Each
// file is a line or two that calls a page of app/_pages/ with the language; the files are build output (git
// ignores them), written by npm run build and npm run dev, and again by this command alone:
//   tsx scripts/language-pages.mjs
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prefixedLocales } from "../lib/i18n/locales.ts";

/** Each page of a language, by its path under app/(<code>)/<code>/, as a function of the code and the way up to app/. */
export const pageFiles = {
  "page.tsx": (code, up) => plainPage(code, `${up}_pages/start`, "StartPage", "startMetadata"),
  "questions/[id]/page.tsx": (
    code,
    up,
  ) => `import { questionMetadata, questionPage, questionStaticParams } from "${up}_pages/questionnaire";

// Every question page is prerendered from the tree; there is no server to render any other.
export const dynamicParams = false;
export const generateStaticParams = questionStaticParams;
export const generateMetadata = questionMetadata("${code}");

export default questionPage("${code}");
`,
  "check-answers/page.tsx": (
    code,
    up,
  ) => `import { checkAnswersMetadata, checkAnswersPage } from "${up}_pages/questionnaire";

export const metadata = checkAnswersMetadata("${code}");

export default checkAnswersPage("${code}");
`,
  "result/page.tsx": (code, up) =>
    fullTreePage(code, up, "ResultPage", `${up}_pages/result-page`, "result", "result.title"),
  "summary/page.tsx": (code, up) =>
    fullTreePage(code, up, "SummaryPage", `${up}_pages/summary-page`, "summary", "summary.title"),
  "recheck/page.tsx": (code, up) =>
    fullTreePage(code, up, "RecheckPage", `${up}_pages/recheck-page`, "recheckPage", "recheck.title"),
  "handout/page.tsx": (code, up) =>
    fullTreePage(code, up, "HandoutView", `${up}../components/documents/handout-view`, "handoutPage", "handout.title"),
  "criteria/page.tsx": (code, up) => `import { CriteriaPage, criteriaMetadata } from "${up}_pages/criteria";

export const metadata = criteriaMetadata("${code}");

export default function Page() {
  return <CriteriaPage locale="${code}" />;
}
`,
  "answers-deleted/page.tsx": (
    code,
    up,
  ) => `import { AnswersDeletedPage, answersDeletedMetadata } from "${up}_pages/simple";

export const metadata = answersDeletedMetadata("${code}");

export default function Page() {
  return <AnswersDeletedPage locale="${code}" />;
}
`,
  "one-page/page.tsx": (code, up) => plainPage(code, `${up}_pages/one-page`, "OnePage", "onePageMetadata"),
  // The build copies it to out/<code>/404.html, which hosts serve for a missing address of the language.
  "404/page.tsx": (code, up) => `import { NotFoundPage, notFoundMetadata } from "${up}_pages/simple";

export const metadata = notFoundMetadata("${code}");

export default function Page() {
  return <NotFoundPage locale="${code}" />;
}
`,
  "manifest.webmanifest/route.ts": (code, up) => `import { manifestResponse } from "${up}_pages/web-manifest";

// Written into out/${code}/manifest.webmanifest at build time.
export const dynamic = "force-static";

export function GET() {
  return manifestResponse("${code}");
}
`,
};

/** A page that needs only its language: a component and its metadata, both given the language's code. */
function plainPage(code, from, component, metadata) {
  return `import { ${component}, ${metadata} } from "${from}";

export const metadata = ${metadata}("${code}");

export default function Page() {
  return <${component} locale="${code}" />;
}
`;
}

function fullTreePage(code, up, component, from, route, title) {
  return `import { ${component} } from "${from}";
import { metadataFor } from "${up}_pages/page-metadata";
import { withFullTree } from "${up}_pages/with-tree";
import { routes } from "${up}../lib/routes";

export const metadata = metadataFor("${code}", routes.${route}, "${title}");

export default withFullTree(${component}, "${code}");
`;
}

const layout = (code) => `import type { ReactNode } from "react";
import { SiteLayout, siteMetadata, siteViewport } from "../_pages/site-layout";

export const metadata = siteMetadata("${code}");
export const viewport = siteViewport;

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteLayout locale="${code}">{children}</SiteLayout>;
}
`;

const banner = "// Written by scripts/language-pages.mjs from lib/i18n/locales.ts: do not edit; git ignores it.\n";

/** Writes every language's pages under `app`, replacing what an earlier run wrote. */
export function writeLanguagePages(app = "app", codes = prefixedLocales()) {
  // A language this build leaves out (the pseudo-language after a test build) would otherwise stay in app/.
  for (const folder of readdirSync(app)) {
    const layoutFile = path.join(app, folder, "layout.tsx");
    const code = /^\((.+)\)$/.exec(folder)?.[1];
    if (code && !codes.includes(code) && existsSync(layoutFile) && readFileSync(layoutFile, "utf8").startsWith(banner))
      rmSync(path.join(app, folder), { recursive: true, force: true });
  }
  for (const code of codes) {
    const group = path.join(app, `(${code})`);
    rmSync(group, { recursive: true, force: true });
    mkdirSync(group, { recursive: true });
    writeFileSync(path.join(group, "layout.tsx"), banner + layout(code));
    for (const [file, content] of Object.entries(pageFiles)) {
      const target = path.join(group, code, file);
      const up = "../".repeat(file.split("/").length + 1);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, banner + content(code, up));
    }
  }
  return codes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`wrote the pages of ${writeLanguagePages().join(", ")}`);
}

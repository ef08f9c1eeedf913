// Makes sure Debian's Chromium headless shell (and pdftotext, for the print tests) are installed before the browser
// tests; a full Chromium serves when the shell cannot be had.
// Installs them with apt-get when running as root; otherwise says how to get them.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findTestChromium } from "./chromium-path.mjs";

const needed = [];
if (!findTestChromium()) needed.push("chromium-headless-shell");
if (!existsSync("/usr/bin/pdftotext")) needed.push("poppler-utils");

if (needed.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = existsSync("/usr/bin/apt-get");
if (!isRoot || !hasApt) {
  console.error(
    `The browser tests need ${needed.join(" and ")}, which is not installed.\n` +
      `On Debian or Ubuntu: sudo apt-get install -y ${needed.join(" ")}\n` +
      "Elsewhere, install Chromium and set CHROMIUM_PATH to its executable.",
  );
  process.exit(1);
}
console.log(`Installing ${needed.join(" ")} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...needed], { stdio: "inherit", env });

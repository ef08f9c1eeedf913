// Draws the install icons (public/icons/*.png) from the same mark as app/icon.svg, in Debian's Chromium.
// Run by hand when the mark changes: node scripts/make-icons.mjs. The PNGs are committed: browsers ask for
// PNG icons to install a site, and the build should not need a browser.
import { chromium } from "playwright-core";
import { chromiumArgs, findChromium } from "./chromium-path.mjs";

const dots = `<circle cx="11" cy="12" r="3" fill="#f47c7c"/><circle cx="21" cy="14" r="3" fill="#f47c7c"/><circle cx="15" cy="22" r="3" fill="#f47c7c"/>`;
// "any": the rounded square of the favicon. "maskable": full bleed, the dots inside the middle 80% that every
// launcher's mask keeps.
const marks = {
  any: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b3a5b"/>${dots}</svg>`,
  maskable: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-6 -6 44 44"><rect x="-6" y="-6" width="44" height="44" fill="#0b3a5b"/>${dots}</svg>`,
};
const icons = [
  ["icon-192.png", "any", 192],
  ["icon-512.png", "any", 512],
  ["maskable-512.png", "maskable", 512],
  ["apple-touch-icon.png", "maskable", 180],
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
for (const [file, mark, size] of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${marks[mark]}`,
  );
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
  console.log(`public/icons/${file}`);
}
await browser.close();

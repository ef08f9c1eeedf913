import { chromium } from "playwright-core";
import { findChromium, chromiumArgs } from "/work/main/scripts/chromium-path.mjs";
import { startServer } from "/work/main/scripts/serve.mjs";
const server = startServer({ port: 3960, root: "/work/main/out" });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs ?? [] });
const target = process.argv[2];
const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
await page.goto(`http://127.0.0.1:3960${target}`, { waitUntil: "networkidle" });
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const total = profile.endTime - profile.startTime;
const dt = new Map(); 
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
for (const node of profile.nodes) {
  const key = `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.split("/").pop()}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0));
}
console.log("total ms", total / 1000);
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)} ${k}`).join("\n"));
await browser.close();
process.exit(0);

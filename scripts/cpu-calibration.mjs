// Lighthouse slows the CPU a fixed 4x in its simulation, which turns a machine with a benchmark index of about
// 1,500 (a fast desktop) into a mid-tier phone. On a slower machine 4x simulates a slower phone than intended,
// and Lighthouse's throttling guide says to calibrate:
// https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#calibrating-the-cpu-slowdown
// This is the calculator that guide links to (lighthouse-cpu-throttling-calculator), reduced to its formula:
// 150 → 1x, 800 → 2x, 1300 → 3x, then 233 index points per 1x (1533 → 4x, 2000 → 6x).

/** Lighthouse's CPU slowdown multiplier that makes a machine with this benchmark index a mid-tier phone. */
export function cpuSlowdownFor(benchmarkIndex) {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`No benchmark index: ${benchmarkIndex}`);
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  return Math.max(1, 1 + (benchmarkIndex - 150) / 650);
}

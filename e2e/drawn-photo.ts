import type { Page } from "@playwright/test";

/** A JPEG of skin-coloured patches drawn by the browser, `width` x `height`, as a camera would hand one over. */
export async function drawnPhoto(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    ({ width, height }) => {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no canvas");
      context.fillStyle = "#d9a58b";
      context.fillRect(0, 0, width, height);
      context.fillStyle = "#b5524a";
      for (let i = 0; i < 60; i++) context.fillRect((i * 613) % (width - 100), (i * 389) % (height - 100), 40, 40);
      return canvas.toDataURL("image/jpeg", 0.8).split(",")[1] ?? "";
    },
    { width, height },
  );
  return Buffer.from(base64, "base64");
}

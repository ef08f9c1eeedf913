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

/** What this browser's IndexedDB holds: each kept photo's bytes and its decoded size. */
export async function storedPhotos(page: Page) {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const opening = indexedDB.open("red-pores-check");
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    if (!database.objectStoreNames.contains("photos")) return [];
    const records = await new Promise<{ image: Blob; addedOn: string }[]>((resolve) => {
      const request = database.transaction("photos").objectStore("photos").getAll();
      request.onsuccess = () => resolve(request.result);
    });
    database.close();
    return Promise.all(
      records.map(async ({ image, addedOn }) => {
        const bitmap = await createImageBitmap(image);
        return {
          addedOn,
          type: image.type,
          bytes: Array.from(new Uint8Array(await image.arrayBuffer())),
          width: bitmap.width,
          height: bitmap.height,
        };
      }),
    );
  });
}

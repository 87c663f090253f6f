import { expect, type Locator, type Page } from "@playwright/test";

/** Fails unless the element lies wholly inside the viewport's width (nothing cut off or scrolled away). */
export async function expectWithinViewportWidth(page: Page, locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, `${what} is rendered`).not.toBeNull();
  expect.soft(box!.x, `${what} starts inside the screen`).toBeGreaterThanOrEqual(0);
  expect.soft(box!.x + box!.width, `${what} ends inside the screen (${width}px)`).toBeLessThanOrEqual(width + 0.5);
}

/**
 * Where a text wraps, as the two characters around each break (the last of a line, the first of the
 * next): an email may wrap before its `@` or a dot, or after a hyphen the address has, never mid-word.
 * Read from the layout, one character's box at a time.
 */
export async function lineBreaks(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const starts: string[] = [];
    let lastTop: number | null = null;
    let previous = "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (lastTop !== null && top > lastTop + 2) starts.push(previous + text[i]!);
        lastTop = top;
        previous = text[i]!;
      }
    }
    return starts;
  });
}

/** Fails when a native select is too narrow for the option it shows ("Membe"). */
export async function expectSelectShowsWholeValue(select: Locator, what: string): Promise<void> {
  const room = await select.evaluate((element) => {
    const el = element as HTMLSelectElement;
    const style = getComputedStyle(el);
    const context = document.createElement("canvas").getContext("2d")!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(el.selectedOptions[0]?.text ?? "").width;
    const inner = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return { text, inner };
  });
  expect(room.text, `${what} fits its text`).toBeLessThanOrEqual(room.inner);
}

/** A wrap an address may have: before "@" or ".", or after a hyphen that is part of it. */
export const EMAIL_BREAK = /^(.[@.]|-.)$/;

// WCAG 2 contrast of every visible piece of text on the page: the text's colour against the
// background it is drawn on, found by walking up the ancestors and laying their (maybe
// translucent) backgrounds over each other. Placeholders and disabled controls are left out,
// as WCAG leaves them out; background images are not read (the app has none under text).
import type { Page } from '@playwright/test';

export interface TextContrast {
  /** The lowest ratio on the page and the text it belongs to. */
  lowest: { ratio: number; text: string; where: string } | null;
  /** Every text below its threshold: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). */
  failures: { ratio: number; needed: number; text: string; where: string; colours: string }[];
  /** How many text elements were measured. */
  measured: number;
}

export function measureTextContrast(page: Page): Promise<TextContrast> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const match = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/.exec(css);
      if (!match) throw new Error(`a colour the test cannot read: ${css}`);
      const [, r, g, b, a] = match;
      return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a)];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3] + bottom[3] * (1 - top[3]);
      if (alpha === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / alpha;
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const linear = (channel: number) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let at: Element | null = element; at; at = at.parentElement) {
        const layer = parse(getComputedStyle(at).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] >= 1) break;
      }
      // Under everything, the canvas: the root's colour reaches it, else Chromium's white.
      let colour: Rgba = [255, 255, 255, 1];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const opacityOf = (element: Element) => {
      let opacity = 1;
      for (let at: Element | null = element; at; at = at.parentElement)
        opacity *= Number(getComputedStyle(at).opacity);
      return opacity;
    };
    const ownText = (element: Element): string => {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)
        return ['checkbox', 'radio', 'hidden', 'file'].includes(element.type) ? '' : element.value;
      if (element instanceof HTMLSelectElement)
        return element.selectedOptions[0]?.textContent ?? '';
      let text = '';
      for (const node of element.childNodes)
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
      return text.trim();
    };
    const isDisabled = (element: Element) =>
      element.closest(':disabled, [aria-disabled="true"]') !== null;
    const describe = (element: Element) =>
      element.getAttribute('data-testid') ??
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`;

    const result: TextContrast = { lowest: null, failures: [], measured: 0 };
    for (const element of document.body.querySelectorAll('*')) {
      if (element instanceof HTMLOptionElement || element.closest('svg')) continue;
      const text = ownText(element);
      if (!text || isDisabled(element)) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(element);
      const background = backgroundOf(element);
      const ink = parse(style.color);
      const shown = over([ink[0], ink[1], ink[2], ink[3] * opacityOf(element)], background);
      const [light, dark] = [luminance(shown), luminance(background)].sort((a, b) => b - a);
      const ratio = Math.round(((light! + 0.05) / (dark! + 0.05)) * 100) / 100;
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      const where = describe(element);
      const sample = text.slice(0, 40);
      result.measured += 1;
      if (!result.lowest || ratio < result.lowest.ratio)
        result.lowest = { ratio, text: sample, where };
      if (ratio < needed)
        result.failures.push({
          ratio,
          needed,
          text: sample,
          where,
          colours: `${style.color} on ${background.map(Math.round).join(',')}`,
        });
    }
    return result;
  });
}

// The two things done to a picture's pixels on their way out: shrinking it so its longest
// side fits, and turning it upright as its EXIF orientation asked (the orientation tag goes
// with the rest of the metadata, so the pixels must carry it). RGBA, 8 bits a channel.

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** The size a picture is shrunk to so that its longest side is at most `maxLongSide`; never enlarged. */
export function cappedSize(
  width: number,
  height: number,
  maxLongSide: number,
): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/**
 * Area-averaging downscale, one axis then the other: every source pixel counts for the
 * share of an output pixel it covers, so a photo of fine detail does not alias as
 * nearest-neighbour or bilinear sampling would at a 2–4× reduction.
 */
export function shrink(image: Rgba, width: number, height: number): Rgba {
  if (width === image.width && height === image.height) return image;
  const across = {
    width,
    height: image.height,
    data: resampleRows(image.data, image.width, image.height, width),
  };
  const turned = transpose(across);
  const down = {
    width: height,
    height: width,
    data: resampleRows(turned.data, turned.width, turned.height, height),
  };
  return transpose(down);
}

/** The picture as it should be seen, for EXIF orientation 1–8. */
export function applyOrientation(image: Rgba, orientation: number): Rgba {
  if (orientation <= 1 || orientation > 8) return image;
  const { width: w, height: h, data } = image;
  const swaps = orientation >= 5;
  const outWidth = swaps ? h : w;
  const outHeight = swaps ? w : h;
  const out = new Uint8Array(outWidth * outHeight * 4);
  const source = sourceOf(orientation, w, h);
  const words = new Uint32Array(data.buffer, data.byteOffset, w * h);
  const outWords = new Uint32Array(out.buffer);
  for (let y = 0; y < outHeight; y += 1) {
    for (let x = 0; x < outWidth; x += 1) {
      const [sx, sy] = source(x, y);
      outWords[y * outWidth + x] = words[sy * w + sx] ?? 0;
    }
  }
  return { width: outWidth, height: outHeight, data: out };
}

/** For an output pixel, the stored pixel it shows (EXIF 2.32, the Orientation tag's eight cases). */
function sourceOf(
  orientation: number,
  w: number,
  h: number,
): (x: number, y: number) => [number, number] {
  switch (orientation) {
    case 2:
      return (x, y) => [w - 1 - x, y];
    case 3:
      return (x, y) => [w - 1 - x, h - 1 - y];
    case 4:
      return (x, y) => [x, h - 1 - y];
    case 5:
      return (x, y) => [y, x];
    case 6:
      return (x, y) => [y, h - 1 - x];
    case 7:
      return (x, y) => [w - 1 - y, h - 1 - x];
    default:
      return (x, y) => [w - 1 - y, x];
  }
}

/** Each row of an RGBA picture resampled from `sourceWidth` to `targetWidth` pixels by area. */
function resampleRows(
  data: Uint8Array,
  sourceWidth: number,
  rows: number,
  targetWidth: number,
): Uint8Array {
  const scale = sourceWidth / targetWidth;
  const starts = new Int32Array(targetWidth);
  const counts = new Int32Array(targetWidth);
  const weights: number[] = [];
  for (let x = 0; x < targetWidth; x += 1) {
    const from = x * scale;
    const to = Math.min(sourceWidth, from + scale);
    starts[x] = Math.floor(from);
    counts[x] = Math.ceil(to) - Math.floor(from);
    for (let sx = Math.floor(from); sx < Math.ceil(to); sx += 1)
      weights.push((Math.min(to, sx + 1) - Math.max(from, sx)) / scale);
  }
  const weightTable = Float32Array.from(weights);
  // Clamped: a sum of weights a rounding error above 1 must not wrap 255 round to 0.
  const out = new Uint8ClampedArray(targetWidth * rows * 4);
  for (let y = 0; y < rows; y += 1) {
    const row = y * sourceWidth * 4;
    let w = 0;
    for (let x = 0; x < targetWidth; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      const start = starts[x] ?? 0;
      const count = counts[x] ?? 0;
      for (let k = 0; k < count; k += 1) {
        const weight = weightTable[w + k] ?? 0;
        const at = row + (start + k) * 4;
        r += (data[at] ?? 0) * weight;
        g += (data[at + 1] ?? 0) * weight;
        b += (data[at + 2] ?? 0) * weight;
        a += (data[at + 3] ?? 0) * weight;
      }
      w += count;
      const target = (y * targetWidth + x) * 4;
      out[target] = r;
      out[target + 1] = g;
      out[target + 2] = b;
      out[target + 3] = a;
    }
  }
  return new Uint8Array(out.buffer);
}

/** Rows become columns, so the vertical pass can reuse the row resampler. */
function transpose(image: Rgba): Rgba {
  return applyOrientation(image, 5);
}

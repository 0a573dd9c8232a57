// `npm run bench:pictures`: ten 12-megapixel phone photos (4000×3000, made here once into a
// temp folder, with GPS, camera fields and orientation 6 written by exiftool when the machine
// has it) cleaned as an upload or an export cleans them: decoded, stripped, turned, capped at
// 2,560 px and encoded again. Writes its section of docs/benchmarks.md and benchmarks.json.
// Options: --count N --no-write
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import jpeg from 'jpeg-js';
import { DEFAULT_SETTINGS } from '../../../electron/default-settings.ts';
import { cleanPicture } from '../../../electron/services/pictures/picture-cleaner.ts';
import { metadataTraces } from '../../support/pictures/metadata-traces.ts';
import { describeMachine, machineSummary } from '../support/machine.ts';
import { writeBenchmarkReport } from '../support/results.ts';

const WIDTH = 4000;
const HEIGHT = 3000;
const { values } = parseArgs({
  options: { count: { type: 'string' }, 'no-write': { type: 'boolean' } },
});
const count = Number(values.count ?? 10);
const log = (message: string) => console.log(`[bench:pictures] ${message}`);
const folder = path.join(os.tmpdir(), 'midad-bench-pictures');
mkdirSync(folder, { recursive: true });

const hasExiftool = (() => {
  try {
    execFileSync('exiftool', ['-ver'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A photo-like picture: smooth gradients with grain, which JPEG compresses as it does a photo (~3–5 MB). */
function makePhoto(seed: number): Uint8Array {
  const data = new Uint8Array(WIDTH * HEIGHT * 4);
  let state = seed * 2654435761;
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      state = (state * 1103515245 + 12345) >>> 0;
      const grain = (state >>> 24) % 24;
      const at = (y * WIDTH + x) * 4;
      data[at] = ((x * 255) / WIDTH + grain + seed * 20) & 0xff;
      data[at + 1] = ((y * 255) / HEIGHT + grain) & 0xff;
      data[at + 2] = (((x + y) * 128) / (WIDTH + HEIGHT) + 64 + grain) & 0xff;
      data[at + 3] = 255;
    }
  }
  return jpeg.encode({ width: WIDTH, height: HEIGHT, data }, 90).data;
}

function photoFile(index: number): string {
  const file = path.join(folder, `photo-${index}${hasExiftool ? '-exif' : ''}.jpg`);
  if (existsSync(file)) return file;
  writeFileSync(file, makePhoto(index));
  if (hasExiftool) {
    execFileSync('exiftool', [
      '-overwrite_original',
      '-Orientation#=6',
      '-Make=Canon',
      '-Model=Canon EOS R6',
      '-SerialNumber=083021001234',
      `-GPSLatitude=${33.89 + index / 100}`,
      '-GPSLatitudeRef=N',
      '-GPSLongitude=35.50',
      '-GPSLongitudeRef=E',
      '-XMP-dc:Creator=Salma Haddad',
      '-IPTC:City=Beirut',
      file,
    ]);
  }
  return file;
}

const files = Array.from({ length: count }, (_, index) => photoFile(index));
log(
  `${count} photos of ${WIDTH}×${HEIGHT} in ${folder}${hasExiftool ? ', with GPS, camera and orientation 6' : ' (no exiftool: no metadata fields)'}`,
);

// Shared machines: the figures mean more with how busy it was beside them.
const loadBefore = os.loadavg()[0]!;
const rules = DEFAULT_SETTINGS.pictures;
const times: number[] = [];
let inBytes = 0;
let outBytes = 0;
let peakRss = 0;
let size = '';
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const clean = cleanPicture({ bytes, mimeType: 'image/jpeg' }, rules);
  times.push(performance.now() - started);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  inBytes += bytes.length;
  outBytes += clean.bytes.length;
  size = `${clean.width}×${clean.height}`;
  const traces = metadataTraces(clean.bytes);
  if (traces.length > 0) throw new Error(`${file} kept ${traces.join(', ')}`);
  log(
    `${path.basename(file)}: ${(times.at(-1)! / 1000).toFixed(2)} s → ${size}, ${(clean.bytes.length / 1e6).toFixed(2)} MB`,
  );
}

const total = times.reduce((sum, each) => sum + each, 0);
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const machine = machineSummary(describeMachine());
const date = new Date().toISOString();
log(
  `total ${(total / 1000).toFixed(1)} s, median ${(median / 1000).toFixed(2)} s a photo, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB`,
);

const markdown = `## Pictures cleaned before they leave (\`npm run bench:pictures\`)

${count} phone photos of ${WIDTH}×${HEIGHT} (12 MP, ${(inBytes / count / 1e6).toFixed(1)} MB each on average${hasExiftool ? ', with GPS, camera, XMP, IPTC fields and orientation 6 written by exiftool' : ''}),
each cleaned as an upload or export cleans it (electron/services/pictures, jpeg-js and pngjs; docs/pictures.md):
decoded, stripped, turned upright, capped at ${rules.maxLongSide} px and encoded again at quality 85, one after the other
on one core. Every result was checked for metadata left behind: none.

| Figure | Value |
| --- | ---: |
| all ${count} photos | ${(total / 1000).toFixed(1)} s |
| one photo, median | ${(median / 1000).toFixed(2)} s |
| one photo, slowest | ${(sorted.at(-1)! / 1000).toFixed(2)} s |
| size out | ${size}, ${(outBytes / count / 1e6).toFixed(2)} MB on average |
| peak memory of the process (RSS) | ${(peakRss / 2 ** 20).toFixed(0)} MiB |

Machine: ${machine}; load average ${loadBefore.toFixed(1)} when it started. ${date}.`;

if (!values['no-write']) {
  const entry = (name: string, figure: number, unit: string) => ({
    benchmark: 'pictures',
    case: name,
    figure,
    unit,
    baseline: null,
    ratio: null,
    date,
    machine,
  });
  await writeBenchmarkReport(
    {
      benchmark: 'pictures',
      entries: [
        entry(`clean ${count} 12 MP JPEGs`, Math.round(total), 'ms'),
        entry('clean one 12 MP JPEG, median', Math.round(median), 'ms'),
        entry('peak RSS while cleaning', Math.round(peakRss / 2 ** 20), 'MiB'),
      ],
      markdown,
    },
    fileURLToPath(new URL('../../../docs', import.meta.url)),
  );
  log('wrote docs/benchmarks.md and docs/benchmarks.json');
}

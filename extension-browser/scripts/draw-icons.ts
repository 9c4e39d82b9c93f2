// `node dist/scripts/draw-icons.js`: draws exkb's toolbar icons (static/icons/exkb-<size>.png),
// our own artwork: a blue rounded square with a white magnifier over an exclamation mark.
// Run again only when the design changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { EXTENSION_ROOT } from './paths.js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
type Rgba = readonly [number, number, number, number];
const BLUE: Rgba = [0x1f, 0x5f, 0xb8, 255];
const WHITE: Rgba = [255, 255, 255, 255];

/** The colour at a point of the unit square (0..1), or undefined outside the shape. */
function colourAt(x: number, y: number): Rgba | undefined {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if (Math.hypot(x - cx, y - cy) > radius) return undefined;
  const ring = Math.hypot(x - 0.44, y - 0.44);
  if (ring > 0.2 && ring < 0.28) return WHITE;
  // The handle, along the diagonal from the ring to the lower right.
  const along = (x + y - 0.88) / Math.SQRT2;
  const across = Math.abs(x - y) / Math.SQRT2;
  if (along > 0.19 && along < 0.44 && across < 0.06) return WHITE;
  // The exclamation mark inside the ring.
  if (Math.abs(x - 0.44) < 0.04 && y > 0.3 && y < 0.49) return WHITE;
  if (Math.hypot(x - 0.44, y - 0.56) < 0.04) return WHITE;
  return BLUE;
}

/** An RGBA PNG of the icon at `size` pixels, 4×4 supersampled. */
export function drawIcon(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          for (let channel = 0; channel < 3; channel++) sum[channel]! += colour[channel]! * colour[3];
          sum[3]! += colour[3];
        }
      }
      const alpha = sum[3]!;
      for (let channel = 0; channel < 3; channel++) row[1 + px * 4 + channel] = alpha === 0 ? 0 : Math.round(sum[channel]! / alpha);
      row[1 + px * 4 + 3] = Math.round(alpha / (samples * samples));
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = path.join(EXTENSION_ROOT, 'static', 'icons');
  mkdirSync(folder, { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(path.join(folder, `exkb-${size}.png`), drawIcon(size));
  console.log(`exkb icons: ${ICON_SIZES.map((size) => `exkb-${size}.png`).join(', ')} in ${path.relative(process.cwd(), folder)}`);
}

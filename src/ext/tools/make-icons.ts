/**
 * Draws the toolbar/store icons (16/32/48/128 px PNG) into public/icon/: a red rounded square
 * with a white page carrying three text lines. Pure Node (zlib), no image library.
 * Run: npx tsx src/ext/tools/make-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

export function encodePng(size: number, pixels: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    Buffer.from(pixels.buffer, pixels.byteOffset + y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour of the icon at unit coordinates (0..1). */
function shade(u: number, v: number): RGBA | null {
  const red: RGBA = [196, 22, 28, 255];
  const white: RGBA = [255, 255, 255, 255];
  const ink: RGBA = [196, 22, 28, 255];
  if (!inRoundRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  if (inRoundRect(u, v, 0.24, 0.16, 0.76, 0.84, 0.05)) {
    for (const [ly, lx1] of [[0.32, 0.64], [0.48, 0.64], [0.64, 0.52]] as const) {
      if (inRoundRect(u, v, 0.34, ly - 0.045, lx1, ly + 0.045, 0.04)) return ink;
    }
    return white;
  }
  return red;
}

export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const ss = 4; // supersampling per axis
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = shade((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (!c) continue;
          r += c[0] * c[3]; g += c[1] * c[3]; b += c[2] * c[3]; a += c[3];
        }
      }
      const i = (y * size + x) * 4;
      if (a > 0) {
        px[i] = Math.round(r / a); px[i + 1] = Math.round(g / a); px[i + 2] = Math.round(b / a);
        px[i + 3] = Math.round(a / (ss * ss));
      }
    }
  }
  return px;
}

const isMain = process.argv[1]?.endsWith('make-icons.ts');
if (isMain) {
  const dir = new URL('../../../public/icon/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const size of [16, 32, 48, 96, 128]) {
    writeFileSync(new URL(`${size}.png`, dir), encodePng(size, drawIcon(size)));
  }
  console.log('icons written to public/icon/');
}

// Draws the Tongchou application icon and writes every packaging size. No dependencies: the mark
// is rasterised from signed-distance shapes with supersampling, PNGs are encoded with node:zlib,
// and the Windows .ico is assembled by hand.
//
//   node build/make-icons.mjs        (re-run after changing the design; commit the outputs)
//   node build/make-icons.mjs --out <dir>
//
// The mark: two interlocking rounded squares — white and gold on a deep-blue tile — for 统筹,
// separate departments' systems linked into one whole. Each square passes over the other at one
// crossing and under it at the other, like two links of a chain.
//
// Outputs
//   build/icons/<n>x<n>.png   n = 16 24 32 48 64 128 256 512  (Linux icon set, named by size)
//   build/icons/icon.png      512x512 (the master PNG)
//   build/icon.ico            Windows: 256 as PNG, 16–128 as 32-bit BMP (what Windows, NSIS and
//                             rcedit all read; PNG entries below 256 trip some older tools)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const BG_TOP = [0x24, 0x5b, 0xdb];
const BG_BOTTOM = [0x0c, 0x2c, 0x80];
const RING_A = [0xff, 0xff, 0xff];
const RING_B = [0xf7, 0xb5, 0x2c];

// ─── Geometry (unit square, y down) ──────────────────────────────────────────────────────────────

function sdRoundBox(px, py, cx, cy, half, radius) {
  const qx = Math.abs(px - cx) - half + radius;
  const qy = Math.abs(py - cy) - half + radius;
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance to a ring (a rounded square's outline of the given width, drawn inside its edge). */
function sdRing(px, py, cx, cy, half, radius, width) {
  const d = sdRoundBox(px, py, cx, cy, half, radius);
  return Math.abs(d + width / 2) - width / 2;
}

function mix(a, b, t) {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** The colour of one point, or null outside the tile. Strokes thicken a little at tiny sizes. */
function sample(px, py, size) {
  const tile = sdRoundBox(px, py, 0.5, 0.5, 0.46, 0.2);
  if (tile > 0) return null;
  const background = mix(BG_TOP, BG_BOTTOM, Math.min(1, Math.max(0, (py - 0.04) / 0.92)));
  const stroke = Math.max(0.085, 1.7 / size);
  const gap = Math.max(0.026, 0.9 / size);
  const half = 0.205;
  const radius = 0.06;
  const a = sdRing(px, py, 0.415, 0.415, half, radius, stroke);
  const b = sdRing(px, py, 0.585, 0.585, half, radius, stroke);
  // Top-right crossing: gold over white. Bottom-left crossing: white over gold.
  const goldOnTop = px + (1 - py) > 1;
  const [under, underColor, over, overColor] = goldOnTop ? [a, RING_A, b, RING_B] : [b, RING_B, a, RING_A];
  if (over <= 0) return overColor;
  if (over <= gap) return background; // the gap that makes the crossing read as "over"
  if (under <= 0) return underColor;
  return background;
}

/** Renders the icon at `size` px as straight (non-premultiplied) RGBA. */
export function renderIcon(size) {
  const grid = size >= 256 ? 4 : 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < grid; sy++) {
        for (let sx = 0; sx < grid; sx++) {
          const c = sample((x + (sx + 0.5) / grid) / size, (y + (sy + 0.5) / grid) / size, size);
          if (c === null) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered++;
        }
      }
      const o = (y * size + x) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (grid * grid));
      }
    }
  }
  return rgba;
}

// ─── PNG ─────────────────────────────────────────────────────────────────────────────────────────

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes RGBA pixels as an 8-bit truecolour-with-alpha PNG (filter: Sub on every row). */
export function encodePng(rgba, width, height) {
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 1; // Sub filter: small output for smooth gradients
    for (let i = 0; i < stride; i++) {
      const left = i >= 4 ? rgba[y * stride + i - 4] : 0;
      raw[row + 1 + i] = (rgba[y * stride + i] - left) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ─── ICO ─────────────────────────────────────────────────────────────────────────────────────────

/** A 32-bit BMP icon image: BITMAPINFOHEADER, bottom-up BGRA rows, then an all-zero AND mask. */
function encodeIcoBmp(rgba, size) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12); // planes
  header.writeUInt16LE(32, 14); // bits per pixel
  header.writeUInt32LE(0, 16); // BI_RGB
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      pixels[to] = rgba[from + 2];
      pixels[to + 1] = rgba[from + 1];
      pixels[to + 2] = rgba[from];
      pixels[to + 3] = rgba[from + 3];
    }
  }
  const maskStride = Math.ceil(size / 32) * 4;
  const mask = Buffer.alloc(maskStride * size); // alpha carries transparency; mask all "opaque"
  header.writeUInt32LE(pixels.length + mask.length, 20);
  return Buffer.concat([header, pixels, mask]);
}

/** Assembles an .ico from { size, data } images (data: PNG or BMP-without-file-header). */
export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, data }, i) => {
    const e = i * 16;
    directory[e] = size >= 256 ? 0 : size;
    directory[e + 1] = size >= 256 ? 0 : size;
    directory[e + 2] = 0; // palette colours
    directory[e + 3] = 0;
    directory.writeUInt16LE(1, e + 4); // planes
    directory.writeUInt16LE(32, e + 6); // bits per pixel
    directory.writeUInt32LE(data.length, e + 8);
    directory.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, directory, ...images.map((image) => image.data)]);
}

// ─── Main ────────────────────────────────────────────────────────────────────────────────────────

export function makeIcons(buildDir) {
  const iconsDir = path.join(buildDir, 'icons');
  fs.mkdirSync(iconsDir, { recursive: true });
  const rendered = new Map();
  const pixels = (size) => {
    if (!rendered.has(size)) rendered.set(size, renderIcon(size));
    return rendered.get(size);
  };
  const written = [];
  const write = (file, data) => {
    fs.writeFileSync(file, data);
    written.push(path.relative(buildDir, file));
  };
  for (const size of LINUX_SIZES) write(path.join(iconsDir, `${size}x${size}.png`), encodePng(pixels(size), size, size));
  write(path.join(iconsDir, 'icon.png'), encodePng(pixels(512), 512, 512));
  const icoImages = ICO_SIZES.map((size) => ({
    size,
    data: size >= 256 ? encodePng(pixels(size), size, size) : encodeIcoBmp(pixels(size), size),
  }));
  write(path.join(buildDir, 'icon.ico'), encodeIco(icoImages));
  return written;
}

// `--out <dir>` writes elsewhere (the packaging test regenerates into a temp folder and compares).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outIndex = process.argv.indexOf('--out');
  const buildDir = outIndex > 0 && process.argv[outIndex + 1] ? path.resolve(process.argv[outIndex + 1]) : path.dirname(fileURLToPath(import.meta.url));
  for (const file of makeIcons(buildDir)) console.log(`wrote ${path.join(buildDir, file)}`);
}

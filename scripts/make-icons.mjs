#!/usr/bin/env node
// Renders the toolbar/store icons (public/icon/<size>.png) from a tiny vector description, so
// the PNGs can be regenerated without an image editor: a blue rounded square with two white
// steps, the second one raised ("the second step"). assets/icon.svg is the same drawing.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

// Shapes in a 0..1 square: [x0, y0, x1, y1].
const STEPS = [
  [0.18, 0.58, 0.5, 0.8], // first step
  [0.5, 0.28, 0.82, 0.8], // second step, higher
];
const RADIUS = 0.2;

function coverage(size, px, py, inside) {
  // 4x4 supersampling for smooth edges at 16 px.
  let hits = 0;
  for (let i = 0; i < 4; i++)
    for (let j = 0; j < 4; j++) if (inside((px + (i + 0.5) / 4) / size, (py + (j + 0.5) / 4) / size)) hits++;
  return hits / 16;
}

function inRoundedSquare(x, y) {
  const r = RADIUS;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}
const inSteps = (x, y) => STEPS.some(([x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1);

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const bg = coverage(size, x, y, inRoundedSquare);
      const fg = coverage(size, x, y, inSteps);
      const color = BLUE.map((b, i) => Math.round(b * (1 - fg) + WHITE[i] * fg));
      row.set([...color, Math.round(255 * bg)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = join(import.meta.dirname, '..', 'public', 'icon');
mkdirSync(out, { recursive: true });
for (const size of SIZES) writeFileSync(join(out, `${size}.png`), png(size));
console.log(`icons written to ${out}: ${SIZES.join(', ')} px`);

// A minimal PNG reader for screenshots (8-bit RGB or RGBA, not interlaced),
// so the suite judges the map from what the engine shows, not from a WebGL
// read-back (which comes out blank in Firefox and WebKit).
import zlib from 'node:zlib';

export function decodePng(buf) {
  if (buf.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8, width = 0, height = 0, depth = 0, type = 0, interlace = 0;
  const idat = [];
  while (pos < buf.length) {
    const len = buf.readUInt32BE(pos);
    const kind = buf.toString('latin1', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') { width = data.readUInt32BE(0); height = data.readUInt32BE(4); depth = data[8]; type = data[9]; interlace = data[12]; }
    else if (kind === 'IDAT') idat.push(data);
    else if (kind === 'IEND') break;
    pos += 12 + len;
  }
  const channels = { 2: 3, 6: 4 }[type];
  if (depth !== 8 || !channels || interlace !== 0) throw new Error(`unsupported PNG (depth ${depth}, colour type ${type}, interlace ${interlace})`);
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(width * height * 4);
  let prev = Buffer.alloc(stride), line = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      let v = src[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) { const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c); v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c; }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4, s = x * channels;
      out[o] = line[s]; out[o + 1] = line[s + 1]; out[o + 2] = line[s + 2]; out[o + 3] = channels === 4 ? line[s + 3] : 255;
    }
    [prev, line] = [line, prev];
  }
  return { width, height, data: out };
}

/** Colours in a rectangle of the image (CSS px × scale), quantised to 4 bits a channel. */
export function colourStats(img, rect, scale = 1) {
  const x0 = Math.max(0, Math.round(rect.x * scale)), y0 = Math.max(0, Math.round(rect.y * scale));
  const x1 = Math.min(img.width, Math.round((rect.x + rect.width) * scale)), y1 = Math.min(img.height, Math.round((rect.y + rect.height) * scale));
  const counts = new Map();
  let total = 0;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
    const o = (y * img.width + x) * 4;
    const key = ((img.data[o] >> 4) << 8) | ((img.data[o + 1] >> 4) << 4) | (img.data[o + 2] >> 4);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total++;
  }
  const dominant = Math.max(0, ...counts.values());
  return { total, distinct: counts.size, dominantShare: total ? dominant / total : 1 };
}

/** Pixels within `tolerance` of an RGB colour in a square around a point (CSS px × scale). */
export function countNear(img, at, half, rgb, scale = 1, tolerance = 40) {
  let n = 0;
  const cx = Math.round(at.x * scale), cy = Math.round(at.y * scale), h = Math.round(half * scale);
  for (let y = Math.max(0, cy - h); y < Math.min(img.height, cy + h); y++) for (let x = Math.max(0, cx - h); x < Math.min(img.width, cx + h); x++) {
    const o = (y * img.width + x) * 4;
    if (Math.abs(img.data[o] - rgb[0]) <= tolerance && Math.abs(img.data[o + 1] - rgb[1]) <= tolerance && Math.abs(img.data[o + 2] - rgb[2]) <= tolerance) n++;
  }
  return n;
}

// Abstract illustrations drawn from an art spec (motif + seed) in the theme's colours: pure SVG shapes with
// presentation attributes only (no <style>, no script, no external references), so they are safe as files
// under a strict CSP, tiny, and the same bytes for the same spec and palette.

import { mix } from './theme.ts';

export interface ArtPalette {
  background: string;
  surface: string;
  primary: string;
  accent: string;
}

type Draw = (ctx: ArtContext) => string;

interface ArtContext {
  w: number;
  h: number;
  random: () => number;
  colors: string[];
  palette: ArtPalette;
}

/** An SVG document for the motif; unknown motifs draw as "blobs". */
export function drawArt(motif: string, seed: number, width: number, height: number, palette: ArtPalette) {
  // A fixed 1200-wide canvas keeps coordinates short whatever size the image is shown at.
  const w = 1200;
  const h = Math.max(100, Math.min(4800, Math.round((1200 * height) / Math.max(1, width))));
  const random = mulberry32(seed >>> 0);
  const { primary, accent, surface, background } = palette;
  const colors = [
    primary,
    accent,
    mix(primary, background, 0.35),
    mix(accent, background, 0.4),
    mix(primary, accent, 0.5),
    mix(primary, '#000000', 0.25),
  ];
  const draw = Object.hasOwn(MOTIFS, motif) ? (MOTIFS[motif] as Draw) : blobs;
  const body = draw({ w, h, random, colors, palette });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}">` +
    `<rect width="${w}" height="${h}" fill="${surface}"/>${body}</svg>`
  );
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const n = (x: number) => String(Math.round(x * 10) / 10);

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A smooth closed path through points (Catmull-Rom turned into cubic Béziers). */
function closedCurve(points: Array<[number, number]>): string {
  const count = points.length;
  const at = (i: number) => points[(i + count) % count] as [number, number];
  let d = `M${n(at(0)[0])} ${n(at(0)[1])}`;
  for (let i = 0; i < count; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0] ?? 0)} ${n(c1[1] ?? 0)} ${n(c2[0] ?? 0)} ${n(c2[1] ?? 0)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return `${d}Z`;
}

function blobs({ w, h, random, colors }: ArtContext): string {
  // Big pale shapes first, smaller saturated ones on top, all opaque: layered paper cut-outs, not mud.
  const layers = [colors[2], colors[3], colors[0], colors[1], colors[4]];
  let out = '';
  layers.forEach((fill, i) => {
    const cx = w * (0.15 + random() * 0.7);
    const cy = h * (0.15 + random() * 0.7);
    const r = Math.min(w, h) * (0.42 - i * 0.055) * (0.85 + random() * 0.3);
    const points: Array<[number, number]> = [];
    for (let k = 0; k < 7; k++) {
      const angle = (k / 7) * Math.PI * 2;
      const radius = r * (0.75 + random() * 0.4);
      points.push([cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius]);
    }
    out += `<path d="${closedCurve(points)}" fill="${fill}"/>`;
  });
  return out;
}

function waves({ w, h, random, colors }: ArtContext): string {
  let out = '';
  const bands = 6;
  for (let i = 0; i < bands; i++) {
    const base = h * (0.15 + (i / bands) * 0.85);
    const amplitude = h * (0.04 + random() * 0.06);
    const phase = random() * Math.PI * 2;
    const length = 0.8 + random() * 1.2;
    let d = `M0 ${n(base)}`;
    for (let x = 0; x <= w; x += 50) {
      d += `L${x} ${n(base + Math.sin((x / w) * Math.PI * 2 * length + phase) * amplitude)}`;
    }
    out += `<path d="${d}L${w} ${h}L0 ${h}Z" fill="${colors[(i + 2) % colors.length]}"/>`;
  }
  return out;
}

function grid({ w, h, random, colors, palette }: ArtContext): string {
  const size = 150;
  let out = '';
  for (let y = 0; y < h; y += size) {
    for (let x = 0; x < w; x += size) {
      const fill = pick(random, colors);
      const shape = Math.floor(random() * 4);
      out += `<rect x="${x}" y="${y}" width="${size}" height="${size}" fill="${fill}"/>`;
      const other = pick(random, [palette.surface, palette.background, ...colors.filter((c) => c !== fill)]);
      if (shape === 0)
        out += `<circle cx="${x + size / 2}" cy="${y + size / 2}" r="${size * 0.32}" fill="${other}"/>`;
      if (shape === 1)
        out += `<path d="M${x} ${y}h${size}a${size} ${size} 0 0 1-${size} ${size}Z" fill="${other}"/>`;
      if (shape === 2) out += `<path d="M${x} ${y + size}L${x + size} ${y}V${y + size}Z" fill="${other}"/>`;
    }
  }
  return out;
}

function rings({ w, h, random, colors }: ArtContext): string {
  let out = '';
  for (let c = 0; c < 3; c++) {
    const cx = w * (0.15 + random() * 0.7);
    const cy = h * (0.15 + random() * 0.7);
    const count = 4 + Math.floor(random() * 4);
    const stroke = colors[c % colors.length];
    for (let i = count; i > 0; i--) {
      out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(i * 42)}" fill="none" stroke="${stroke}" stroke-width="${n(10 + random() * 14)}" stroke-opacity=".9"/>`;
    }
  }
  return out;
}

function stripes({ w, h, random, colors }: ArtContext): string {
  let out = '';
  const span = w + h;
  let x = -h;
  let i = 0;
  while (x < span) {
    const width = 40 + random() * 110;
    out += `<path d="M${n(x)} 0h${n(width)}l${-h} ${h}h${n(-width)}Z" fill="${colors[i % colors.length]}"/>`;
    x += width + 20 + random() * 40;
    i++;
  }
  return out;
}

function dots({ w, h, random, colors }: ArtContext): string {
  const step = 60;
  const fx = w * random();
  const fy = h * random();
  const reach = Math.hypot(w, h);
  const fill = colors[0];
  const second = colors[1];
  let out = '';
  for (let y = step / 2; y < h; y += step) {
    for (let x = step / 2; x < w; x += step) {
      const closeness = 1 - Math.hypot(x - fx, y - fy) / reach;
      const r = Math.max(2, closeness * closeness * step * 0.48);
      out += `<circle cx="${x}" cy="${y}" r="${n(r)}" fill="${random() < 0.12 ? second : fill}"/>`;
    }
  }
  return out;
}

function mesh({ w, h, random, colors }: ArtContext): string {
  const cols = 8;
  const rows = Math.max(2, Math.round((cols * h) / w));
  const cw = w / cols;
  const ch = h / rows;
  const point = (i: number, j: number): [number, number] => {
    const edgeX = i === 0 || i === cols;
    const edgeY = j === 0 || j === rows;
    return [
      i * cw + (edgeX ? 0 : (random() - 0.5) * cw * 0.6),
      j * ch + (edgeY ? 0 : (random() - 0.5) * ch * 0.6),
    ];
  };
  const points: Array<Array<[number, number]>> = [];
  for (let j = 0; j <= rows; j++) {
    const row: Array<[number, number]> = [];
    for (let i = 0; i <= cols; i++) row.push(point(i, j));
    points.push(row);
  }
  const [from = '#000000', to = '#ffffff', light = '#ffffff'] = colors;
  let out = '';
  for (let j = 0; j < rows; j++) {
    for (let i = 0; i < cols; i++) {
      const a = points[j]?.[i] as [number, number];
      const b = points[j]?.[i + 1] as [number, number];
      const c = points[j + 1]?.[i] as [number, number];
      const d = points[j + 1]?.[i + 1] as [number, number];
      const t = (i + j) / (cols + rows);
      const shade = mix(mix(from, to, t), light, random() * 0.45);
      const shade2 = mix(mix(from, to, t), light, random() * 0.45);
      out += `<path d="M${n(a[0])} ${n(a[1])}L${n(b[0])} ${n(b[1])}L${n(c[0])} ${n(c[1])}Z" fill="${shade}" stroke="${shade}"/>`;
      out += `<path d="M${n(b[0])} ${n(b[1])}L${n(d[0])} ${n(d[1])}L${n(c[0])} ${n(c[1])}Z" fill="${shade2}" stroke="${shade2}"/>`;
    }
  }
  return out;
}

function sunburst({ w, h, random, colors, palette }: ArtContext): string {
  const cx = w * (0.3 + random() * 0.4);
  const cy = h * (0.55 + random() * 0.3);
  const rays = 18 + Math.floor(random() * 10);
  const reach = Math.hypot(w, h);
  let out = '';
  for (let i = 0; i < rays; i++) {
    if (i % 2) continue;
    const a1 = (i / rays) * Math.PI * 2;
    const a2 = ((i + 1) / rays) * Math.PI * 2;
    out += `<path d="M${n(cx)} ${n(cy)}L${n(cx + Math.cos(a1) * reach)} ${n(cy + Math.sin(a1) * reach)}L${n(cx + Math.cos(a2) * reach)} ${n(cy + Math.sin(a2) * reach)}Z" fill="${colors[2]}"/>`;
  }
  const r = Math.min(w, h) * 0.22;
  out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 1.35)}" fill="${palette.surface}"/>`;
  out += `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${colors[1]}"/>`;
  out += `<rect y="${n(cy + r * 0.2)}" width="${w}" height="${n(h)}" fill="${colors[0]}"/>`;
  return out;
}

function mosaic({ w, h, random, colors, palette }: ArtContext): string {
  const gap = 12;
  const tiles: string[] = [];
  const split = (x: number, y: number, tw: number, th: number, depth: number) => {
    if (depth > 4 || (depth > 1 && random() < 0.25) || tw < 160 || th < 120) {
      const fill = random() < 0.15 ? palette.background : pick(random, colors);
      tiles.push(
        `<rect x="${n(x + gap / 2)}" y="${n(y + gap / 2)}" width="${n(tw - gap)}" height="${n(th - gap)}" fill="${fill}"/>`,
      );
      return;
    }
    const ratio = 0.3 + random() * 0.4;
    if (tw > th) {
      split(x, y, tw * ratio, th, depth + 1);
      split(x + tw * ratio, y, tw * (1 - ratio), th, depth + 1);
    } else {
      split(x, y, tw, th * ratio, depth + 1);
      split(x, y + th * ratio, tw, th * (1 - ratio), depth + 1);
    }
  };
  split(gap / 2, gap / 2, w - gap, h - gap, 0);
  return tiles.join('');
}

function topography({ w, h, random, colors }: ArtContext): string {
  const cx = w * (0.3 + random() * 0.4);
  const cy = h * (0.3 + random() * 0.4);
  const phases = [random(), random(), random()].map((p) => p * Math.PI * 2);
  let out = '';
  for (let level = 14; level > 0; level--) {
    const points: Array<[number, number]> = [];
    for (let k = 0; k < 24; k++) {
      const angle = (k / 24) * Math.PI * 2;
      const wobble =
        1 +
        0.18 * Math.sin(angle * 2 + (phases[0] ?? 0)) +
        0.1 * Math.sin(angle * 3 + (phases[1] ?? 0) + level * 0.2) +
        0.05 * Math.sin(angle * 5 + (phases[2] ?? 0));
      const r = level * 48 * wobble;
      points.push([cx + Math.cos(angle) * r * 1.3, cy + Math.sin(angle) * r]);
    }
    const fill = level % 4 === 0 ? `fill="${colors[3]}" fill-opacity=".35"` : 'fill="none"';
    out += `<path d="${closedCurve(points)}" ${fill} stroke="${colors[level % 2]}" stroke-width="5"/>`;
  }
  return out;
}

const MOTIFS: Record<string, Draw> = {
  blobs,
  waves,
  grid,
  rings,
  stripes,
  dots,
  mesh,
  sunburst,
  mosaic,
  topography,
};

/** A square icon: the initial on the button colour. `letter` is escaped here, as it comes from the name. */
export function drawFavicon(letter: string, background: string, foreground: string, font: string): string {
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${background}"/>` +
    `<text x="32" y="45" text-anchor="middle" font-family="${escapeXml(font)}" font-size="38" font-weight="700" fill="${foreground}">${escapeXml(letter)}</text>` +
    '</svg>'
  );
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

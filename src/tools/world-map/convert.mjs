// Converts world-atlas's Natural Earth 1:110m countries into src/LinkJ.Partnerships.Web/Resources/world-110m.json:
// one SVG path per ISO 3166-1 alpha-2 code, projected once (Natural Earth I), rounded to a tenth of a unit,
// plus a marker point for each country too small to click at this scale or missing from the 1:110m file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import countries from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const small = require("world-atlas/countries-110m.json");
const medium = require("world-atlas/countries-50m.json");
const output = new URL("../../LinkJ.Partnerships.Web/Resources/world-110m.json", import.meta.url);

const width = 1000;
const antarctica = "010";
// Below this projected area (square units on the 1000-wide map) a shape is hard to hit with a finger: it gets a marker.
const smallArea = 50;

// The Natural Earth I projection (Šavrič et al. 2011), as d3-geo's geoNaturalEarth1Raw.
function naturalEarth(lon, lat) {
  const l = (lon * Math.PI) / 180, p = (lat * Math.PI) / 180;
  const p2 = p * p, p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x, y];
}

// x spans ±0.8707π at the equator; y spans about ±1.42 between the poles, Antarctica left out so the map ends at 60°S.
const scale = width / (2 * 0.8707 * Math.PI);
const top = naturalEarth(0, 84)[1];
const bottom = naturalEarth(0, -60)[1];
const height = Math.round((top - bottom) * scale);
const round = (v) => Math.round(v * 10) / 10;
const project = ([lon, lat]) => {
  const [x, y] = naturalEarth(lon, lat);
  return [round((x * scale) + width / 2), round((top - y) * scale)];
};

function rings(geometry) {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return geometry.coordinates.map(unwrap);
  if (geometry.type === "MultiPolygon") return geometry.coordinates.flat().map(unwrap);
  return [];
}

// A ring that crosses the antimeridian (Chukotka, Fiji) jumps from +180 to -180, which drew a stripe across the whole
// map. Unwrapped onto the side where most of it lies, the part past ±180 falls outside the map, which clips it.
function unwrap(ring) {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return ring;
  const east = ring.filter((p) => p[0] > 0).length >= ring.length / 2;
  return ring.map(([lon, lat]) => [east ? (lon < 0 ? lon + 360 : lon) : (lon > 0 ? lon - 360 : lon), lat]);
}

// "M x y l dx dy dx dy … z": relative steps are about a third shorter than absolute points.
function relativePath(ring) {
  const steps = ring.slice(1).map((p, i) => `${round(p[0] - ring[i][0])} ${round(p[1] - ring[i][1])}`);
  return `M${ring[0][0]} ${ring[0][1]}l${steps.join(" ").replace(/ -/g, "-")}z`;
}

function ringArea(points) {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i], [x2, y2] = points[(i + 1) % points.length];
    area += x1 * y2 - x2 * y1;
  }
  return Math.abs(area / 2);
}

function centre(points) {
  const xs = points.map((p) => p[0]), ys = points.map((p) => p[1]);
  return [round((Math.min(...xs) + Math.max(...xs)) / 2), round((Math.min(...ys) + Math.max(...ys)) / 2)];
}

function alpha2(id) {
  return id === undefined ? undefined : countries.numericToAlpha2(id);
}

const shapes = {};
const markers = {};
for (const f of feature(small, small.objects.countries).features) {
  const code = alpha2(f.id);
  // Kosovo, Northern Cyprus and Somaliland have no ISO numeric code in the file: the registry cannot name them either.
  if (!code || f.id === antarctica) continue;
  const projected = rings(f.geometry)
    .map((ring) => ring.map(project).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]))
    .filter((ring) => ring.length >= 3);
  if (projected.length === 0) continue;
  shapes[code] = projected.map(relativePath).join("");
  const largest = projected.reduce((a, b) => (ringArea(a) >= ringArea(b) ? a : b));
  const area = projected.reduce((sum, ring) => sum + ringArea(ring), 0);
  if (area < smallArea) markers[code] = centre(largest);
}

// Countries missing from 1:110m (Singapore, Bahrain, Malta, ...) are placed from the 1:50m file, as a marker only.
for (const f of feature(medium, medium.objects.countries).features) {
  const code = alpha2(f.id);
  if (!code || shapes[code] || markers[code] || f.id === antarctica) continue;
  const all = rings(f.geometry).map((ring) => ring.map(project));
  if (all.length === 0) continue;
  markers[code] = centre(all.reduce((a, b) => (ringArea(a) >= ringArea(b) ? a : b)));
}

const sorted = (o) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
const result = {
  source: "Natural Earth 1:110m admin-0 countries (public domain) via npm world-atlas 2.0.2; markers for small countries from its 1:50m file",
  projection: "Natural Earth I, 84°N to 60°S, Antarctica omitted",
  width,
  height,
  shapes: sorted(shapes),
  markers: sorted(markers),
};
writeFileSync(output, JSON.stringify(result) + "\n");
console.log(`${Object.keys(shapes).length} shapes, ${Object.keys(markers).length} markers, ${readFileSync(output).length} bytes -> ${output.pathname}`);

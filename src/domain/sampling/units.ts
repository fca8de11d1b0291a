/**
 * Units of measured results and limits: reading them as publishers and labs write them
 * ("mg/100cm²", "ug/kg", "CFU/25g", "/50cm²", "(mg/kg)") and converting between units of one
 * kind where the conversion is a pure change of scale (mg/kg ↔ g/kg ↔ μg/kg, mg/L ↔ g/L ↔ μg/L,
 * mg/dm² ↔ mg/100cm²). A mass fraction is never converted to a concentration (that needs the
 * density) and a count per gram never to a count per millilitre: those say which units differ.
 */
import { toHalfWidth } from './normalise.js';

/** Symbols a unit is built from, by their lower-case spelling → the spelling we show. */
const SYMBOLS: Record<string, string> = {
  g: 'g',
  mg: 'mg',
  μg: 'μg',
  ug: 'μg',
  ng: 'ng',
  kg: 'kg',
  l: 'L',
  ml: 'mL',
  μl: 'μL',
  ul: 'μL',
  cm: 'cm',
  dm: 'dm',
  cfu: 'CFU',
  mpn: 'MPN',
  kj: 'kJ',
  kcal: 'kcal',
  iu: 'IU',
  '%': '%',
  '%vol': '%vol',
  '‰': '‰',
};
/** Only lengths take a power (cm², dm²). */
const LENGTHS = new Set(['cm', 'dm']);
const POWERS: Record<string, string> = { '2': '²', '²': '²', '3': '³', '³': '³' };
/** One side of a unit's slash: an optional amount, a symbol, an optional power: "100cm²", "25g", "mg". */
const PIECE = /^(\d+(?:\.\d+)?)?([a-zμ%‰]+)([23²³])?$/i;

function piece(text: string): string | null {
  const m = PIECE.exec(text);
  if (!m) return null;
  const symbol = SYMBOLS[m[2].toLowerCase()];
  if (!symbol) return null;
  if (m[3] && !LENGTHS.has(symbol)) return null;
  return `${m[1] ?? ''}${symbol}${m[3] ? POWERS[m[3]] : ''}`;
}

/**
 * The unit in the spelling we show ("ug/KG" → "μg/kg", "mg/100cm2" → "mg/100cm²",
 * "(CFU/g)" → "CFU/g"), or null when the text is not a unit we know.
 */
export function canonicalUnit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/µ/g, 'μ')
    .replace(/^[([]([^()[\]]*)[)\]]$/, '$1');
  if (text === '') return null;
  const parts = text.split('/');
  if (parts.length > 2) return null;
  // "/25g", "/50cm²": a count per amount (0/25g, 检出/25g) has nothing before the slash.
  const head = parts[0] === '' && parts.length === 2 ? '' : piece(parts[0]);
  if (head === null) return null;
  if (parts.length === 1) return head;
  const tail = piece(parts[1]);
  return tail === null ? null : `${head}/${tail}`;
}

/** Characters a unit may start with, after a value ("0.12mg/kg", "检出/25g", "0.12(mg/kg)"). */
const UNIT_START = /[A-Za-zμµ%‰/(（[]/;

/**
 * Splits a trailing unit off a value: "0.54mg/100cm²" → ["0.54", "mg/100cm²"],
 * "≤10⁴CFU/g" → ["≤10⁴", "CFU/g"], "检出/25g" → ["检出", "/25g"], "1.2E+03mg/kg" → ["1.2E+03",
 * "mg/kg"]. The unit starts at the first place where what follows is a whole known unit, so the
 * "E" of 1.2E3 and the "×" of 4.3×10⁴ stay with the number. Text without one is returned whole.
 */
export function splitTrailingUnit(text: string): { head: string; unit: string | null } {
  const t = text.trim();
  for (let i = 1; i < t.length; i++) {
    if (!UNIT_START.test(t[i])) continue;
    const head = t.slice(0, i).trim();
    if (head === '' || /[×xX*^+\-=]$/.test(head)) continue;
    const unit = canonicalUnit(t.slice(i));
    if (unit !== null) return { head, unit };
  }
  return { head: t, unit: null };
}

/** Units of one kind with their size in the kind's base unit; only these convert. */
const KINDS: Record<string, number>[] = [
  // Mass fraction, in mg/kg (GB 2762, GB 2763: mg/kg; GB 31650: μg/kg; GB 2760: g/kg).
  { 'g/kg': 1000, 'mg/kg': 1, 'μg/kg': 0.001, 'ng/kg': 0.000001, 'mg/g': 1000, 'μg/g': 1, 'ng/g': 0.001, 'g/100g': 10000, 'mg/100g': 10 },
  // Mass concentration, in mg/L (drinking water, wine, spirits).
  { 'g/L': 1000, 'mg/L': 1, 'μg/L': 0.001, 'ng/L': 0.000001, 'mg/mL': 1000, 'μg/mL': 1, 'ng/mL': 0.001, 'g/100mL': 10000, 'mg/100mL': 10 },
  // Mass per surface, in mg/dm² (GB 14934 tableware residues: 1 dm² = 100 cm²).
  { 'mg/dm²': 1, 'mg/100cm²': 1, 'mg/cm²': 100, 'μg/cm²': 0.1, 'μg/dm²': 0.001 },
];

/**
 * The factor that turns a value in `from` into the same quantity in `to`, or null when the two
 * are not of one kind. Both are canonical units.
 */
export function conversionFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  const kind = KINDS.find((k) => from in k && to in k);
  return kind ? kind[from] / kind[to] : null;
}

/** `value` in `from` expressed in `to`, rounded to 12 significant digits (20 μg/kg is 0.02 mg/kg, exactly). */
export function convertValue(value: number, from: string, to: string): number | null {
  const factor = conversionFactor(from, to);
  return factor === null ? null : Number((value * factor).toPrecision(12));
}

/**
 * The Sichuan maps of the province view, extracted into the repository by
 * scripts/extract-sichuan-maps.mjs (sources and the old-code mapping there). Each city's county
 * map is its own chunk, loaded when the user drills into that city. The maps stay inside the
 * signed-in app (a map published in China needs a review number, 审图号).
 */
export const SICHUAN = 'sichuan';

export async function loadCityMap(): Promise<object> {
  return (await import('./sichuan-cities.json')).default;
}

/** The counties of a city (6-digit city code), or null when no map exists for it. */
export async function loadCountyMap(cityCode: string): Promise<object | null> {
  if (!/^51\d{2}00$/.test(cityCode)) return null;
  // A dynamic import with a variable: Vite makes one chunk per file of the folder.
  return ((await import(`./counties/${cityCode}.json`)) as { default: object }).default;
}

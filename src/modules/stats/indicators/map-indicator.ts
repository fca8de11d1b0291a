import type { Executor } from '../../../db/client.js';
import type { SessionUser } from '../../access/actor.js';
import type { Area } from '../areas.js';

/** What a map indicator is computed for: the areas on the map, the year, the time of the request. */
export interface IndicatorContext {
  db: Executor;
  user: SessionUser;
  /** 510000 (the map of cities) or a city code (the map of its counties). */
  regionCode: string;
  year: number;
  areas: Area[];
  now: Date;
  /** The figures the dashboard already computed per area (samples, unqualified …), for indicators derived from them. */
  figures: Map<string, { samples: number; unqualified: number; unqualifiedRate: number; overdueDisposals: number }>;
}

/**
 * One way of colouring the province map (按指标着色). Each indicator is a file in this folder,
 * listed in `mapIndicators` (index.ts): the web's selector offers whatever the reply lists, so a
 * new indicator (321 completeness, unanswered notices …) is one provider file and one line there,
 * nothing in the web.
 */
export interface MapIndicator {
  key: string;
  /** The selector's Chinese label. */
  label: string;
  /** How the web prints a value: a percentage or a count. */
  format: 'percent' | 'count';
  /** Whether a higher value is worse (the map goes red) or better (the map goes green). */
  higherIsWorse: boolean;
  /** The value of each area (by region code); an area left out has no value (grey). */
  values(context: IndicatorContext): Promise<Map<string, number>>;
  /** The list behind an area's value (a web path with its filters), or null. */
  href(area: Area, context: Pick<IndicatorContext, 'year' | 'regionCode'>): string | null;
  /** A line under the legend saying what the values are of (e.g. which period), or none. */
  note?(context: IndicatorContext): Promise<string | null>;
}

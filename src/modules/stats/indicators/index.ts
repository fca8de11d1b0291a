import { assessmentScoreIndicator } from './assessment-score.js';
import type { MapIndicator } from './map-indicator.js';
import { meetingCompletenessIndicator } from './meeting-completeness.js';
import { overdueDisposalsIndicator } from './overdue-disposals.js';
import { unansweredNoticesIndicator } from './unanswered-notices.js';
import { unqualifiedRateIndicator } from './unqualified-rate.js';

/**
 * The indicators the province map can be coloured by, in the selector's order. To add one (e.g.
 * 321 completeness from the risk-meetings module, unanswered notices from the notices module):
 * a provider file here implementing MapIndicator, calling that module's own functions, and one
 * line below. The web needs no change.
 */
export const mapIndicators: readonly MapIndicator[] = [unqualifiedRateIndicator, overdueDisposalsIndicator, meetingCompletenessIndicator, unansweredNoticesIndicator, assessmentScoreIndicator];

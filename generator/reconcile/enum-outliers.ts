import type { Diagnostic, EnumType } from '../model/index.js';
import { diagnostic } from '../model/index.js';

/** How many times the 90th-percentile member count an enum must exceed to be reported. */
const FACTOR = 10;

/**
 * Reports enums whose member list is out of all proportion to the rest of the docs
 * (v1.0's printerstatus.md lists ~800 IPP printer states for an enum of 35). The docs may be
 * right, so the members are kept; the page is pointed at. The yardstick is the docs' own
 * enums, not a fixed number: ten times the count 90% of them stay within.
 */
export function reportEnumOutliers(enums: readonly EnumType[]): Diagnostic[] {
  if (enums.length < 10) return [];
  const counts = enums.map((e) => e.members.length).sort((a, b) => a - b);
  const typical = counts[Math.floor(counts.length * 0.9)] ?? 0;
  return enums.flatMap((e) => {
    const place = e.meta.sources[0];
    if (!place || e.members.length <= typical * FACTOR) return [];
    return [diagnostic('enum-size-outlier', place, { name: e.name, count: String(e.members.length), typical: String(typical) })];
  });
}

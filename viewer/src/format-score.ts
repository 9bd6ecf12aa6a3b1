/**
 * A score as the viewer shows it (pure): cut, not rounded, to `digits` decimals, so a score under a threshold the
 * interface names never reads as the threshold itself: 0.2996 is '0.29' beside 未比较（相似度低于 0.30）, not '0.30'.
 * Example: formatScore(0.2996) → '0.29'; formatScore(0.29) → '0.29'; formatScore(0.91234, 3) → '0.912'.
 */
export function formatScore(score: number, digits = 2): string {
  const scale = 10 ** digits;
  // The small nudge keeps a score stored as 0.29 (0.28999… in binary) at '0.29'.
  return (Math.floor(score * scale + 1e-9) / scale).toFixed(digits);
}

/**
 * Slack added to every upper bound of a pair score before comparing it with an exact score: scorePair rounds to 4
 * decimals (up to +0.00005) and sums the same weights in another order than the bounds do.
 * Example: a bound of 0.41 is compared as 0.4101.
 */
export const BOUND_MARGIN = 1e-4;

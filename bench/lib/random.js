/**
 * Seeded generators, so every run of a bench generates the same data. Each returns a function
 * that yields the next number in [0, 1).
 */

/** A linear congruential generator (the supervision benches' tasks). */
const lcg = (seed) => {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
};

/** mulberry32 (the matching data). */
const mulberry32 = (seed) => {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

module.exports = { lcg, mulberry32 };

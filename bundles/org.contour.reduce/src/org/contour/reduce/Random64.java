package org.contour.reduce;

/**
 * A small, fast random stream (SplitMix64) that can be started from any combination of seed,
 * pass and row. Each row of a parallel pass draws from its own stream, so the numbers a row
 * gets do not depend on which thread ran it or on what other rows drew before.
 */
final class Random64 {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Random64(long seed) {
        this.state = seed;
    }

    /** A stream for one row in one pass, independent of all other (pass, row) pairs. */
    static Random64 forRow(long seed, int pass, int row) {
        return new Random64(mix(mix(seed + GOLDEN * (pass + 1L)) + GOLDEN * (row + 1L)));
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in {@code [0, bound)}; {@code bound > 0}. */
    int nextInt(int bound) {
        // multiply-shift keeps the bias below 2^-32, negligible for sampling neighbours
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in {@code [0, 1)}. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Standard normal, by the Box-Muller transform. */
    double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

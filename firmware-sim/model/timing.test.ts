/** The timing model: guard band and the shmoo boundary. */
import { describe, expect, it } from 'vitest';
import { NOMINAL_OPERATING_POINT } from './params.js';
import { gaussianHead, loaded, requestFor, selection } from './testing.js';
import { DEFAULT_TIMING, failClockKhz, maxClockKhz } from './timing.js';

describe('timing guard band (t11)', () => {
  it('the reset operating point and a slightly warmer die meet timing; fmax stays the 1.1 GHz spec point', () => {
    const h = gaussianHead(64, 1, 5);
    const chip = loaded(h, { dieSeed: 3 });
    expect(chip.maxClockKhz(1000)).toBe(1_100_000);
    for (const temperatureMilliC of [27000, 27001, 30000, 60000]) {
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, temperatureMilliC });
      expect(NOMINAL_OPERATING_POINT.clockKhz).toBe(1_100_000);
      expect(chip.runQuery(requestFor(h, 0, selection('topk', { topK: 8 }))).timingViolation, `${temperatureMilliC} mC`).toBe(false);
    }
  });

  it('the shmoo boundary is fmax * (1 + 5 %): at it timing holds, one kHz above it fails', () => {
    expect(DEFAULT_TIMING.guardBand).toBe(0.05);
    const h = gaussianHead(64, 1, 5);
    const chip = loaded(h, { dieSeed: 3 });
    for (const [mv, mc] of [[1000, 27000], [900, 27000], [1000, 85000], [1200, 0]] as const) {
      const edge = failClockKhz(mv, mc);
      expect(edge).toBe(Math.floor(maxClockKhz(mv, mc) * 1.05));
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: mv, temperatureMilliC: mc, clockKhz: edge });
      expect(chip.runQuery(requestFor(h, 0, selection('topk', { topK: 8 }))).timingViolation).toBe(false);
      chip.setOperatingPoint({ ...NOMINAL_OPERATING_POINT, coreSupplyMv: mv, temperatureMilliC: mc, clockKhz: edge + 1 });
      expect(chip.runQuery(requestFor(h, 0, selection('topk', { topK: 8 }))).timingViolation).toBe(true);
    }
    // 1.1 GHz at 1.0 V holds up to about 74.6 C
    expect(failClockKhz(1000, 74_000)).toBeGreaterThanOrEqual(1_100_000);
    expect(failClockKhz(1000, 75_000)).toBeLessThan(1_100_000);
  });
});

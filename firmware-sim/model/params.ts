/**
 * Geometry, analog parameters, presets, operating point, selection and fault descriptions.
 * Every [A] number of chip-brief.md section 2 is a parameter here with the brief's value as default.
 */

export interface Geometry {
  /** head dimension = CIM rows */
  d: number;
  /** K/V SRAM capacity in tokens (512 on the reference chip; larger for long-context studies) */
  maxTokens: number;
  /** token columns in the CIM cache (one tile) */
  tileTokens: number;
  /** key MSBs stored in the CIM cache (bit planes per column) */
  keyBits: number;
  /** query MSBs applied bit-serially */
  queryBits: number;
  /** ADC resolution; analog codes are adcBits wide */
  adcBits: number;
  /** signed width of each per-column offset-trim register */
  trimBits: number;
}

export const DEFAULT_GEOMETRY: Readonly<Geometry> = Object.freeze({
  d: 64,
  maxTokens: 512,
  tileTokens: 64,
  keyBits: 4,
  queryBits: 4,
  adcBits: 5,
  trimBits: 6,
});

export type NoisePreset = 'ideal' | 'typical' | 'conservative';

/** The non-ideality part of the analog parameters: what a preset sets. */
export interface NonIdealities {
  /** relative sigma of each cell capacitor (static) */
  cellMismatchSigma: number;
  /** relative sigma of each column line's parasitic capacitance (static) */
  parasiticSigma: number;
  /** relative sigma of each column's gain (static) */
  columnGainSigma: number;
  /** comparator offset sigma, volts (static, trimmable) */
  comparatorOffsetSigmaV: number;
  /** comparator / ADC input-referred noise sigma at 300 K, volts (fresh per conversion) */
  comparatorNoiseSigmaV: number;
  /** thermal kT/C noise on the column lines (fresh per conversion) */
  ktcNoise: boolean;
}

export interface AnalogParams extends NonIdealities {
  /** unit cell capacitor, farads */
  unitCapF: number;
  /** column parasitic = parasiticPerCell * N * C + parasiticFixedF (N = cells on the line = d) */
  parasiticPerCell: number;
  parasiticFixedF: number;
  /**
   * Charge-domain bit-weight recombination: the comparator input is
   * sum_{b,p} w_b w_p V_bp / recombinationDivider (w = signed binary weights).
   * Chosen so one unit of the 4-bit dot product is about 0.49 mV at 1.0 V.
   */
  recombinationDivider: number;
  /** 'adc': adcBits-bit codes; 'comparator': one decision per column against the threshold */
  converter: 'adc' | 'comparator';
  /** ADC LSB, volts (bandgap-referenced: fixed when the supply moves) */
  adcLsbV: number;
  /** code of an analog input of 0 V (the ADC range is [-zeroCode, 2^adcBits - zeroCode) LSB) */
  adcZeroCode: number;
  /** offset-trim LSB, volts */
  trimLsbV: number;
  /** how the refill path / query driver take the 4-bit MSBs from INT8: see DIGITAL.md */
  msbMode: 'round' | 'truncate';
}

export const PRESETS: Readonly<Record<NoisePreset, Readonly<NonIdealities>>> = Object.freeze({
  ideal: Object.freeze({
    cellMismatchSigma: 0,
    parasiticSigma: 0,
    columnGainSigma: 0,
    comparatorOffsetSigmaV: 0,
    comparatorNoiseSigmaV: 0,
    ktcNoise: false,
  }),
  typical: Object.freeze({
    cellMismatchSigma: 0.0066,
    parasiticSigma: 0.02,
    columnGainSigma: 0.005,
    comparatorOffsetSigmaV: 3e-3,
    comparatorNoiseSigmaV: 0.75e-3,
    ktcNoise: true,
  }),
  conservative: Object.freeze({
    cellMismatchSigma: 0.015,
    parasiticSigma: 0.05,
    columnGainSigma: 0.01,
    comparatorOffsetSigmaV: 5e-3,
    comparatorNoiseSigmaV: 1e-3,
    ktcNoise: true,
  }),
});

export const DEFAULT_DESIGN = Object.freeze({
  unitCapF: 1e-15,
  parasiticPerCell: 0.3,
  parasiticFixedF: 2e-15,
  recombinationDivider: 24,
  converter: 'adc' as const,
  adcLsbV: 4e-3,
  adcZeroCode: 8,
  trimLsbV: 1e-3,
  msbMode: 'round' as const,
});

export function analogParamsFor(preset: NoisePreset, overrides: Partial<AnalogParams> = {}): AnalogParams {
  return { ...DEFAULT_DESIGN, ...PRESETS[preset], ...overrides };
}

/** Board-register view of the operating point: integers. */
export interface OperatingPoint {
  coreSupplyMv: number;
  analogSupplyMv: number;
  temperatureMilliC: number;
  clockKhz: number;
}

export const NOMINAL_OPERATING_POINT: Readonly<OperatingPoint> = Object.freeze({
  coreSupplyMv: 1000,
  analogSupplyMv: 1000,
  temperatureMilliC: 27000,
  clockKhz: 1_100_000,
});

/** Register encoding of the selection mode, in this order: threshold 0, relative 1, topk 2, dense 3. */
export type SelectionMode = 'threshold' | 'relative' | 'topk' | 'dense';
export const SELECTION_MODES: readonly SelectionMode[] = Object.freeze(['threshold', 'relative', 'topk', 'dense'] as const);

export interface SelectionConfig {
  mode: SelectionMode;
  /** analog code units: keep if code >= threshold */
  threshold: number;
  /** analog code units: keep if code >= bestCode - margin */
  margin: number;
  topK: number;
  minKeep: number;
}

export interface ChipFaults {
  /** CIM column (0..tileTokens-1) whose converter output is stuck at `code` */
  stuckColumns: Array<{ column: number; code: number }>;
  /** CIM columns whose comparator never fires (code 0) */
  deadComparators: number[];
  /** permanent bit flips in the K or V SRAM, seen by every read */
  sramBitFlips: Array<{ memory: 'k' | 'v'; token: number; dim: number; bit: number }>;
}

export const NO_FAULTS: Readonly<ChipFaults> = Object.freeze({ stuckColumns: [], deadComparators: [], sramBitFlips: [] });

export const BOLTZMANN = 1.380649e-23;

/**
 * Bring-up procedures: typed functions over the public host API (they run the same on a board as
 * on the virtual chip). The `hac` CLI and the scripts in scripts/bringup call these.
 * Import as `hac/procedures` (package "exports").
 */
export { selftest, runKnownAnswer, knownAnswerWorkload } from './selftest.js';
export type { CheckResult, SelftestReport } from './selftest.js';
export { pingRoundTrips, quantile } from './ping.js';
export type { PingReport } from './ping.js';
export { registerDiff } from './registers.js';
export type { RegisterDifference } from './registers.js';
export { listPorts } from './ports.js';
export type { PortReport } from './ports.js';
export { calibrate, applyTrimTable, loadTrimTable, saveTrimTable, readTrims, measureRecall, defaultRecallWorkload, TRIM_MIN, TRIM_MAX } from './calibrate.js';
export type { CalibrateOptions, CalibrationReport, RecallFigures, TrimTable } from './calibrate.js';
export { sweep, defaultSweepValues, defaultSweepWorkload, SWEEP_PARAMS, SWEEP_UNITS } from './sweep.js';
export type { SweepOptions, SweepParam, SweepPoint, SweepReport } from './sweep.js';
export { shmoo, shmooText } from './shmoo.js';
export type { ShmooOptions, ShmooPoint, ShmooReport } from './shmoo.js';
export { paperCheck, peakRun, PAPER_FIGURES, DIE_AREA_MM2, OP_CONVENTION, DEFAULT_DATA_DIR } from './paper-check.js';
export type { Efficiency, HeadFigures, PaperCheckOptions, PaperCheckReport } from './paper-check.js';
export { monitor, describeEvent } from './monitor.js';
export type { MonitorLine, MonitorOptions } from './monitor.js';
export { transferCurve } from './transfer-curve.js';
export type { TransferCurve } from './transfer-curve.js';
export { findMarginForKeep } from './keep.js';
export type { MarginChoice } from './keep.js';
export { telemetry, meanTelemetry, exactScores, topIndices, softmax, cosine, attend } from './metrics.js';
export type { QueryTelemetry } from './metrics.js';
export { syntheticWorkload, workloadFromFloat, quantise, seededRandom, configure, loadWorkload, runBatch, queryRow, realOutput, D as HEAD_DIM } from './workload.js';
export type { AttentionSettings, AttentionWorkload, Quantised, SelectMode } from './workload.js';
export { readArrayFile, parseNpy, encodeNpy, parseJsonArray, toInt8Rows } from './arrays.js';
export type { ArrayData, Int8Rows } from './arrays.js';

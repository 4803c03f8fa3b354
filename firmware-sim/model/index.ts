/** Public facade of the chip model (pure computation; the firmware wraps it). */
export * from './params.js';
export * from './rng.js';
export * from './digital.js';
export * from './selection.js';
export * from './analog.js';
export * from './energy.js';
export * from './timing.js';
export * from './reference.js';
export * from './chip.js';

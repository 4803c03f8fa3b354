/**
 * Bit positions, mode names and reset domains the firmware uses, all taken from the register map
 * (protocol/registers/map.ts), so the host and the virtual chip cannot disagree while the map
 * hash matches. A map that lacks one of them is a build error here, not a silent 0.
 */
import { BLOCKS, fieldMask, fieldOf, registerByName, type FieldDef, type RegisterInfo } from '../../protocol/index.js';

export function reg(name: string): RegisterInfo {
  const r = registerByName(name);
  if (!r) throw new Error(`register map has no ${name}`);
  return r;
}

export function field(regName: string, fieldName: string): FieldDef {
  const f = fieldOf(reg(regName), fieldName);
  if (!f) throw new Error(`register ${regName} has no field ${fieldName}`);
  return f;
}

export function bit(regName: string, fieldName: string): number {
  return fieldMask(field(regName, fieldName));
}

/** The values a field's names stand for, e.g. MODE.SELECT -> { THRESHOLD: 0, ... }. */
export function fieldValues(regName: string, fieldName: string): Readonly<Record<string, number>> {
  const v = field(regName, fieldName).values;
  if (!v) throw new Error(`field ${regName}.${fieldName} has no named values`);
  return v;
}

export const CONTROL_START = bit('CONTROL', 'START');
export const CONTROL_SOFT_RESET = bit('CONTROL', 'SOFT_RESET');
export const CONTROL_CLEAR_COUNTERS = bit('CONTROL', 'CLEAR_COUNTERS');
export const STATUS_BUSY = bit('STATUS', 'BUSY');
export const STATUS_DONE = bit('STATUS', 'DONE');
export const STATUS_ERROR = bit('STATUS', 'ERROR');
export const STATUS_CONTEXT_FULL = bit('STATUS', 'CONTEXT_FULL');
export const IRQ_DONE = bit('IRQ_STATUS', 'DONE');
export const IRQ_ERROR = bit('IRQ_STATUS', 'ERROR');
export const IRQ_FAULT = bit('IRQ_STATUS', 'FAULT');
export const MODE_SELECT = field('MODE', 'SELECT');
export const MODE_OUTPUT_INT16 = bit('MODE', 'OUTPUT_INT16');

/**
 * Blocks a soft reset restores: every block but the board's own (BOARD, and the SIM knobs that
 * stand for the physical die) and the read-only constants (SPEC section 5).
 */
export const SOFT_RESET_BLOCKS: ReadonlySet<string> = new Set(BLOCKS.map((b) => b.name).filter((n) => n !== 'BOARD' && n !== 'SIM'));

/** The SIM fault registers' fields. */
export const FAULT_STUCK = { column: field('FAULT_STUCK_COLUMN', 'COLUMN'), enable: field('FAULT_STUCK_COLUMN', 'ENABLE'), code: field('FAULT_STUCK_COLUMN', 'CODE') };
export const FAULT_DEAD = { column: field('FAULT_DEAD_COMPARATOR', 'COLUMN'), enable: field('FAULT_DEAD_COMPARATOR', 'ENABLE') };
export const FAULT_FLIP = {
  token: field('FAULT_SRAM_FLIP', 'TOKEN'),
  dim: field('FAULT_SRAM_FLIP', 'DIM'),
  bit: field('FAULT_SRAM_FLIP', 'BIT'),
  memory: field('FAULT_SRAM_FLIP', 'MEMORY'),
  enable: field('FAULT_SRAM_FLIP', 'ENABLE'),
};
/** FAULT_SRAM_FLIP.MEMORY's value for the V SRAM. */
export const FAULT_FLIP_V = FAULT_FLIP.memory.values!.V;

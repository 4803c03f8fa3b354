/**
 * What the board firmware does when registers are read or written: strobes, derived read-outs,
 * the trim table, the operating point, the die and the fault knobs. Bit positions come from the
 * register map (fields.ts); this file only attaches behaviour by name.
 */
import { Cap, HEAD_DIM, MAX_TOKENS, Status, TILE_TOKENS, getField, registerByName } from '../../protocol/index.js';
import type { ChipFaults } from '../model/index.js';
import type { ChipModel, NoisePreset, OperatingPoint } from '../model/index.js';
import type { EventSource } from './events.js';
import { CONTROL_CLEAR_COUNTERS, CONTROL_SOFT_RESET, CONTROL_START, MODE_OUTPUT_INT16, STATUS_CONTEXT_FULL, STATUS_DONE, STATUS_ERROR, FAULT_DEAD, FAULT_FLIP, FAULT_FLIP_V, FAULT_STUCK } from './fields.js';
import type { QueryEngine } from './query-engine.js';
import type { RegisterFile } from './registers.js';

export const PRESET_NAMES: readonly NoisePreset[] = ['ideal', 'typical', 'conservative'];

export interface BehaviourDeps {
  registers: RegisterFile;
  model: ChipModel;
  engine: QueryEngine;
  events: EventSource;
  capabilities: number;
  /** CONTROL.SOFT_RESET and the reset request. */
  softReset: (cause: string) => void;
  /** The chip's reset pin (BOARD.CHIP_RESET). */
  chipReset: () => void;
}

const STUCK = FAULT_STUCK;
const DEAD = FAULT_DEAD;
const FLIP = FAULT_FLIP;
const FLIP_V = FAULT_FLIP_V;

/** Board-side state the behaviour keeps: the die seed waiting to be applied and fault sets. */
export class RegisterBehaviour {
  /** A DIE_SEED write waiting to redraw the die (once, before the next query or at the request's end). */
  private pendingDieSeed: number | null = null;
  controlFaults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };
  appliedFaults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };

  constructor(private readonly d: BehaviourDeps) {
    this.attach();
    this.applyOperatingPoint();
  }

  private has(cap: number): boolean {
    return (this.d.capabilities & cap) !== 0;
  }

  private attach(): void {
    const { registers: regs, engine, events } = this.d;
    regs.hook('CONTROL', {
      // SPEC section 5: a SOFT_RESET strobe must be the last write of its request.
      endsRequest: (_r, v) => (v & CONTROL_SOFT_RESET) !== 0,
      write: (_r, v) => {
        if (v & CONTROL_SOFT_RESET) this.d.softReset('CONTROL.SOFT_RESET');
        if (v & CONTROL_CLEAR_COUNTERS) engine.clearCounters();
        if (v & CONTROL_START) engine.strobeStart();
      },
    });
    regs.hook('STATUS', {
      read: () => (engine.done ? STATUS_DONE : 0) | (engine.failed ? STATUS_ERROR : 0) | (regs.getInternal('CONTEXT_LEN') >= MAX_TOKENS ? STATUS_CONTEXT_FULL : 0),
    });
    regs.hook('ERROR_CODE', { read: () => engine.errorCode });
    regs.hook('QUERY_COUNT', { read: () => engine.queryCount });
    regs.hook('MODE', {
      check: (_r, v) => (v & MODE_OUTPUT_INT16 && !this.has(Cap.INT16_OUTPUT) ? { status: Status.STATUS_UNSUPPORTED, detail: 'OUTPUT_INT16 not supported' } : null),
    });
    const t = engine.totals;
    regs.hook('CYCLES_LO', { read: () => t.cycles % 2 ** 32 });
    regs.hook('CYCLES_HI', { read: () => Math.floor(t.cycles / 2 ** 32) % 2 ** 32 });
    regs.hook('QUERIES', { read: () => t.queries });
    regs.hook('TOKENS_KEPT', { read: () => t.kept % 2 ** 32 });
    regs.hook('TOKENS_PRUNED', { read: () => t.pruned % 2 ** 32 });
    regs.hook('TILE_REFILLS', { read: () => t.tileRefills });
    regs.hook('CONVERSIONS', { read: () => t.conversions % 2 ** 32 });
    regs.hook('ENERGY_NJ', { read: () => Math.floor(t.energyPj / 1000) % 2 ** 32 });

    // The analog constants the host's keep policy needs (v2), from the model at the operating point.
    const analog = () => this.d.model.analogConstants(this.operatingPoint());
    regs.hook('ADC_BITS', { read: () => analog().adcBits });
    regs.hook('ZERO_CODE', { read: () => analog().zeroCode });
    regs.hook('INPUT_BITS', { read: () => analog().inputBits });
    regs.hook('DOT_PER_CODE', { read: () => Math.min(0xffffffff, Math.round(analog().dotPerCode * 65536)) });

    // TRIM registers and the TRIM region are one storage: the model's trim table, one signed
    // trimBits-wide code per column (the register shows it two's complement in [trimBits-1:0]).
    const trim = this.d.model.trim;
    const bits = this.d.model.geometry.trimBits;
    for (let c = 0; c < trim.length; c++) {
      regs.hook(`TRIM_${c}`, {
        read: () => trim[c] & ((1 << bits) - 1),
        write: (_r, v) => {
          trim[c] = (v << (32 - bits)) >> (32 - bits);
        },
        reset: () => {
          trim[c] = 0;
        },
      });
    }

    // BOARD and SIM drive the model's operating point, die and faults.
    // 0 (which the model cannot run at) is below the map's `min` and refused by the register file.
    for (const name of ['CLOCK_KHZ', 'CORE_SUPPLY_MV', 'ANALOG_SUPPLY_MV', 'TEMPERATURE_SET_MC']) regs.hook(name, { write: () => this.applyOperatingPoint() });
    // The chip's reset line: asserting it resets the chip as its reset pin would (not the board
    // firmware: no new boot epoch, the session stays); while it is held, queries answer NOT_READY.
    regs.hook('CHIP_RESET', {
      write: (_r, v, old) => {
        if (v === 1 && old === 0) {
          this.d.chipReset();
          events.later('chipReset', () => events.log(1, 'chip reset line asserted (BOARD.CHIP_RESET = 1): chip registers, results and engine state reset'));
        }
      },
    });
    regs.hook('TEMPERATURE_MC', {
      read: () => (this.has(Cap.VIRTUAL_CHIP) ? regs.getInternal('TEMPERATURE_SET_MC') : registerByName('TEMPERATURE_MC')!.reset),
    });
    // Redrawing the die costs milliseconds: a request writing DIE_SEED many times redraws it once
    // per query that follows and at the request's end (SPEC section 4's 250 ms bound).
    regs.hook('DIE_SEED', {
      write: (_r, v) => {
        this.pendingDieSeed = v >>> 0;
        if (!events.inRequest) this.flushDieSeed();
      },
    });
    regs.hook('NOISE_PRESET', { write: (_r, v) => this.d.model.setPreset(PRESET_NAMES[v & 3] ?? 'typical') });
    for (const name of ['FAULT_STUCK_COLUMN', 'FAULT_DEAD_COMPARATOR', 'FAULT_SRAM_FLIP']) regs.hook(name, { write: () => this.applyFaults() });
  }

  flushDieSeed(): void {
    if (this.pendingDieSeed === null) return;
    const seed = this.pendingDieSeed;
    this.pendingDieSeed = null;
    if (seed !== this.d.model.dieSeed) this.d.model.setDieSeed(seed);
  }

  applyOperatingPoint(): void {
    this.d.model.setOperatingPoint(this.operatingPoint());
  }

  /** The operating point the BOARD/SIM registers describe. */
  operatingPoint(): OperatingPoint {
    const r = this.d.registers;
    return {
      clockKhz: r.getInternal('CLOCK_KHZ') || 1,
      coreSupplyMv: r.getInternal('CORE_SUPPLY_MV') || 1,
      analogSupplyMv: r.getInternal('ANALOG_SUPPLY_MV') || 1,
      temperatureMilliC: this.has(Cap.VIRTUAL_CHIP) ? r.getInternal('TEMPERATURE_SET_MC') : registerByName('TEMPERATURE_SET_MC')!.reset,
    };
  }

  /** Chip faults from the SIM fault registers plus those set through the control API. */
  applyFaults(): void {
    const r = this.d.registers;
    const c = this.controlFaults;
    const f: ChipFaults = { stuckColumns: [...c.stuckColumns], deadComparators: [...c.deadComparators], sramBitFlips: [...c.sramBitFlips] };
    const stuck = r.getInternal('FAULT_STUCK_COLUMN');
    if (getField(stuck, STUCK.enable)) f.stuckColumns.push({ column: getField(stuck, STUCK.column), code: getField(stuck, STUCK.code) });
    const dead = r.getInternal('FAULT_DEAD_COMPARATOR');
    if (getField(dead, DEAD.enable)) f.deadComparators.push(getField(dead, DEAD.column));
    const flip = r.getInternal('FAULT_SRAM_FLIP');
    if (getField(flip, FLIP.enable)) {
      f.sramBitFlips.push({ token: getField(flip, FLIP.token), dim: getField(flip, FLIP.dim), bit: getField(flip, FLIP.bit), memory: getField(flip, FLIP.memory) === FLIP_V ? 'v' : 'k' });
    }
    // A flip outside the SRAM (TOKEN is 10 bits wide, the SRAM holds 512 tokens) has no cell to act on.
    f.sramBitFlips = f.sramBitFlips.filter((s) => s.token >= 0 && s.token < MAX_TOKENS && s.dim >= 0 && s.dim < HEAD_DIM && s.bit >= 0 && s.bit < 8);
    f.stuckColumns = f.stuckColumns.filter((s) => s.column >= 0 && s.column < TILE_TOKENS);
    f.deadComparators = f.deadComparators.filter((col) => col >= 0 && col < TILE_TOKENS);
    this.d.model.setFaults(f);
    this.appliedFaults = f;
  }
}

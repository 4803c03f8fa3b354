/**
 * The register map as data: the ONE definition of the chip's (and board's) registers.
 * The host's typed register layer, the simulator's register file, protocol/REGISTERS.md and the
 * C header protocol/generated/hac_regs.h all come from this file (`npm run gen`).
 *
 * Registers are 32 bits wide at byte addresses (4-aligned). Access:
 *   ro  read-only (writes -> STATUS_ACCESS_DENIED)
 *   rw  read/write
 *   wo  write-only, reads -> STATUS_ACCESS_DENIED (command strobes; self-clearing)
 *   w1c write-one-to-clear (interrupt status)
 * `volatile`: the device may change the value on its own; a host cache must never cache it.
 * `simOnly`: exists only on the virtual chip; an FPGA board answers STATUS_BAD_ADDRESS.
 */

export type Access = 'ro' | 'rw' | 'wo' | 'w1c';

export interface FieldDef {
  readonly name: string;
  readonly lsb: number;
  readonly width: number;
  readonly description: string;
  readonly values?: Readonly<Record<string, number>>;
}

export interface RegisterDef {
  readonly name: string;
  readonly offset: number;
  readonly access: Access;
  readonly reset: number;
  readonly volatile: boolean;
  readonly description: string;
  readonly fields?: readonly FieldDef[];
  /** Largest value accepted on write (validated by the device: STATUS_INVALID_CONFIG above it). */
  readonly max?: number;
  /** Smallest value accepted on write (STATUS_INVALID_CONFIG below it). */
  readonly min?: number;
}

export interface BlockDef {
  readonly name: string;
  readonly base: number;
  readonly description: string;
  readonly simOnly?: boolean;
  /** Capability (protocol Cap name) a device must advertise for this block to exist; a host refuses its registers before any I/O when it is missing. */
  readonly capability?: 'VIRTUAL_CHIP' | 'BOARD_CONTROL' | 'OFFSET_TRIM';
  readonly registers: readonly RegisterDef[];
}

const HEADS = 16;
const COLUMNS = 64;

function reg(
  name: string,
  offset: number,
  access: Access,
  description: string,
  opts: { reset?: number; volatile?: boolean; fields?: FieldDef[]; max?: number; min?: number } = {},
): RegisterDef {
  return {
    name,
    offset,
    access,
    reset: opts.reset ?? 0,
    volatile: opts.volatile ?? false,
    description,
    ...(opts.fields ? { fields: opts.fields } : {}),
    ...(opts.max !== undefined ? { max: opts.max } : {}),
    ...(opts.min !== undefined ? { min: opts.min } : {}),
  };
}

function field(name: string, lsb: number, width: number, description: string, values?: Record<string, number>): FieldDef {
  return { name, lsb, width, description, ...(values ? { values } : {}) };
}

export const BLOCKS = [
  {
    name: 'CHIP',
    base: 0x0000,
    description: 'Identity, control and status of the attention chip.',
    registers: [
      reg('CHIP_ID', 0x00, 'ro', 'Chip identifier: ASCII "HAC" and a part number.', { reset: 0x48414301 }),
      reg('REVISION', 0x04, 'ro', 'Silicon revision: major in [15:8], minor in [7:0].', { reset: 0x0100 }),
      reg('CONTROL', 0x08, 'wo', 'Command strobes (self-clearing).', {
        fields: [
          field('START', 0, 1, 'Run one query with the Q buffer against the loaded context.'),
          field('SOFT_RESET', 1, 1, 'Reset registers and engines; memories keep their contents; boot epoch increments.'),
          field('CLEAR_COUNTERS', 2, 1, 'Zero the COUNTERS block.'),
        ],
      }),
      reg('STATUS', 0x0c, 'ro', 'Engine status.', {
        volatile: true,
        fields: [
          field('BUSY', 0, 1, 'A query is running.'),
          field('DONE', 1, 1, 'The last query finished; its result can be read.'),
          field('ERROR', 2, 1, 'The last START, run_query or append_token failed; see ERROR_CODE. Refused register and memory requests do not set it.'),
          field('CONTEXT_FULL', 3, 1, 'CONTEXT_LEN equals the maximum token count.'),
        ],
      }),
      reg('ERROR_CODE', 0x10, 'ro', 'Status code (protocol Status enum) of the last failed START, run_query or append_token; 0 if none.', { volatile: true }),
      reg('IRQ_STATUS', 0x14, 'w1c', 'Interrupt status; write 1 to clear a bit.', {
        volatile: true,
        fields: [
          field('DONE', 0, 1, 'A query completed.'),
          field('ERROR', 1, 1, 'A START, run_query or append_token failed.'),
          field('FAULT', 2, 1, 'A query ran with the clock above what the core supply allows (timing violation).'),
        ],
      }),
      reg('IRQ_ENABLE', 0x18, 'rw', 'Interrupt enables (same bits as IRQ_STATUS); enabled bits also emit events. DONE is off at reset (v2): a query-heavy run sends no job-done frames unless asked.', {
        reset: 0x6,
        fields: [field('DONE', 0, 1, 'Emit job-done events.'), field('ERROR', 1, 1, 'Emit error events.'), field('FAULT', 2, 1, 'Emit fault events.')],
        max: 0x7,
      }),
      reg('SCRATCH', 0x1c, 'rw', 'Free register for bring-up read/write tests.', { reset: 0 }),
    ],
  },
  {
    name: 'ATTN',
    base: 0x0100,
    description: 'Attention engine configuration: context, selection rule, output format.',
    registers: [
      reg('CONTEXT_LEN', 0x00, 'rw', 'Tokens in the loaded context (0..MAX_TOKENS). Append-token increments it.', { volatile: true, max: 512 }),
      reg('MODE', 0x04, 'rw', 'Selection rule and output format.', {
        reset: 1,
        fields: [
          field('SELECT', 0, 2, 'How the analog pass chooses kept tokens.', { THRESHOLD: 0, RELATIVE: 1, TOPK: 2, DENSE: 3 }),
          field('OUTPUT_INT16', 4, 1, 'Output saturates to INT16 instead of INT8.'),
        ],
        max: 0x13,
      }),
      reg('HEAD', 0x08, 'rw', 'Attention head of the next query (selects THRESHOLD_n and the noise stream).', { max: HEADS - 1 }),
      reg('MARGIN', 0x0c, 'rw', 'Relative mode: keep tokens whose analog code is within MARGIN codes of the query\'s best code (0..31; 31 keeps every token).', { reset: 10, max: 31 }),
      reg('TOPK', 0x10, 'rw', 'Top-k mode: tokens kept per query.', { reset: 64, max: 512 }),
      reg('MIN_KEEP', 0x14, 'rw', 'Floor: if fewer tokens pass, keep the best MIN_KEEP.', { reset: 1, max: 512 }),
      reg('OUTPUT_SHIFT', 0x18, 'rw', 'Output scale: fraction bits kept in the output; real output = o * v_scale * 2^-OUTPUT_SHIFT (see firmware-sim/DIGITAL.md).', { reset: 0, max: 16 }),
      reg('SCORE_SCALE', 0x20, 'rw', 'Softmax score scale, unsigned Q.24: round(log2(e) * q_scale * k_scale / sqrt(64) * 2^24). Reset value = unit scales.', { reset: 3025551, min: 1, max: 0x7fffffff }),
      reg('QUERY_COUNT', 0x1c, 'ro', 'Queries run since reset; the id of the last result.', { volatile: true }),
      ...Array.from({ length: HEADS }, (_, h) =>
        reg(`THRESHOLD_${h}`, 0x40 + 4 * h, 'rw', `Threshold mode: analog code (0..31) a token of head ${h} must reach to be kept.`, { reset: 16, max: 31 }),
      ),
    ],
  },
  {
    name: 'TRIM',
    base: 0x0200,
    capability: 'OFFSET_TRIM',
    description: 'Per-column comparator offset trim: signed 6-bit two\'s complement in [5:0], LSB 1 mV (the comparator sees offset - trim). Same storage as memory region TRIM (one INT8 per column, -32..31).',
    registers: Array.from({ length: COLUMNS }, (_, c) => reg(`TRIM_${c}`, 4 * c, 'rw', `Offset trim of CIM column ${c}.`, { max: 0x3f })),
  },
  {
    name: 'COUNTERS',
    base: 0x0300,
    description: 'On-chip counters since reset or CONTROL.CLEAR_COUNTERS (wrap at 2^32).',
    registers: [
      reg('CYCLES_LO', 0x00, 'ro', 'Core clock cycles, low word.', { volatile: true }),
      reg('CYCLES_HI', 0x04, 'ro', 'Core clock cycles, high word.', { volatile: true }),
      reg('QUERIES', 0x08, 'ro', 'Queries run.', { volatile: true }),
      reg('TOKENS_KEPT', 0x0c, 'ro', 'Tokens kept by the analog pass.', { volatile: true }),
      reg('TOKENS_PRUNED', 0x10, 'ro', 'Tokens pruned by the analog pass.', { volatile: true }),
      reg('TILE_REFILLS', 0x14, 'ro', 'CIM cache refills from K SRAM.', { volatile: true }),
      reg('CONVERSIONS', 0x18, 'ro', 'Analog column conversions.', { volatile: true }),
      reg('ENERGY_NJ', 0x1c, 'ro', 'Energy estimate in nanojoules.', { volatile: true }),
    ],
  },
  {
    name: 'BOARD',
    base: 0x0400,
    capability: 'BOARD_CONTROL',
    description: 'The FPGA carrier board: clock, reset line, supplies, temperature. On the virtual chip they set the model\'s operating point.',
    registers: [
      reg('BOARD_ID', 0x00, 'ro', 'Board identifier (0x5349_4D00 "SIM" on the virtual chip).', { reset: 0x53494d00 }),
      reg('CLOCK_KHZ', 0x04, 'rw', 'Chip clock frequency in kHz.', { reset: 1_100_000, min: 1000, max: 2_000_000 }),
      reg('CHIP_RESET', 0x08, 'rw', 'Chip reset line: 1 holds the chip in reset (queries -> STATUS_NOT_READY).', { reset: 0, max: 1 }),
      reg('CORE_SUPPLY_MV', 0x0c, 'rw', 'Digital core supply set-point in mV.', { reset: 1000, min: 500, max: 1400 }),
      reg('ANALOG_SUPPLY_MV', 0x10, 'rw', 'Analog (CIM) supply set-point in mV.', { reset: 1000, min: 500, max: 1400 }),
      reg('TEMPERATURE_MC', 0x14, 'ro', 'Die temperature read-out in milli-degrees Celsius.', { reset: 27000, volatile: true }),
    ],
  },
  {
    name: 'ANALOG',
    base: 0x0500,
    description: 'Constants of the analog pass that a host needs to express a keep rule in real units (v2). The board\'s values differ from the sim\'s: read them, never hard-code them. Ideal transfer: code = clamp(floor(dot4 / DOT_PER_CODE) + ZERO_CODE, 0, 2^ADC_BITS - 1), where dot4 = sum_i msb(q_i) * msb(k_i), msb(x) = min((x + 2^(7 - INPUT_BITS)) >> (8 - INPUT_BITS), 2^(INPUT_BITS - 1) - 1): the INT8 query and key rounded to their INPUT_BITS MSBs (the reference twin rounds; see firmware-sim/DIGITAL.md).',
    registers: [
      reg('ADC_BITS', 0x00, 'ro', 'Resolution of the column ADC in bits (codes 0 .. 2^ADC_BITS - 1).', { reset: 5 }),
      reg('ZERO_CODE', 0x04, 'ro', 'Code of a zero dot product.', { reset: 8 }),
      reg('INPUT_BITS', 0x08, 'ro', 'MSBs of the INT8 query and key that the analog pass uses.', { reset: 4 }),
      reg('DOT_PER_CODE', 0x0c, 'ro', 'dot4 units per ADC code at the current analog supply, unsigned Q16.16 (follows BOARD.ANALOG_SUPPLY_MV; reset value: the reference twin at 1000 mV).', { volatile: true, reset: 536032 }),
    ],
  },
  {
    name: 'SIM',
    base: 0x0f00,
    simOnly: true,
    capability: 'VIRTUAL_CHIP',
    description: 'Virtual chip only: die fingerprint and fault knobs. A board answers STATUS_BAD_ADDRESS.',
    registers: [
      reg('DIE_SEED', 0x00, 'rw', 'Seed of the die\'s static mismatch (offsets, gains, capacitors). Writing it redraws the die.', { reset: 1 }),
      reg('NOISE_PRESET', 0x04, 'rw', 'Analog non-ideality preset.', {
        reset: 1,
        fields: [field('PRESET', 0, 2, 'Preset.', { IDEAL: 0, TYPICAL: 1, CONSERVATIVE: 2 })],
        max: 2,
      }),
      reg('TEMPERATURE_SET_MC', 0x08, 'rw', 'Ambient temperature the model runs at, in milli-degrees Celsius.', { reset: 27000, max: 150000 }),
      reg('FAULT_STUCK_COLUMN', 0x0c, 'rw', 'Stuck CIM column.', {
        fields: [field('COLUMN', 0, 6, 'Column index.'), field('ENABLE', 8, 1, 'Fault active.'), field('CODE', 16, 8, 'Code the column is stuck at.')],
      }),
      reg('FAULT_DEAD_COMPARATOR', 0x10, 'rw', 'Dead comparator (column never keeps its token).', {
        fields: [field('COLUMN', 0, 6, 'Column index.'), field('ENABLE', 8, 1, 'Fault active.')],
      }),
      reg('FAULT_SRAM_FLIP', 0x14, 'rw', 'Flipped SRAM bit, applied on every read of that cell.', {
        fields: [
          field('TOKEN', 0, 10, 'Token index.'),
          field('DIM', 10, 6, 'Dimension.'),
          field('BIT', 16, 3, 'Bit (0..7).'),
          field('MEMORY', 19, 1, 'Memory.', { K: 0, V: 1 }),
          field('ENABLE', 31, 1, 'Fault active.'),
        ],
      }),
    ],
  },
] as const satisfies readonly BlockDef[];

export interface RegisterInfo extends RegisterDef {
  readonly block: string;
  readonly address: number;
  readonly simOnly: boolean;
  /** Capability the register's block needs (BlockDef.capability), or null. */
  readonly capability: BlockDef['capability'] | null;
}

type BlockRegisterNames<B> = B extends { registers: readonly (infer R)[] } ? (R extends { name: infer N } ? N : never) : never;
/** Every register name in the map (names are unique across blocks). */
export type RegisterName = BlockRegisterNames<(typeof BLOCKS)[number]> | `THRESHOLD_${number}` | `TRIM_${number}`;

/** Flat list of every register with its absolute address, in address order. */
export const REGISTERS: readonly RegisterInfo[] = (BLOCKS as readonly BlockDef[])
  .flatMap((b) => b.registers.map((r) => ({ ...r, block: b.name, address: b.base + r.offset, simOnly: b.simOnly === true, capability: b.capability ?? null })))
  .sort((a, b) => a.address - b.address);

const byName = new Map(REGISTERS.map((r) => [r.name, r]));
const byAddress = new Map(REGISTERS.map((r) => [r.address, r]));

export function registerByName(name: string): RegisterInfo | undefined {
  return byName.get(name);
}

export function registerByAddress(address: number): RegisterInfo | undefined {
  return byAddress.get(address);
}

export function fieldOf(reg: RegisterDef, name: string): FieldDef | undefined {
  return reg.fields?.find((f) => f.name === name);
}

export function fieldMask(f: FieldDef): number {
  return (f.width >= 32 ? 0xffffffff : ((1 << f.width) - 1) << f.lsb) >>> 0;
}

export function getField(value: number, f: FieldDef): number {
  return ((value >>> 0) & fieldMask(f)) >>> f.lsb;
}

export function setField(value: number, f: FieldDef, fieldValue: number): number {
  const m = fieldMask(f);
  return (((value >>> 0) & ~m) | ((fieldValue << f.lsb) & m)) >>> 0;
}

/** Bits covered by the register's fields (all 32 when it has none). */
export function definedBits(reg: RegisterDef): number {
  if (!reg.fields?.length) return 0xffffffff;
  return reg.fields.reduce((m, f) => (m | fieldMask(f)) >>> 0, 0);
}

/**
 * Why `value` may not be written to the read/write register `reg` (reserved bits set, below
 * `min`, above `max`), or null when it may. The device answers STATUS_INVALID_CONFIG with this
 * text; the host refuses the same values before sending.
 */
export function valueProblem(reg: RegisterDef, value: number): string | null {
  const v = value >>> 0;
  const reserved = ~definedBits(reg) >>> 0;
  if (v & reserved) return `${reg.name}: reserved bits 0x${((v & reserved) >>> 0).toString(16)} must be 0`;
  if (reg.max !== undefined && v > reg.max) return `${reg.name} max is ${reg.max}`;
  if (reg.min !== undefined && v < reg.min) return `${reg.name} min is ${reg.min}`;
  return null;
}

/** Canonical text the register-map hash is computed over (stable key order, no whitespace). */
export function canonicalMap(): string {
  return JSON.stringify(REGISTERS.map((r) => [r.address, r.name, r.access, r.reset, r.volatile, r.simOnly, r.capability, r.max ?? null, r.min ?? null, (r.fields ?? []).map((f) => [f.name, f.lsb, f.width])]));
}

export const HEAD_COUNT = HEADS;
export const CIM_COLUMNS = COLUMNS;

/**
 * The chip bus: the chip model (firmware-sim/model, ChipModel) alone behind a small binary TCP
 * protocol, for the C firmware's native build (firmware/src/hal/chipbus.c), the way an RTL
 * simulation stands in for silicon. No firmware behaviour lives here: no registers, no protocol
 * frames, no session; only what the chip's configuration bus does (write and read K/V SRAM, trim,
 * operating point, die and fault knobs, run a query). The protocol is firmware/CHIPBUS.md.
 *
 *   hac-sim --chip-bus PORT [--die-seed N] [--preset NAME]
 */
import { createServer, type Server, type Socket } from 'node:net';
import { getField } from '../../protocol/index.js';
import { ChipModel, type ChipFaults, type NoisePreset, type SelectionMode } from '../model/index.js';
import { FAULT_DEAD, FAULT_FLIP, FAULT_FLIP_V, FAULT_STUCK } from '../firmware/fields.js';

export const CHIP_BUS_VERSION = 1;

/** Command bytes (firmware/CHIPBUS.md). */
export const Cmd = {
  INFO: 0x01,
  MEM_WRITE: 0x02,
  MEM_READ: 0x03,
  TRIM_WRITE: 0x04,
  OPERATING_POINT: 0x05,
  DIE_SEED: 0x06,
  PRESET: 0x07,
  FAULTS: 0x08,
  ENGINE_RESET: 0x09,
  ANALOG_CONSTANTS: 0x0a,
  QUERY: 0x0b,
} as const;

/** Reply status bytes: 0 OK, else a protocol Status value. */
const OK = 0;
const OUT_OF_RANGE = 3;
const INVALID_CONFIG = 8;
const BAD_ARGUMENT = 11;
const INTERNAL = 15;

const PRESETS: readonly NoisePreset[] = ['ideal', 'typical', 'conservative'];
// The SIM fault registers' fields, from the register map (as firmware-sim/firmware/register-behaviour.ts).
const STUCK = FAULT_STUCK;
const DEAD = FAULT_DEAD;
const FLIP = FAULT_FLIP;
const FLIP_V = FAULT_FLIP_V;
const MODES: readonly SelectionMode[] = ['threshold', 'relative', 'topk', 'dense'];
/** Largest command: MEM_WRITE of one 32 KiB SRAM. */
const MAX_COMMAND = 1 + 5 + 32768;

class BusError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** One chip on the bus: the model plus the fault knobs as raw SIM register values. */
export class ChipBusDevice {
  readonly model: ChipModel;
  private faults: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };

  constructor(opts: { dieSeed?: number; preset?: NoisePreset } = {}) {
    this.model = new ChipModel({ dieSeed: (opts.dieSeed ?? 1) >>> 0, preset: opts.preset ?? 'typical' });
  }

  /** Executes one command (cmd byte + body); returns the reply body or throws BusError. */
  execute(cmd: number, body: Buffer): Uint8Array {
    const m = this.model;
    const g = m.geometry;
    const need = (n: number) => {
      if (body.length < n) throw new BusError(BAD_ARGUMENT, `command 0x${cmd.toString(16)} needs ${n} bytes, got ${body.length}`);
    };
    switch (cmd) {
      case Cmd.INFO: {
        const out = Buffer.alloc(16);
        out.writeUInt32LE(CHIP_BUS_VERSION, 0);
        out.writeUInt32LE(g.d, 4);
        out.writeUInt32LE(g.maxTokens, 8);
        out.writeUInt32LE(g.tileTokens, 12);
        return out;
      }
      case Cmd.MEM_WRITE: {
        need(5);
        const sram = this.sram(body[0]);
        const offset = body.readUInt32LE(1);
        const data = body.subarray(5);
        if (offset > sram.length || data.length > sram.length - offset) throw new BusError(OUT_OF_RANGE, `[${offset}, +${data.length}) outside ${sram.length} bytes`);
        new Uint8Array(sram.buffer, sram.byteOffset, sram.length).set(data, offset);
        if (body[0] === 0 && data.length > 0) m.keysChanged(Math.floor(offset / g.d), Math.ceil((offset + data.length) / g.d));
        return new Uint8Array(0);
      }
      case Cmd.MEM_READ: {
        need(9);
        const sram = this.sram(body[0]);
        const offset = body.readUInt32LE(1);
        const length = body.readUInt32LE(5);
        if (offset > sram.length || length > sram.length - offset) throw new BusError(OUT_OF_RANGE, `[${offset}, +${length}) outside ${sram.length} bytes`);
        const data = new Uint8Array(sram.buffer, sram.byteOffset + offset, length).slice();
        // A flipped SRAM cell reads flipped on every read, as on the chip.
        const mem = body[0] === 0 ? 'k' : 'v';
        for (const f of this.faults.sramBitFlips) {
          const at = f.token * g.d + f.dim - offset;
          if (f.memory === mem && at >= 0 && at < length) data[at] ^= 1 << f.bit;
        }
        return data;
      }
      case Cmd.TRIM_WRITE: {
        need(g.tileTokens);
        m.trim.set(new Int8Array(body.buffer, body.byteOffset, g.tileTokens));
        return new Uint8Array(0);
      }
      case Cmd.OPERATING_POINT: {
        need(16);
        try {
          m.setOperatingPoint({ clockKhz: body.readUInt32LE(0), coreSupplyMv: body.readUInt32LE(4), analogSupplyMv: body.readUInt32LE(8), temperatureMilliC: body.readUInt32LE(12) });
        } catch (err) {
          throw new BusError(INVALID_CONFIG, err instanceof Error ? err.message : String(err));
        }
        return new Uint8Array(0);
      }
      case Cmd.DIE_SEED: {
        need(4);
        const seed = body.readUInt32LE(0);
        if (seed !== m.dieSeed) m.setDieSeed(seed);
        return new Uint8Array(0);
      }
      case Cmd.PRESET: {
        need(4);
        const p = PRESETS[body.readUInt32LE(0)];
        if (!p) throw new BusError(INVALID_CONFIG, `unknown preset ${body.readUInt32LE(0)}`);
        m.setPreset(p);
        return new Uint8Array(0);
      }
      case Cmd.FAULTS: {
        need(12);
        this.setFaults(body.readUInt32LE(0), body.readUInt32LE(4), body.readUInt32LE(8));
        return new Uint8Array(0);
      }
      case Cmd.ENGINE_RESET:
        m.resetEngine();
        return new Uint8Array(0);
      case Cmd.ANALOG_CONSTANTS: {
        // The ANALOG register block's values at the current operating point (dot_per_code Q16.16).
        const c = m.analogConstants(m.operatingPoint());
        const out = Buffer.alloc(16);
        out.writeUInt32LE(c.adcBits, 0);
        out.writeUInt32LE(c.zeroCode, 4);
        out.writeUInt32LE(c.inputBits, 8);
        out.writeUInt32LE(Math.min(0xffffffff, Math.round(c.dotPerCode * 65536)) >>> 0, 12);
        return out;
      }
      case Cmd.QUERY:
        return this.query(body);
      default:
        throw new BusError(BAD_ARGUMENT, `unknown chip-bus command 0x${cmd.toString(16)}`);
    }
  }

  private sram(mem: number): Int8Array {
    if (mem === 0) return this.model.kSram;
    if (mem === 1) return this.model.vSram;
    throw new BusError(BAD_ARGUMENT, `unknown memory ${mem} (0 K SRAM, 1 V SRAM)`);
  }

  /** The SIM fault registers' raw values, decoded as firmware-sim/firmware/chip.ts applyFaults does. */
  private setFaults(stuck: number, dead: number, flip: number): void {
    const g = this.model.geometry;
    const f: ChipFaults = { stuckColumns: [], deadComparators: [], sramBitFlips: [] };
    if (getField(stuck, STUCK.enable)) f.stuckColumns.push({ column: getField(stuck, STUCK.column), code: getField(stuck, STUCK.code) });
    if (getField(dead, DEAD.enable)) f.deadComparators.push(getField(dead, DEAD.column));
    if (getField(flip, FLIP.enable)) {
      f.sramBitFlips.push({ token: getField(flip, FLIP.token), dim: getField(flip, FLIP.dim), bit: getField(flip, FLIP.bit), memory: getField(flip, FLIP.memory) === FLIP_V ? 'v' : 'k' });
    }
    f.sramBitFlips = f.sramBitFlips.filter((s) => s.token < g.maxTokens && s.dim < g.d && s.bit < 8);
    f.stuckColumns = f.stuckColumns.filter((s) => s.column < g.tileTokens);
    f.deadComparators = f.deadComparators.filter((c) => c < g.tileTokens);
    this.model.setFaults(f);
    this.faults = f;
  }

  private query(body: Buffer): Uint8Array {
    const g = this.model.geometry;
    if (body.length < g.d + 44) throw new BusError(BAD_ARGUMENT, `QUERY needs ${g.d + 44} bytes, got ${body.length}`);
    const q = new Int8Array(body.buffer.slice(body.byteOffset, body.byteOffset + g.d));
    const u = (i: number) => body.readUInt32LE(g.d + 4 * i);
    const n = u(0);
    const mode = MODES[u(3) & 3];
    let res;
    try {
      res = this.model.runQuery({
        q,
        contextLength: n,
        head: u(1),
        queryIndex: u(2),
        selection: { mode, threshold: u(4), margin: u(5), topK: u(6), minKeep: u(7) },
        outputShift: u(8),
        outputInt16: u(9) !== 0,
        scoreScale: u(10),
      });
    } catch (err) {
      if (err instanceof RangeError) throw new BusError(INVALID_CONFIG, err.message);
      throw err;
    }
    const maskBytes = Math.ceil(n / 8);
    const out = Buffer.alloc(2 * g.d + 4 * 4 + 8 * 2 + 1 + 4 + maskBytes + n);
    let o = 0;
    for (let i = 0; i < g.d; i++, o += 2) out.writeInt16LE(res.output[i], o);
    for (const v of [res.kept, res.pruned, res.tileRefills, res.conversions]) {
      out.writeUInt32LE(v >>> 0, o);
      o += 4;
    }
    out.writeDoubleLE(res.cycles, o);
    out.writeDoubleLE(res.energyPj, o + 8);
    o += 16;
    out[o++] = res.timingViolation ? 1 : 0;
    out.writeUInt32LE(n, o);
    o += 4;
    for (let j = 0; j < n; j++) if (res.keepMask[j]) out[o + (j >>> 3)] |= 1 << (j & 7);
    o += maskBytes;
    out.set(res.codes.subarray(0, n), o);
    return out;
  }
}

function reply(status: number, body: Uint8Array): Buffer {
  const out = Buffer.alloc(5 + body.length);
  out.writeUInt32LE(1 + body.length, 0);
  out[4] = status;
  out.set(body, 5);
  return out;
}

/** Serves one chip-bus connection: length-prefixed commands in, one reply per command out. */
export function attachChipBus(device: ChipBusDevice, socket: Socket): void {
  let buf: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  socket.setNoDelay(true);
  socket.on('data', (chunk: Buffer) => {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    while (buf.length >= 4) {
      const len = buf.readUInt32LE(0);
      if (len < 1 || len > MAX_COMMAND) {
        socket.destroy(); // the stream is out of step: a firmware bug, not something to recover from
        return;
      }
      if (buf.length < 4 + len) break;
      const cmd = buf[4];
      const body = buf.subarray(5, 4 + len);
      buf = buf.subarray(4 + len);
      let out: Buffer;
      try {
        out = reply(OK, device.execute(cmd, body));
      } catch (err) {
        const status = err instanceof BusError ? err.status : INTERNAL;
        out = reply(status, new TextEncoder().encode(err instanceof Error ? err.message : String(err)));
      }
      socket.write(out);
    }
  });
  socket.on('error', () => {});
}

/**
 * Listens on 127.0.0.1:port (0: any free port) and prints "chip-bus listening tcp://127.0.0.1:PORT".
 * Clients share one chip (as firmware restarts share one board); it lives as long as the server.
 */
export function serveChipBus(port: number, log: (msg: string) => void, opts: { dieSeed?: number; preset?: NoisePreset } = {}): Promise<Server> {
  const device = new ChipBusDevice(opts);
  const server = createServer((s) => attachChipBus(device, s));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const a = server.address();
      log(`chip-bus listening tcp://127.0.0.1:${typeof a === 'object' && a ? a.port : port}`);
      resolve(server);
    });
  });
}

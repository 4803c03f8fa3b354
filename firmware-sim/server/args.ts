/** Command line of `hac-sim` (one tested function; main.ts only acts on its result). */
import { parseFaultSpec, type LinkFaultSpec } from '../link/faults.js';
import type { NoisePreset } from '../model/index.js';

export type Serve = { kind: 'stdio' } | { kind: 'tcp'; port: number } | { kind: 'serial'; path: string; baudRate: number } | { kind: 'chip-bus'; port: number };

export interface SimArgs {
  serve: Serve;
  /** line pacing in baud (8N1); 0 = as fast as possible */
  baud: number;
  latencyMs: number;
  faults: LinkFaultSpec | null;
  dieSeed: number | undefined;
  preset: NoisePreset | undefined;
  /** boot epoch at power-on; undefined: main.ts derives one from the clock */
  bootEpoch: number | undefined;
  /** --tcp: disconnect a client idle this many seconds (0: never) */
  idleTimeoutS: number;
}

export type ParsedArgs = { help: true } | ({ help: false } & SimArgs);

export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_SERIAL_BAUD = 3_000_000;

export const USAGE = `usage: hac-sim (--stdio | --tcp PORT | --serial PATH | --chip-bus PORT) [options]

The virtual HAC chip as a device speaking the HAC wire protocol (protocol/SPEC.md).

serving (exactly one):
  --stdio               serve on stdin/stdout (logs go to stderr); exits 0 on stdin EOF
  --tcp PORT            listen on 127.0.0.1:PORT, one client at a time (0: any free port;
                        prints "listening tcp://127.0.0.1:PORT" on stderr); a second client
                        gets one line "hac-sim: busy: another client ... since TIME" and is closed
  --idle-timeout S      with --tcp: disconnect a client after S seconds without traffic either
                        way, freeing the slot (default 0: never)
  --serial PATH         open an existing tty (e.g. one end of a socat pty pair)
  --serial-baud N       baud rate of the tty (default ${DEFAULT_SERIAL_BAUD})
  --chip-bus PORT       serve the chip model alone (no firmware) on 127.0.0.1:PORT for the C
                        firmware's native build (firmware/CHIPBUS.md; 0: any free port; prints
                        "chip-bus listening tcp://127.0.0.1:PORT" on stderr)

link:
  --baud N              pace bytes in both directions at N/10 bytes/s (8N1); default unpaced
  --latency-ms M        add a USB-serial adapter's latency, each direction
  --faults SPEC         seeded link faults, comma-separated key=value:
                          seed=N          RNG seed (default 1)
                          flip=P          bit-error rate (per bit)
                          drop=P          per-byte probability of loss
                          dup=P           per-byte probability of duplication
                          delay=P:MS      per-byte probability of a stall of MS ms
                          disconnect=N    drop the connection after N bytes (both directions)
                          reset=N         reset the device after it received N bytes (once)
                          sramwrite=P     per K/V SRAM write probability of storing a flipped bit
                          dir=in|out|both directions flip/drop/dup/delay act on (default both)
                        e.g. seed=7,flip=1e-5,drop=1e-5,dup=1e-5,delay=0.001:5,disconnect=200000

chip:
  --die-seed N          die fingerprint (SIM.DIE_SEED; default 1)
  --preset NAME         ideal | typical | conservative (default typical)
  --boot-epoch N        boot epoch at power-on, 1..4294967295 (default: derived from the clock,
                        so every start differs and a host can tell a power cycle from a
                        reconnect; not part of the seeded model: pass it for reproducible runs)
  --help                this text
`;

/**
 * Boot epoch of a power-on without --boot-epoch: the clock in milliseconds modulo 2^31 - 1 (0 mapped to 1).
 * Each start differs, so a host comparing epochs tells a power cycle from a reconnect. Seconds
 * would not do: a device reset k times and respawned k seconds later would show the same epoch
 * again. Not part of the seeded model (see README); --boot-epoch pins it.
 */
export function powerOnEpoch(nowMs = Date.now()): number {
  return Math.floor(nowMs) % 0x7fffffff || 1;
}

const PRESETS: readonly NoisePreset[] = ['ideal', 'typical', 'conservative'];

/** Parses argv (without node and script). Throws UsageError with a one-line message. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const serves: Serve[] = [];
  let serialPath: string | null = null;
  let serialBaud = DEFAULT_SERIAL_BAUD;
  const out: SimArgs = { serve: { kind: 'stdio' }, baud: 0, latencyMs: 0, faults: null, dieSeed: undefined, preset: undefined, bootEpoch: undefined, idleTimeoutS: 0 };

  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (!raw.startsWith('--')) throw new UsageError(`unexpected argument "${raw}"`);
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inline = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('--') && v.length > 2)) throw new UsageError(`${flag} needs a value`);
      i++;
      return v;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`${flag} takes no value`);
    };
    switch (flag) {
      case '--help':
      case '-h':
        return { help: true };
      case '--stdio':
        noValue();
        serves.push({ kind: 'stdio' });
        break;
      case '--tcp':
        serves.push({ kind: 'tcp', port: integer(flag, value(), 0, 65535) });
        break;
      case '--serial':
        serialPath = value();
        if (serialPath === '') throw new UsageError('--serial needs a path');
        serves.push({ kind: 'serial', path: serialPath, baudRate: 0 });
        break;
      case '--chip-bus':
        serves.push({ kind: 'chip-bus', port: integer(flag, value(), 0, 65535) });
        break;
      case '--idle-timeout':
        out.idleTimeoutS = num(flag, value(), 0, 86_400);
        break;
      case '--serial-baud':
        serialBaud = integer(flag, value(), 1, 100_000_000);
        break;
      case '--baud':
        out.baud = integer(flag, value(), 1, 1_000_000_000);
        break;
      case '--latency-ms':
        out.latencyMs = num(flag, value(), 0, 60_000);
        break;
      case '--faults':
        try {
          out.faults = parseFaultSpec(value());
        } catch (err) {
          throw new UsageError(err instanceof Error ? err.message : String(err));
        }
        break;
      case '--die-seed':
        out.dieSeed = integer(flag, value(), 0, 0xffffffff);
        break;
      case '--boot-epoch':
        out.bootEpoch = integer(flag, value(), 1, 0xffffffff);
        break;
      case '--preset': {
        const p = value();
        if (!(PRESETS as readonly string[]).includes(p)) throw new UsageError(`--preset must be one of ${PRESETS.join(', ')}, got "${p}"`);
        out.preset = p as NoisePreset;
        break;
      }
      default:
        throw new UsageError(`unknown flag ${flag}`);
    }
  }
  if (serves.length === 0) throw new UsageError('choose one of --stdio, --tcp PORT, --serial PATH, --chip-bus PORT');
  if (serves.length > 1) throw new UsageError('choose only one of --stdio, --tcp, --serial, --chip-bus');
  const s = serves[0];
  out.serve = s.kind === 'serial' ? { ...s, baudRate: serialBaud } : s;
  if (s.kind !== 'serial' && serialBaud !== DEFAULT_SERIAL_BAUD) throw new UsageError('--serial-baud needs --serial');
  if (s.kind !== 'tcp' && out.idleTimeoutS !== 0) throw new UsageError('--idle-timeout needs --tcp');
  return { help: false, ...out };
}

function num(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new UsageError(`${flag} must be a number in [${min}, ${max}], got "${v}"`);
  return n;
}

function integer(flag: string, v: string, min: number, max: number): number {
  const n = num(flag, v, min, max);
  if (!Number.isInteger(n)) throw new UsageError(`${flag} must be an integer, got "${v}"`);
  return n;
}

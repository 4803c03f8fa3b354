/**
 * HIL targets: each is a small description of one way to reach a device: a selector, the
 * capabilities it is expected to advertise, a timeout multiplier (applied to every connection),
 * whether the test-only control API is there, and how link faults can be injected. Every HIL test
 * gets its device from this list (forEachTarget); a test that needs what a target lacks is
 * reported skipped with the reason. In CI (CI=true) a virtual-chip target that cannot run fails.
 *
 * HAC_HIL_TARGET=SELECTOR (set by `npm run hil -- --target SELECTOR`) replaces the list with that
 * one target: a board `serial:/dev/ttyUSB0@3000000`, a proxy `tcp://HOST:PORT`, `sim[:ARGS]`,
 * `in-process`, or the name of a built-in target. HAC_HIL_EXPECT=CAP,CAP names the capabilities a
 * board or proxy must advertise (default: BINARY_FRAMING).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ALL_CAPABILITIES, createSim, type Sim, type SimOptions } from '../../firmware-sim/index.js';
import { connect, memoryPair, openerFor, type ConnectOptions, type HacDevice, type TransportOpener } from '../../host/index.js';
import { Cap, capabilityNames, type CapName } from '../../protocol/index.js';
import { inProcessSimOpener } from '../support/in-process.js';
import { openPtyPair } from '../support/pty.js';
import { startSim } from '../support/sim-process.js';
import { inCI, missingTools } from '../support/tools.js';
import { C_FIRMWARE_TARGET } from './c-firmware.js';

export interface StartOptions {
  /** Device-side link faults (link/faults.ts syntax), for targets whose `linkFaults` is set. */
  linkFaults?: string;
}

export interface RunningTarget {
  selector: string;
  /** Only for in-process targets: the simulator object (the test-only control API). */
  sim?: Sim;
  /** Opens a raw transport to the device (bytes, no session): serial garbage, hand-made frames. */
  opener: TransportOpener;
  /** Connects with the target's timeout multiplier applied. */
  connect(options?: ConnectOptions): Promise<HacDevice>;
  stop(): Promise<void>;
}

export interface Target {
  name: string;
  /** virtual-chip: hac-sim in any form; board: an FPGA board or a proxy to one. */
  kind: 'virtual-chip' | 'board';
  /** What selects it (informational for in-process targets). */
  selector: string;
  /** Capabilities the device must advertise (the handshake test checks them). */
  expects: readonly CapName[];
  /** Multiplies every timeout of every connection (slow links), and the suite's own waits. */
  timeoutMultiplier: number;
  /** The test-only control API (fault injection, internal state) is available. */
  control: boolean;
  /** How device-side link faults are injected: through the control API, by hac-sim flags, or not at all. */
  linkFaults: 'control' | 'sim-args' | null;
  /** Why this target cannot run here, or null. */
  unavailable(): string | null;
  start(opts?: StartOptions): Promise<RunningTarget>;
}

const ALL_CAP_NAMES = capabilityNames(ALL_CAPABILITIES);

function running(selector: string, target: Pick<Target, 'timeoutMultiplier'>, opener: TransportOpener, stop: () => Promise<void>, sim?: Sim): RunningTarget {
  return {
    selector,
    ...(sim ? { sim } : {}),
    opener,
    connect: (o = {}) => connect(selector.startsWith('in-process') ? 'sim' : selector, { timeoutMultiplier: target.timeoutMultiplier, ...(selector.startsWith('in-process') ? { opener } : {}), ...o }),
    stop,
  };
}

/** The virtual chip in this process, on an in-memory link; `capabilities` fewer than all emulate a board. */
function inProcess(name: string, capabilities: number, control: boolean): Target {
  const t: Target = {
    name,
    kind: 'virtual-chip',
    selector: name,
    expects: capabilityNames(capabilities),
    timeoutMultiplier: 1,
    control,
    linkFaults: control ? 'control' : null,
    unavailable: () => null,
    async start(opts = {}) {
      const simOpts: SimOptions = capabilities === ALL_CAPABILITIES ? {} : { capabilities };
      const sim = createSim(simOpts);
      if (opts.linkFaults) sim.control.setLinkFaults(opts.linkFaults);
      const opener = inProcessSimOpener(sim);
      return running(name, t, opener, async () => sim.link.close(), control ? sim : undefined);
    },
  };
  return t;
}

function simArgs(opts: StartOptions): string[] {
  return opts.linkFaults ? ['--faults', opts.linkFaults] : [];
}

/** hac-sim as a child process on stdio; `args` are extra hac-sim flags. */
function simStdio(name: string, args: string[] = []): Target {
  const t: Target = {
    name,
    kind: 'virtual-chip',
    selector: args.length ? `sim:${args.join(' ')}` : 'sim',
    expects: ALL_CAP_NAMES,
    timeoutMultiplier: 1,
    control: false,
    linkFaults: 'sim-args',
    unavailable: () => null,
    async start(opts = {}) {
      const all = [...args, ...simArgs(opts)];
      const selector = all.length ? `sim:${all.join(' ')}` : 'sim';
      return running(selector, t, openerFor(selector), async () => {});
    },
  };
  return t;
}

const simTcp: Target = {
  name: 'sim-tcp',
  kind: 'virtual-chip',
  selector: 'tcp://127.0.0.1:PORT (hac-sim --tcp 0)',
  expects: ALL_CAP_NAMES,
  timeoutMultiplier: 1,
  control: false,
  linkFaults: 'sim-args',
  unavailable: () => null,
  async start(opts = {}) {
    const p = startSim(['--tcp', '0', ...simArgs(opts)]);
    const m = await p.waitFor(/listening (tcp:\/\/127\.0\.0\.1:\d+)/);
    return running(m[1], simTcp, openerFor(m[1]), async () => void (await p.stop()));
  },
};

const simSerialPty: Target = {
  name: 'sim-serial-pty',
  kind: 'virtual-chip',
  selector: 'serial:PTY@3000000 (hac-sim --serial behind socat)',
  expects: ALL_CAP_NAMES,
  timeoutMultiplier: 2,
  control: false,
  linkFaults: 'sim-args',
  unavailable: () => missingTools({ socat: 'socat' }),
  async start(opts = {}) {
    const pty = await openPtyPair();
    const p = startSim(['--serial', pty.device, ...simArgs(opts)]);
    await p.waitFor(/serving on/);
    const selector = `serial:${pty.host}@3000000`;
    return running(selector, simSerialPty, openerFor(selector), async () => {
      await p.stop();
      await pty.close();
    });
  },
};

function expectedFromEnv(): CapName[] {
  const raw = process.env.HAC_HIL_EXPECT;
  if (!raw) return ['BINARY_FRAMING'];
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  for (const n of names) if (!(n in Cap)) throw new Error(`HAC_HIL_EXPECT: unknown capability ${n} (known: ${Object.keys(Cap).join(', ')})`);
  return names as CapName[];
}

/** A board (or a proxy to one) named by its selector. */
export function boardTarget(name: string, selector: string | undefined, why: string): Target {
  const t: Target = {
    name,
    kind: 'board',
    selector: selector ?? '(none)',
    expects: expectedFromEnv(),
    timeoutMultiplier: Number(process.env.HAC_HIL_TIMEOUT_MULTIPLIER) || 4,
    control: false,
    linkFaults: null,
    unavailable: () => (selector ? null : why),
    async start() {
      return running(selector as string, t, openerFor(selector as string), async () => {});
    },
  };
  return t;
}

/** Every built-in target: what `npm test` runs. */
export const BUILTIN_TARGETS: readonly Target[] = [
  inProcess('in-process', ALL_CAPABILITIES, true),
  // A virtual chip that advertises what a board would (no SIM block, no control API): the
  // capability-gated checks and the "skipped: lacks X" paths run on every `npm test`.
  inProcess('in-process-board-caps', ALL_CAPABILITIES & ~Cap.VIRTUAL_CHIP & ~Cap.ANALOG_CODES, false),
  simStdio('sim-stdio'),
  simTcp,
  simSerialPty,
  C_FIRMWARE_TARGET,
  boardTarget('board', process.env.HAC_BOARD, 'no board attached: set HAC_BOARD=serial:/dev/ttyUSB0@3000000 (or npm run hil -- --target SELECTOR) to run this suite on an FPGA board'),
];

/** The one target HAC_HIL_TARGET names: a built-in target's name, `in-process`, a sim selector, or a board/proxy selector. */
export function targetFor(selector: string): Target {
  const builtin = BUILTIN_TARGETS.find((t) => t.name === selector);
  if (builtin) return builtin;
  if (selector === 'sim' || selector.startsWith('sim:')) return simStdio(selector, selector === 'sim' ? [] : selector.slice(4).split(/\s+/).filter(Boolean));
  if (selector.startsWith('replay:')) throw new Error(`HAC_HIL_TARGET=${selector}: a replay answers only the stimulus it recorded; run hil-tests/suite/traces.test.ts instead`);
  openerFor(selector); // a typed error for a bad selector, now rather than in every test
  return boardTarget(selector, selector, '');
}

/** The targets this run uses: HAC_HIL_TARGET's one, else every built-in target. */
export const TARGETS: readonly Target[] = process.env.HAC_HIL_TARGET ? [targetFor(process.env.HAC_HIL_TARGET)] : BUILTIN_TARGETS;

/** The reason to skip `target` here, or throws when CI must not skip it. */
export function skipReason(target: Target): string | null {
  const why = target.unavailable();
  if (why && inCI && target.kind === 'virtual-chip') throw new Error(`CI must run HIL target ${target.name}, but it ${why}`);
  return why;
}

/** What a test needs of its target; each unmet need is a skip reason. */
export interface Needs {
  caps?: readonly CapName[];
  /** The test-only control API (virtual chip in this process). */
  control?: boolean;
  /** Device-side link fault injection. */
  linkFaults?: boolean;
  /** A virtual chip (behaviour only the twin has, e.g. die seeds through the SIM block). */
  virtualChip?: boolean;
}

/** Why `target` (with `dev` once connected) cannot run a test with `needs`, or null. */
export function unmet(target: Target, needs: Needs, dev?: HacDevice): string | null {
  if (needs.control && !target.control) return `${target.name} has no test-only control API (virtual chip in this process only)`;
  if (needs.linkFaults && !target.linkFaults) return `${target.name} cannot inject link faults (virtual chip only)`;
  if (needs.virtualChip && target.kind !== 'virtual-chip') return `${target.name} is not a virtual chip`;
  const lacks = (needs.caps ?? []).filter((c) => (dev ? !dev.hasCapability(c) : !target.expects.includes(c)));
  if (lacks.length) return `${target.name} lacks ${lacks.join(', ')}`;
  return null;
}

export interface TestControl {
  /** Ends the test as skipped with `why` (a need only known at run time). */
  skip(why: string): never;
}

export interface TargetScope {
  readonly target: Target;
  /** The running target (after beforeAll). */
  readonly running: RunningTarget;
  /** A device connected once for the whole describe block (unless `connect: false`). */
  readonly dev: HacDevice;
  /** The connected device, or null when the target was skipped (for the block's own beforeAll). */
  readonly connected: HacDevice | null;
  /** A test that is skipped with the reason when the target cannot run it or lacks what it needs. */
  test(name: string, fn: (t: TestControl) => Promise<void>, needs?: Needs, timeoutMs?: number): void;
  /** `ms` scaled by the target's timeout multiplier (for the suite's own waits). */
  ms(ms: number): number;
}

export interface ForEachOptions {
  start?: StartOptions;
  /** Connect once in beforeAll (default true). */
  connect?: boolean | ConnectOptions;
  /** Start the target only when the describe block runs tests that need this much (default: nothing). */
  needs?: Needs;
  /** Only the targets this accepts get a block (e.g. one way of injecting faults per block). */
  filter?: (t: Target) => boolean;
}

/**
 * One describe block per target in TARGETS, with the target started (and a device connected)
 * once for the block. Tests declare what they need; unmet needs and unavailable targets are
 * reported as skipped with the reason.
 */
export function forEachTarget(title: string, body: (scope: TargetScope) => void, opts: ForEachOptions = {}): void {
  for (const target of TARGETS.filter(opts.filter ?? (() => true))) {
    describe(`${title} on ${target.name}`, () => {
      let skip: string | null = null;
      let run: RunningTarget | null = null;
      let dev: HacDevice | null = null;
      beforeAll(async () => {
        skip = skipReason(target) ?? (opts.needs ? unmet(target, opts.needs) : null);
        if (skip) return;
        run = await target.start(opts.start);
        if (opts.connect !== false) dev = await run.connect(typeof opts.connect === 'object' ? opts.connect : {});
      });
      afterAll(async () => {
        await dev?.close();
        await run?.stop();
      });
      const scope: TargetScope = {
        target,
        get running() {
          if (!run) throw new Error(`${target.name} is not running`);
          return run;
        },
        get dev() {
          if (!dev) throw new Error(`${target.name}: no device connected`);
          return dev;
        },
        get connected() {
          return dev;
        },
        test(name, fn, needs, timeoutMs) {
          it(
            name,
            async (ctx) => {
              if (skip) ctx.skip(skip);
              const why = needs ? unmet(target, needs, dev ?? undefined) : null;
              if (why) ctx.skip(why);
              await fn({
                skip: (reason: string): never => {
                  ctx.skip(reason);
                  throw new Error(`skipped: ${reason}`);
                },
              });
            },
            timeoutMs === undefined ? undefined : timeoutMs * target.timeoutMultiplier,
          );
        },
        ms: (ms) => ms * target.timeoutMultiplier,
      };
      body(scope);
    });
  }
}

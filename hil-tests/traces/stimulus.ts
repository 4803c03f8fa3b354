/**
 * The stimulus behind the committed traces: a short, deterministic program (registers, a verified
 * 32-token context load, queries with analog codes, a dense query, counters, a job-done event). Recorded on the
 * in-process virtual chip by record.ts; replayed and diffed by hil-tests/suite/traces.test.ts.
 */
import type { HacDevice } from '../../host/index.js';
import { seededInt8 } from '../support/data.js';

export const STIMULUS_TOKENS = 32;

export interface StimulusOptions {
  /** Value written to SCRATCH first (a different value makes a different stimulus). */
  scratch?: number;
  queries?: number;
}

export async function stimulus(dev: HacDevice, opts: StimulusOptions = {}): Promise<void> {
  const D = 64;
  const T = STIMULUS_TOKENS;
  await dev.regs.write('SCRATCH', opts.scratch ?? 0x1234);
  dev.regs.invalidate('SCRATCH');
  await dev.regs.read('SCRATCH');
  await dev.loadContext({ keys: seededInt8(T * D, 301, 60), values: seededInt8(T * D, 302, 100) });
  await dev.regs.writeMany({ MODE: 1, MARGIN: 12, MIN_KEEP: 1, OUTPUT_SHIFT: 3, HEAD: 0 });
  await dev.regs.read('SCORE_SCALE');
  for (let j = 0; j < (opts.queries ?? 4); j++) await dev.query(seededInt8(D, 310 + j, 80), { wantCodes: dev.hasCapability('ANALOG_CODES') });
  // Dense mode: every die keeps every token, so the digital results compare bit for bit.
  await dev.regs.writeField('MODE', 'SELECT', 'DENSE');
  await dev.query(seededInt8(D, 315, 80));
  await dev.regs.writeField('MODE', 'SELECT', 'RELATIVE');
  await dev.readCounters();
  await dev.regs.writeField('IRQ_ENABLE', 'DONE', 1);
  await dev.query(seededInt8(D, 320, 80));
  await dev.regs.writeField('IRQ_ENABLE', 'DONE', 0);
  await dev.readResult();
}

/** The in-process target's failure paths: typed errors, never a crash or a hang. */
import { describe, expect, it } from 'vitest';
import { connect, isHacError, registerInProcessDevice, virtualChipInProcess } from '../index.js';

const kindOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (isHacError(e) ? e.kind : `untyped: ${String(e)}`));

describe('sim:inproc', () => {
  it('bad hac-sim flags are an invalid-argument error naming the flag', async () => {
    const e = await connect('sim:inproc --die-seed banana').catch((x: unknown) => x);
    expect(isHacError(e) && e.kind).toBe('invalid-argument');
    expect(String((e as Error).message)).toMatch(/die-seed/);
  });

  it('without a registered in-process device it is unsupported, and says where to import from', async () => {
    registerInProcessDevice(null);
    try {
      expect(await kindOf(connect('sim:inproc', { reconnect: false }))).toBe('unsupported');
    } finally {
      registerInProcessDevice(virtualChipInProcess);
    }
    const dev = await connect('sim:inproc');
    expect(dev.info.firmware).toMatch(/hac-sim/);
    await dev.close();
  });
});

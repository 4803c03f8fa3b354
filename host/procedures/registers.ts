/** Register procedures: what differs from reset. */
import { REGISTERS } from '../../protocol/index.js';
import type { HacDevice } from '../index.js';

export interface RegisterDifference {
  name: string;
  block: string;
  address: number;
  reset: number;
  value: number;
  volatile: boolean;
  fields: Record<string, number | string>;
}

/** Registers whose value differs from the map's reset value (volatile ones only when asked). */
export async function registerDiff(dev: HacDevice, opts: { includeVolatile?: boolean } = {}): Promise<RegisterDifference[]> {
  const dump = await dev.regs.dump();
  const out: RegisterDifference[] = [];
  for (const r of dump) {
    const def = REGISTERS.find((x) => x.address === r.address)!;
    if (def.volatile && !opts.includeVolatile) continue;
    if (r.value === def.reset) continue;
    out.push({ name: r.name, block: r.block, address: r.address, reset: def.reset, value: r.value, volatile: !!def.volatile, fields: r.fields });
  }
  return out;
}

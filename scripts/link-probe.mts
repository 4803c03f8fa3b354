// Sequential verified 64 KiB loads on one session over the paced pty: per load its time, bytes sent, timeouts and the tuning.
//   DEBUG=hac:link npx tsx scripts/link-probe.mts RATE [CHUNK|""] [LOADS]
import { ptySimLink } from '../host/procedures/ber-sweep.js';
import { connect } from '../host/index.js';
import { Region } from '../protocol/index.js';
const rate = Number(process.argv[2] ?? 5e-5);
const chunk = process.argv[3] ? Number(process.argv[3]) : null;
const l = await ptySimLink()(rate, 11);
const dev = await connect(l.selector, { ...(chunk ? { chunkSize: chunk } : {}), lineBytesPerSec: 300000, giveUpAfterMs: 2000, reconnect: { attempts: 3, minDelayMs: 20, maxDelayMs: 200 } });
const data = new Uint8Array(65536).map((_, i) => (i * 7919) & 255);
const segs = [{ region: Region.REGION_K_SRAM, offset: 0, data: data.subarray(0, 32768) }, { region: Region.REGION_V_SRAM, offset: 0, data: data.subarray(32768) }];
for (let i = 0; i < Number(process.argv[4] ?? 4); i++) {
  const t0 = performance.now();
  const s0 = dev.stats();
  try { await dev.writeSegments(segs); } catch (e) { console.log('ERR', String(e)); }
  const s = dev.stats();
  console.log(`load ${i}: ${(performance.now() - t0).toFixed(0)} ms, out ${s.bytesOut - s0.bytesOut} frames ${s.framesOut - s0.framesOut} timeouts ${s.timeouts - s0.timeouts} retries ${s.retries - s0.retries}`, JSON.stringify(s.tuning));
}
await dev.close(); await l.close();

/**
 * vit-image-seconds: one 224-pixel photo through ViT-Ti/16 with all 36 attention heads on the
 * in-process virtual chip under the default keep policy, host layers included. Baseline: the
 * float reference pass on the host (all layers, dense float64 attention) in the same run.
 * The per-image time is split into host layers, chip model (time inside the sim's
 * ChipModel.runQuery, measured by wrapping it) and link (everything else of the chip calls:
 * framing, session, register writes, context loads).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSim } from '../firmware-sim/index.js';
import { HacDevice } from '../host/device/device.js';
import { ByteQueue } from '../host/transport/byte-queue.js';
import type { Transport } from '../host/transport/types.js';
import { DEFAULT_POLICY } from '../host/vit/command.js';
import { klDivergence } from '../host/vit/model.js';
import { loadPolicy, readAnalogConstants } from '../host/vit/policy.js';
import { chipPass, referencePass } from '../host/vit/run.js';
import { DATA_DIR, loadWeights } from '../host/vit/weights.js';
import { line, type Emit } from './common.js';

export async function run(emit: Emit): Promise<void> {
  const w = loadWeights();
  const rgb = new Uint8Array(readFileSync(join(DATA_DIR, 'inputs', 'chelsea_224.rgb')));
  const policy = loadPolicy(DEFAULT_POLICY);
  const sim = createSim({ baud: 0, latencyMs: 0 });
  let modelMs = 0;
  const model = sim.chip.model;
  const runQuery = model.runQuery.bind(model);
  model.runQuery = ((...args: Parameters<typeof runQuery>) => {
    const t0 = performance.now();
    try {
      return runQuery(...args);
    } finally {
      modelMs += performance.now() - t0;
    }
  }) as typeof model.runQuery;
  const q = new ByteQueue();
  sim.link.connect((b) => q.push(b.slice()));
  const transport: Transport = {
    description: 'in-process sim',
    lineBytesPerSec: null,
    async write(d) {
      sim.link.fromHost(d);
    },
    read: () => q,
    async close() {
      q.end();
      sim.link.close();
    },
  };
  const dev = await HacDevice.open(async () => transport);
  try {
    const analog = await readAnalogConstants(dev);
    await referencePass(w, rgb); // warm-up (JIT) for both
    const ref = await referencePass(w, rgb);
    await chipPass(dev, w, rgb, { kind: 'policy', policy }, analog);
    modelMs = 0;
    const pass = await chipPass(dev, w, rgb, { kind: 'policy', policy }, analog);
    const chipCallsMs = pass.stats.chipMs + pass.stats.loadMs;
    emit(
      line('vit-image-seconds', pass.wallMs / 1000, 's', ref.wallMs / 1000, {
        target: 1,
        baselineIs: 'float reference pass on the host (dense float64 attention), same run',
        hostLayersSeconds: pass.hostMs / 1000,
        chipModelSeconds: modelMs / 1000,
        linkSeconds: (chipCallsMs - modelMs) / 1000,
        otherSeconds: (pass.wallMs - pass.hostMs - chipCallsMs) / 1000,
        requests: pass.link.requests,
        queries: pass.stats.queries,
        keepRatio: pass.stats.keepRatio(),
        klToReference: klDivergence(ref.logits, pass.logits),
        note: 'in-process sim (the bench wraps ChipModel.runQuery to time it), batched run_queries',
      }),
    );
  } finally {
    await dev.close();
  }
}

#!/usr/bin/env node
// The host CLI. Runs the TypeScript sources through tsx's loader, so `npx hac` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// The in-process virtual chip (`--target sim:inproc`) is registered by the package entry; load it
// only when asked, so other targets do not pay for loading the simulator.
if ([...process.argv.slice(2), process.env.HAC_TARGET ?? ''].some((a) => /^sim:inproc\b/.test(a) || /=sim:inproc\b/.test(a))) await import('../index.ts');
await import('../host/cli/main.ts');

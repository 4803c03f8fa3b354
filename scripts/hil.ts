/**
 * `npm run hil -- [--target SELECTOR] [--expect CAP,CAP] [--timeout-multiplier N] [vitest args]`:
 * the HIL suite (hil-tests/) against one target: a board `serial:/dev/ttyUSB0@3000000`, a proxy
 * `tcp://HOST:PORT[@BAUD]`, a sim selector (`sim`, `sim:--preset ideal`), `in-process`, or a
 * built-in target's name (hil-tests/targets). Without --target: every built-in target, as in
 * `npm test`. Tests a target cannot run are reported skipped with the reason.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const env = { ...process.env };
const rest: string[] = [];
const usage = 'usage: npm run hil -- [--target SELECTOR] [--expect CAP,CAP] [--timeout-multiplier N] [vitest args]';
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const value = (flag: string) => {
    const eq = a.indexOf('=');
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (!v) {
      process.stderr.write(`hil: ${flag} needs a value\n${usage}\n`);
      process.exit(2);
    }
    return v;
  };
  if (a === '--target' || a.startsWith('--target=')) env.HAC_HIL_TARGET = value('--target');
  else if (a === '--expect' || a.startsWith('--expect=')) env.HAC_HIL_EXPECT = value('--expect');
  else if (a === '--timeout-multiplier' || a.startsWith('--timeout-multiplier=')) env.HAC_HIL_TIMEOUT_MULTIPLIER = value('--timeout-multiplier');
  else if (a === '--help' || a === '-h') {
    process.stdout.write(usage + '\n');
    process.exit(0);
  } else rest.push(a);
}
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const child = spawn(process.execPath, [vitest, 'run', 'hil-tests', ...rest], { stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

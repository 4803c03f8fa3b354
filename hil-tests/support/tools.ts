import { execFileSync } from 'node:child_process';

/** True when `cmd` is on PATH. */
export function have(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Why a test that needs system tools cannot run here, or null if it can. In CI (CI=true) a missing
 * tool is not a reason to skip: the caller must fail instead, since .ci/run installs them.
 */
export function missingTools(tools: Record<string, string>): string | null {
  const missing = Object.entries(tools).filter(([cmd]) => !have(cmd));
  if (missing.length === 0) return null;
  return `needs ${missing.map(([c]) => c).join(', ')}: apt-get install -y ${[...new Set(missing.map(([, pkg]) => pkg))].join(' ')}`;
}

/** Running in CI (CI=true or CI=1): the one place tests ask, so every copy agrees on what counts. */
export const inCI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Why a test that needs `tools` is skipped here (the install hint), or null when all are present.
 * In CI it throws instead, naming `what` CI must do: .ci/run installs the tools, so CI cannot go
 * green by skipping. Call it where the test would skip, so only that test fails.
 */
export function requireTools(tools: Record<string, string>, what: string): string | null {
  const why = missingTools(tools);
  if (why && inCI) throw new Error(`CI must ${what}, but this machine ${why}`);
  return why;
}

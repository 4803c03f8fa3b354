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

export const inCI = process.env.CI === 'true' || process.env.CI === '1';

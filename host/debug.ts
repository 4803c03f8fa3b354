/**
 * Namespaced debug logging, enabled by the DEBUG environment variable like the `debug` package:
 * DEBUG=hac:link,hac:regs or DEBUG=hac:* . Output goes to stderr. No dependency.
 */
export type DebugFn = ((fmt: string, ...args: unknown[]) => void) & { enabled: boolean; namespace: string };

function patterns(): RegExp[] {
  const spec = (typeof process !== 'undefined' ? process.env.DEBUG : undefined) ?? '';
  return spec
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((p) => new RegExp('^' + p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$'));
}

export function debug(namespace: string): DebugFn {
  const enabled = patterns().some((re) => re.test(namespace));
  let last = 0;
  const fn = ((fmt: string, ...args: unknown[]) => {
    if (!fn.enabled) return;
    const now = Date.now();
    const delta = last ? now - last : 0;
    last = now;
    let i = 0;
    const text = fmt.replace(/%([sdioOjx%])/g, (m, c: string) => {
      if (c === '%') return '%';
      if (i >= args.length) return m;
      const a = args[i++];
      if (c === 'd' || c === 'i') return String(Number(a));
      if (c === 'x') return '0x' + (Number(a) >>> 0).toString(16);
      return typeof a === 'string' ? a : safeJson(a);
    });
    const rest = args
      .slice(i)
      .map((a) => (typeof a === 'string' ? a : safeJson(a)))
      .join(' ');
    process.stderr.write(`${namespace} ${text}${rest ? ' ' + rest : ''} +${delta}ms\n`);
  }) as DebugFn;
  fn.enabled = enabled;
  fn.namespace = namespace;
  return fn;
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? `<${x.length} bytes>` : x));
  } catch {
    return String(v);
  }
}

/**
 * The one small transport interface every link implements (serial port, TCP, child process, an
 * in-memory pair). A transport moves bytes; it knows nothing about frames or messages.
 */
export interface Transport {
  /** What this is, for messages: e.g. 'serial:/dev/ttyUSB0@3000000', 'tcp://127.0.0.1:7000', 'sim'. */
  readonly description: string;
  /** Bytes per second the line carries when known (serial: baud / 10), else null. */
  readonly lineBytesPerSec: number | null;
  /** Extra latency each way in ms the link is known to add (e.g. a paced simulator), else 0/undefined. */
  readonly latencyMs?: number;
  /**
   * Line framing on this link should be split with @serialport/parser-readline (serial ports do;
   * the others feed the raw stream decoder). Binary framing always uses the raw stream.
   */
  readonly splitLines?: boolean;
  /**
   * This connection started a new device instance (a spawned simulator process): whatever an
   * earlier connection left on "the device" is gone, whatever its boot epoch says.
   */
  readonly freshDevice?: boolean;
  /**
   * Queues bytes for sending. Resolves when the transport can take more (the stream's 'drain'),
   * so a caller that awaits each write never buffers without bound. Rejects with a
   * 'disconnected' HacError when the link is gone.
   */
  write(data: Uint8Array): Promise<void>;
  /**
   * Incoming bytes as they arrive. The iteration ends when the link closes; only one reader.
   * The transport pauses its source while the reader lags (bounded buffering).
   */
  read(): AsyncIterable<Uint8Array>;
  /** Closes the link; idempotent. A pending read() ends. */
  close(): Promise<void>;
}

/** Opens a fresh connection to the same target; the session calls it again to reconnect. */
export type TransportOpener = (signal?: AbortSignal) => Promise<Transport>;

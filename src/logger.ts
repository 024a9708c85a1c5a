import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { Config } from './config.js';

/**
 * The server's logger: pino JSON for machines (stdout not a terminal, or LOG_FORMAT=json), one
 * readable line per record for people on a terminal (LOG_FORMAT=pretty forces it).
 */
export function createLogger(
  config: Pick<Config, 'logLevel' | 'logFormat'>,
  stdoutIsTerminal = process.stdout.isTTY === true,
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
  const readable = config.logFormat === 'pretty' || (config.logFormat === 'auto' && stdoutIsTerminal);
  if (!readable) return pino({ level: config.logLevel }, destination);
  return pino(
    { level: config.logLevel },
    pretty({ destination, colorize: stdoutIsTerminal, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', sync: true }),
  );
}

// The process logger: JSON lines on stderr (stdout carries the ready line only).
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level }, pino.destination({ dest: 2, sync: true }));
}

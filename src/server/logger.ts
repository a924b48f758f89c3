// The process logger: JSON lines on stderr (stdout carries only the ready line and the mount commands).
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({ level }, pino.destination({ dest: 2, sync: true }));
}

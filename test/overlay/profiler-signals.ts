// Runs the V8 CPU profiler, as `node --cpu-prof` does, sampling every few microseconds: each
// sample is a SIGPROF sent to this thread, so a syscall that stops early when a signal is
// pending (getdents64 then returns a short batch) gets caught in the act.
import { Session } from 'node:inspector/promises';

/** Starts sampling; the returned function stops it and drops the profile. */
export async function profilerSignals(intervalUs = 10): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.post('Profiler.start');
  return async () => {
    await session.post('Profiler.stop');
    session.disconnect();
  };
}

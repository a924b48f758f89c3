// MOUNT over the export registry: MNT resolves the path (longest export path, or a
// template instance created on this first MNT), then applies the export's client list
// and secure-port policy exactly as every NFS call does; EXPORT lists only what the
// caller may mount.
import { mountstat3 } from '../generated/mount3.js';
import { auth_stat } from '../generated/rpc.js';
import { exportList, type ExportRegistry, type RegistryErrorCode } from '../exports/index.js';
import type { NfsRuntime } from '../nfs/index.js';
import { AuthRejection } from '../rpc/auth-rejection.js';
import type { MountSource, MountTarget } from './mountable.js';

const TOO_WEAK = new AuthRejection(auth_stat.AUTH_TOOWEAK);

const statusOfCode: Partial<Record<RegistryErrorCode, Exclude<mountstat3, mountstat3.MNT3_OK>>> = {
  NOENT: mountstat3.MNT3ERR_NOENT,
  ACCES: mountstat3.MNT3ERR_ACCES,
};

export interface MountLog {
  warn(fields: object, message: string): void;
}

export function registryMountSource(registry: ExportRegistry<NfsRuntime>, log: MountLog): MountSource {
  return {
    resolve: async (path, ctx): Promise<MountTarget> => {
      const found = await registry.resolveMount(path, { address: ctx.remoteAddress, port: ctx.remotePort });
      if (!found.ok) {
        if (statusOfCode[found.code] === undefined) log.warn({ path, reason: found.message }, 'MNT failed');
        return { ok: false, status: statusOfCode[found.code] ?? mountstat3.MNT3ERR_SERVERFAULT };
      }
      const { entry, subpath } = found.value;
      const decision = entry.access.decide(ctx.remoteAddress, ctx.remotePort);
      if (!decision.allowed) return { ok: false, status: mountstat3.MNT3ERR_ACCES };
      if (!decision.secureOk) return { ok: false, reject: TOO_WEAK };
      // Being reset: the client retries the mount (mount.nfs retries SERVERFAULT-like failures).
      if (entry.state !== 'active') return { ok: false, status: mountstat3.MNT3ERR_SERVERFAULT };
      let rt: NfsRuntime;
      try {
        rt = await registry.runtime(entry);
      } catch (err) {
        log.warn({ path, err: (err as Error).message }, 'MNT: cannot open export');
        return { ok: false, status: mountstat3.MNT3ERR_SERVERFAULT };
      }
      return { ok: true, nfs: rt.nfs, below: subpath === '' ? [] : subpath.split('/') };
    },
    list: (ctx) =>
      exportList(registry.list(), ctx.remoteAddress, ctx.remotePort).map((e) => ({
        ex_dir: e.path,
        ex_groups: e.groups.map((gr_name) => ({ gr_name })),
      })),
  };
}

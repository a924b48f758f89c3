// What NLM locks: a file handle names an export and an object in it. Lock keys combine
// both, so two exports sharing a lower (one VM image, private uppers) never see each
// other's locks on "the same" file. Access follows the export's client list and
// secure-port policy; `locks: off` answers NLM4_DENIED_NOLOCKS.
import type { ExportRegistry } from '../exports/index.js';
import { peekExportId } from '../handles/index.js';
import type { NlmFiles } from '../nlm/index.js';
import type { NfsRuntime } from '../nfs/index.js';

export function registryLockFiles(registry: ExportRegistry<NfsRuntime>): NlmFiles {
  return {
    resolve: async (fh) => {
      const exportId = peekExportId(fh);
      const entry = exportId === undefined ? undefined : registry.byId(exportId);
      if (entry === undefined || entry.state !== 'active') return undefined;
      const decoded = (await registry.runtime(entry)).nfs.handles.decode(fh);
      return 'error' in decoded ? undefined : (BigInt(entry.id) << 64n) | decoded.id;
    },
    access: (_fileId, fh, ctx) => {
      const exportId = peekExportId(fh);
      const entry = exportId === undefined ? undefined : registry.byId(exportId);
      if (entry === undefined) return 'denied';
      const decision = entry.access.decide(ctx.remoteAddress, ctx.remotePort);
      if (!decision.allowed || !decision.secureOk) return 'denied';
      return entry.config.locks ? 'ok' : 'nolocks';
    },
  };
}

// What every NLM procedure handler works with.

import type { ClientCallbacks, GrantTarget } from './callbacks.js';
import type { NlmFiles } from './files.js';
import type { LockManager } from './lock-manager.js';

export interface NlmService {
  manager: LockManager<GrantTarget>;
  files: NlmFiles;
  locksEnabled: boolean;
  callbacks: ClientCallbacks;
}

// Self-tests of the differential harness (see helpers/harness-self.ts), in a mount namespace of
// their own like the differential runs.
import { inOwnMountNamespace } from './helpers/own-mount-namespace.js';

if (await inOwnMountNamespace()) await import('./helpers/harness-self.js');

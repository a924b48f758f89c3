// Differential test against kernel overlayfs, seeds 76..100 × 300 operations (see helpers/suite.ts).
import { inOwnMountNamespace } from './helpers/own-mount-namespace.js';

if (await inOwnMountNamespace()) (await import('./helpers/suite.js')).differentialSuite(76, 25);

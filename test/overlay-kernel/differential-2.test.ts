// Differential test against kernel overlayfs, seeds 26..50 × 300 operations (see helpers/suite.ts).
import { inOwnMountNamespace } from './helpers/own-mount-namespace.js';

if (await inOwnMountNamespace()) (await import('./helpers/suite.js')).differentialSuite(26, 25);

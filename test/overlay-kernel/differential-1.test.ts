// Differential test against kernel overlayfs, seeds 1..25 × 300 operations (see helpers/suite.ts).
import { inOwnMountNamespace } from './helpers/own-mount-namespace.js';

if (await inOwnMountNamespace()) (await import('./helpers/suite.js')).differentialSuite(1, 25);

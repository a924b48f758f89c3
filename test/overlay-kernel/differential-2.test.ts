// Differential test against kernel overlayfs, seeds 26..50 × 300 operations (see helpers/suite.ts).
import { differentialSuite } from './helpers/suite.js';

differentialSuite(26, 25);

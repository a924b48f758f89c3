// Differential test against kernel overlayfs, seeds 76..100 × 300 operations (see helpers/suite.ts).
import { differentialSuite } from './helpers/suite.js';

differentialSuite(76, 25);

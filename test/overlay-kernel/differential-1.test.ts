// Differential test against kernel overlayfs, seeds 1..25 × 300 operations (see helpers/suite.ts).
import { differentialSuite } from './helpers/suite.js';

differentialSuite(1, 25);

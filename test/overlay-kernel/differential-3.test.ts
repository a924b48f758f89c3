// Differential test against kernel overlayfs, seeds 51..75 × 300 operations (see helpers/suite.ts).
import { differentialSuite } from './helpers/suite.js';

differentialSuite(51, 25);

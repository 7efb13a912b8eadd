/** Where the tests write what they build (ignored by git). */
import path from 'node:path';
import {ROOT} from '../../tools/quality/build-site';

export {buildSite, ROOT} from '../../tools/quality/build-site';
export const TEST_OUTPUT = path.join(ROOT, 'tests/.output');

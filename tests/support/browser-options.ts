/** How the tests start Debian's Chromium (never a downloaded browser). */
export {chromiumPath} from '../../tools/quality/chromium';

/** The machine has no network: background services would only fail noisily. */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

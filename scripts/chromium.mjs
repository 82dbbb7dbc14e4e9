/** Debian's Chromium, and the flags that work on a closed network (TOOLCHAIN.md). */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium floods the closed network.
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

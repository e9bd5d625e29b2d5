// One small driver interface over three automation protocols, so one list of
// scenarios runs in every engine (issue 17):
//   chromium  Debian's Chromium over CDP (puppeteer-core), headless
//   firefox   Debian's Firefox ESR over WebDriver BiDi (puppeteer-core), in a real window
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (selenium-webdriver), in a real window
// Firefox and WebKit need a display for WebGL: run.mjs starts them under xvfb-run.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER_CANDIDATES = [
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
].filter(Boolean);

/** What each engine needs on disk; a missing one is a clear failure, not a hang. */
export function missingFor(engine) {
  if (engine === 'chromium') return fs.existsSync(CHROMIUM) ? null : `${CHROMIUM} (apt-get install chromium)`;
  if (engine === 'firefox') return fs.existsSync(FIREFOX) ? null : `${FIREFOX} (apt-get install firefox-esr)`;
  if (engine === 'webkit') {
    if (!fs.existsSync(WEBKIT_DRIVER)) return `${WEBKIT_DRIVER} (apt-get install webkit2gtk-driver)`;
    if (!miniBrowser()) return 'WebKitGTK MiniBrowser (apt-get install webkit2gtk-driver)';
    return null;
  }
  return `unknown engine ${engine}`;
}
const miniBrowser = () => MINIBROWSER_CANDIDATES.find((p) => fs.existsSync(p));

const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowDown: '\uE015', Enter: '\uE007', Home: '\uE011', End: '\uE010' };

/** A function's source and its argument, run in the page; the function may be async. */
const callSource = (fn) => `return (${fn.toString()}).apply(null, arguments)`;

async function puppeteerDriver(engine, { width, height }) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch(engine === 'chromium'
    ? {
      browser: 'chrome', executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', `--window-size=${width},${height}`],
      protocolTimeout: 120_000, defaultViewport: null,
    }
    : {
      browser: 'firefox', executablePath: FIREFOX, headless: false, protocolTimeout: 120_000,
      // Firefox ESR 140's BiDi has no screen-orientation override, which puppeteer's setViewport sends: size the window instead.
      defaultViewport: null, args: [`--width=${width}`, `--height=${height}`],
      // Keep Firefox off the network: no updates, telemetry, safe-browsing lists or captive-portal checks.
      extraPrefsFirefox: {
        'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false, 'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false, 'toolkit.telemetry.enabled': false, 'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false, 'browser.shell.checkDefaultBrowser': false,
      },
    });
  const page = (await browser.pages())[0] ?? await browser.newPage();
  if (engine === 'chromium') await page.setViewport({ width, height });
  const version = await browser.version();
  return {
    engine, version,
    async open(url) { await page.goto(url, { waitUntil: 'load', timeout: 60_000 }); },
    async run(fn, arg = null) { return page.evaluate(fn, arg); },
    async click(selector) { await page.click(selector); },
    async press(selector, key) {
      if (selector) await page.focus(selector);
      await page.keyboard.press(key);
    },
    async screenshot() { return Buffer.from(await page.screenshot({ type: 'png' })); },
    async close() { await browser.close(); },
  };
}

const freePort = () => new Promise((resolve, reject) => {
  const srv = net.createServer();
  srv.once('error', reject);
  srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
});

async function waitForPort(port, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${ms} ms`);
}

async function webkitDriver({ width, height }) {
  const { Builder, By, Key } = await import('selenium-webdriver');
  const port = await freePort();
  const proc = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-2000); });
  try {
    await waitForPort(port, 20_000);
  } catch (e) { proc.kill(); throw new Error(`${e.message}\n${stderr}`); }
  // --automation, never --headless: a headless MiniBrowser hangs the session (TOOLCHAIN.md).
  const caps = { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } };
  const driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(caps).build();
  await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  try { await driver.manage().window().setRect({ width, height }); } catch { /* some WebKitGTK builds size the window only through the page */ }
  const version = (await driver.getCapabilities()).get('browserVersion') ?? '?';
  const seleniumKey = (key) => Key[{ ArrowRight: 'ARROW_RIGHT', ArrowLeft: 'ARROW_LEFT', ArrowUp: 'ARROW_UP', ArrowDown: 'ARROW_DOWN', Enter: 'ENTER', Home: 'HOME', End: 'END' }[key]] ?? KEYS[key] ?? key;
  return {
    engine: 'webkit', version,
    async open(url) { await driver.get(url); },
    async run(fn, arg = null) { return driver.executeScript(callSource(fn), arg); },
    async click(selector) { await driver.findElement(By.css(selector)).click(); },
    async press(selector, key) {
      if (selector) { await driver.findElement(By.css(selector)).sendKeys(seleniumKey(key)); return; }
      await driver.actions().sendKeys(seleniumKey(key)).perform();
    },
    async screenshot() { return Buffer.from(await driver.takeScreenshot(), 'base64'); },
    async close() {
      try { await driver.quit(); } finally { proc.kill(); }
    },
  };
}

/** Starts the engine and opens one window of this size. */
export async function startDriver(engine, size = { width: 1280, height: 800 }) {
  if (engine === 'webkit') return webkitDriver(size);
  return puppeteerDriver(engine, size);
}

'use strict';
// The Puppeteer peer of io.cdpkit.bench.CdpBench: the same workloads C1..C6, the same flags and
// the same output lines (impl=puppeteer). Raw CDP calls go through a CDPSession on the page,
// Puppeteer's public way to send protocol commands; C5 uses puppeteer.launch and page.screenshot.
//
//   NODE_PATH=<folder with puppeteer-core> node cdp-bench.cjs --impl puppeteer --workload C1..C6 \
//       --browser-ws ws://127.0.0.1:P/devtools/browser/ID --page-url http://127.0.0.1:P/page.html \
//       --seconds S --out DIR [--chromium PATH]

const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const FLAGS = new Set(['impl', 'workload', 'browser-ws', 'page-url', 'seconds', 'out', 'chromium']);
const SETUP_TIMEOUT_MS = 30000;
const WIDTH = 1280;
const HEIGHT = 720;
// The Chromium flags of this project (DESIGN.md); launch() adds a fresh profile itself.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

class BenchmarkError extends Error {}

function parseFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!argv[i].startsWith('--') || !FLAGS.has(name)) {
      throw new BenchmarkError(`Unknown argument ${argv[i]}`);
    }
    if (i + 1 >= argv.length) {
      throw new BenchmarkError(`Flag ${argv[i]} needs a value`);
    }
    flags[name] = argv[i + 1];
  }
  for (const required of ['workload', 'page-url']) {
    if (!flags[required]) {
      throw new BenchmarkError(`Missing flag --${required}`);
    }
  }
  return flags;
}

/** Plain decimal with at most three decimals and no trailing zeros, like Measurement.format. */
function format(value) {
  return String(Number(value.toFixed(3)));
}

function sanitize(text) {
  return String(text || 'unknown').trim().replace(/\s+/g, '_') || 'unknown';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

async function repeatMedian(warmups, times, operation) {
  for (let i = 0; i < warmups; i++) {
    await operation();
  }
  const millis = [];
  for (let i = 0; i < times; i++) {
    const start = nowMs();
    await operation();
    millis.push(nowMs() - start);
  }
  return median(millis);
}

function requirePngSize(png, width, height) {
  const signature = png.length >= 24 && png.readUInt32BE(0) === 0x89504e47 && png.readUInt32BE(12) === 0x49484452;
  if (!signature) {
    throw new BenchmarkError('Screenshot does not start with a PNG signature and header');
  }
  const w = png.readUInt32BE(16);
  const h = png.readUInt32BE(20);
  if (w !== width || h !== height) {
    throw new BenchmarkError(`Screenshot is ${w}x${h}, expected ${width}x${height}`);
  }
}

async function evaluateTwo(client) {
  const reply = await client.send('Runtime.evaluate', { expression: '1+1' });
  if (reply.result.value !== 2) {
    throw new BenchmarkError(`1+1 evaluated to ${JSON.stringify(reply.result)}`);
  }
}

async function evaluateFor(client, millis) {
  const end = nowMs() + millis;
  let count = 0;
  do {
    await evaluateTwo(client);
    count++;
  } while (nowMs() < end);
  return count;
}

const WORKLOADS = {
  async C1(client, flags) {
    await evaluateFor(client, 1000);
    const start = nowMs();
    const count = await evaluateFor(client, Number(flags.seconds || 10) * 1000);
    return [['C1', count / ((nowMs() - start) / 1000), 'ops/s']];
  },

  async C2(client) {
    const batch = () => Promise.all(Array.from({ length: 1000 }, () => evaluateTwo(client)));
    return [['C2', await repeatMedian(1, 5, batch), 'ms']];
  },

  async C3(client) {
    await client.send('Emulation.setDeviceMetricsOverride', { width: WIDTH, height: HEIGHT, deviceScaleFactor: 1, mobile: false });
    const shot = async () => {
      const reply = await client.send('Page.captureScreenshot', { format: 'png' });
      requirePngSize(Buffer.from(reply.data, 'base64'), WIDTH, HEIGHT);
    };
    return [['C3', await repeatMedian(3, 30, shot), 'ms']];
  },

  async C4(client) {
    const length = 20 * 1024 * 1024;
    const start = nowMs();
    const reply = await client.send('Runtime.evaluate', { expression: `'x'.repeat(${length})`, returnByValue: true });
    const millis = nowMs() - start;
    if (reply.result.value.length !== length) {
      throw new BenchmarkError(`The string came back with ${reply.result.value.length} chars, expected ${length}`);
    }
    return [['C4', millis, 'ms']];
  },

  async C6(client) {
    const count = 100000;
    let received = 0;
    let started = false;
    let outOfOrder = null;
    let lastArrival = 0;
    client.on('Runtime.consoleAPICalled', (event) => {
      const message = event.args[0] && event.args[0].value;
      if (!started && message !== 'm0') {
        return; // a message replayed from before this run
      }
      started = true;
      if (outOfOrder === null && message !== `m${received}`) {
        outOfOrder = `event ${received} was ${message}`;
      }
      received++;
      lastArrival = nowMs();
    });
    await client.send('Runtime.enable');
    const start = nowMs();
    // The reply to the loop comes after all its events; under load that may be after the
    // protocol timeout, so only the events count, not the reply.
    client.send('Runtime.evaluate', { expression: `for (let i = 0; i < ${count}; i++) console.log('m' + i)` })
      .catch(() => {});
    let seen = -1;
    let quietSince = nowMs();
    while (received < count && nowMs() - quietSince < 15000) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (received !== seen) {
        seen = received;
        quietSince = nowMs();
      }
    }
    if (outOfOrder !== null) {
      throw new BenchmarkError(`Console events out of order: ${outOfOrder}`);
    }
    if (received === 0) {
      throw new BenchmarkError('No console event arrived within 15 s');
    }
    return [['C6', received / ((lastArrival - start) / 1000), 'events/s'], ['C6-received', received, 'events']];
  },
};

/** C5: cold start from BENCH_T0_MS to the PNG written, with puppeteer.launch. */
async function coldStart(flags) {
  const t0 = Number(process.env.BENCH_T0_MS);
  if (!flags.chromium || !t0) {
    throw new BenchmarkError('C5 needs --chromium PATH and the environment variable BENCH_T0_MS');
  }
  const out = flags.out || 'benchmarks/target/cdp-out';
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `c5-${process.pid}.png`);
  const browser = await puppeteer.launch({
    executablePath: flags.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: { width: WIDTH, height: HEIGHT },
  });
  try {
    const [page] = await browser.pages();
    await page.goto(flags['page-url'], { waitUntil: 'load', timeout: SETUP_TIMEOUT_MS });
    await page.screenshot({ path: file, type: 'png' });
    const elapsed = Date.now() - t0;
    requirePngSize(fs.readFileSync(file), WIDTH, HEIGHT);
    return [['C5', elapsed, 'ms']];
  } finally {
    await browser.close();
  }
}

/** C1..C4, C6: attach to the first page of the running browser, load the page, run on a CDPSession. */
async function onOpenPage(flags, workload) {
  if (!flags['browser-ws']) {
    throw new BenchmarkError('Missing flag --browser-ws');
  }
  const browser = await puppeteer.connect({ browserWSEndpoint: flags['browser-ws'], defaultViewport: null, protocolTimeout: SETUP_TIMEOUT_MS });
  try {
    const [page] = await browser.pages();
    if (!page) {
      throw new BenchmarkError('The browser has no page target');
    }
    await page.goto(flags['page-url'], { waitUntil: 'load', timeout: SETUP_TIMEOUT_MS });
    const client = await page.createCDPSession();
    try {
      return await workload(client, flags);
    } finally {
      await client.detach();
    }
  } finally {
    await browser.disconnect();
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const peek = (name) => { const i = argv.indexOf(`--${name}`); return i >= 0 && i + 1 < argv.length ? argv[i + 1] : 'unknown'; };
  const workloadId = sanitize(peek('workload'));
  const watchdog = setTimeout(() => {
    console.log(`FAIL impl=puppeteer workload=${workloadId} reason=no_result_within_budget`);
    process.exit(1);
  }, (Number(peek('seconds')) || 10) * 2000 + 240000);
  try {
    const flags = parseFlags(argv);
    const id = flags.workload.toUpperCase();
    if (id !== 'C5' && !WORKLOADS[id]) {
      throw new BenchmarkError(`Unknown workload ${flags.workload}; expected C1, C2, C3, C4, C5 or C6`);
    }
    const results = id === 'C5' ? await coldStart(flags) : await onOpenPage(flags, WORKLOADS[id]);
    for (const [workload, value, unit] of results) {
      console.log(`RESULT impl=puppeteer workload=${workload} value=${format(value)} unit=${unit}`);
    }
    clearTimeout(watchdog);
    process.exit(0);
  } catch (error) {
    console.log(`FAIL impl=puppeteer workload=${workloadId} reason=${sanitize(`${error.name}:${error.message}`)}`);
    if (!(error instanceof BenchmarkError)) {
      console.error(error);
    }
    process.exit(1);
  }
}

main();

import { chromium } from 'playwright-core';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
for (let run = 0; run < 2; run++) {
const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await context.newPage();
if (process.env.FONT) await page.route('**/*.css', async (route) => { const r = await route.fetch(); let body = await r.text(); body = body.replace(/--font:[^;]*;/, '--font:' + process.env.FONT + ';'); await route.fulfill({ response: r, body }); });
await browser.startTracing(page, { categories: ['devtools.timeline','disabled-by-default-devtools.timeline','loading','blink.user_timing','toplevel'] });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(800);
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const parse = events.find(e => e.name === 'ParseHTML' && e.args?.beginData?.url?.includes('127.0.0.1'));
const nav = events.find(e => e.name === 'navigationStart' && e.pid === parse.pid) ?? parse;
const t0 = nav.ts;
const pid = parse.pid; const tid = parse.tid;
const mine = new Set(events.filter(e => e.name === 'ResourceSendRequest' && e.args.data.url.includes('127.0.0.1')).map(e => e.args.data.requestId));
const rel = (ts) => ((ts - t0) / 1000).toFixed(1);
const out = [];
for (const e of events) {
  if ((e.name === 'ResourceFinish') && mine.has(e.args?.data?.requestId)) { out.push([e.ts, `${e.name} ${e.args?.data?.requestId}`]); }
  if (e.name === 'ResourceSendRequest' && mine.has(e.args.data.requestId)) out.push([e.ts, `send ${e.args.data.requestId} ${e.args.data.url.slice(-45)}`]);
  if (e.pid !== pid || e.tid !== tid) continue;
  if (e.ph === 'X' && e.dur > 300 && ['RunTask','ParseHTML','EvaluateScript','Layout','UpdateLayoutTree','Paint','PrePaint','Commit','FunctionCall','v8.compile','ScheduleStyleRecalculation','HitTest','ParseAuthorStyleSheet','TimerFire','EventDispatch','v8.evaluateModule','FireAnimationFrame','BeginMainThreadFrame','UpdateLayerTree'].includes(e.name)) {
    out.push([e.ts, `${e.name} ${(e.dur/1000).toFixed(1)}ms ${e.args?.data?.url?.slice(-40) ?? e.args?.beginData?.url?.slice(-30) ?? ''}`]);
  }
  if (e.pid !== pid) continue;
  if (['firstPaint','firstContentfulPaint','largestContentfulPaint::Candidate','MarkDOMContent','MarkLoad','FrameCommittedInBrowser'].includes(e.name)) out.push([e.ts, `*** ${e.name}`]);
}
out.sort((a,b)=>a[0]-b[0]);
console.log('---- run', run);
for (const [ts, s] of out) if ((ts - t0) < 400000) console.log(rel(ts), s);
await context.close();
}
await browser.close();

// The report in a real browser (Debian's chromium, driven by playwright-core):
// the bundled article's page, a hostile article's page, and the render time of
// a generated 1,000-entry chronology. Run by .ci/browser; by hand:
//   CLAIMKIT_BIN=target/release/claimkit node --test tests/browser/report.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = resolve(root, process.env.CLAIMKIT_BIN ?? "target/release/claimkit");
const primary = "fixtures/comparative-connections-japan-korea-2020-05-08.txt";
const work = mkdtempSync(join(tmpdir(), "claimkit-browser-"));
let browser;

/** Runs claimkit with `args` from the repository's top; returns its output and time. */
function claimkit(args, expected = [0]) {
  const started = process.hrtime.bigint();
  const out = spawnSync(bin, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assert.ok(expected.includes(out.status), `claimkit ${args.join(" ")} exited ${out.status}: ${out.stderr}`);
  return { stdout: out.stdout, ms };
}

/** Writes the report of `file` and returns its path and how long claimkit took. */
function report(file, name) {
  const html = join(work, name);
  const { ms } = claimkit(["report", file, "-o", html]);
  return { html, ms };
}

/**
 * Opens `html` in a new page that records what must never happen: a dialog,
 * an uncaught error, an error on the console (chromium reports each CSP
 * violation there), a securitypolicyviolation event.
 */
async function open(html, options = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) problems.push(`request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const started = Date.now();
  await page.goto(pathToFileURL(html).href, { waitUntil: "load" });
  const loadMs = Date.now() - started;
  return { page, problems, loadMs };
}

/** Fails with everything that went wrong on the page. */
async function assertClean(page, problems) {
  const violations = await page.evaluate(() => window.__violations);
  assert.deepEqual([...problems, ...violations], [], "the page raised problems");
}

const activeId = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    // Root in CI and containers: chromium's sandbox needs user namespaces.
    args: ["--no-sandbox"],
  });
});

after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

test("bundled article: findings, timeline, click to line, keyboard, filters", async () => {
  const { html } = report(primary, "primary.html");
  const json = JSON.parse(claimkit(["check", "--format", "json", primary], [1]).stdout);
  const expected = json.diagnostics.length;
  const { page, problems } = await open(html);

  // The finding count is check's.
  assert.equal(await page.locator(".pin").count(), expected);
  assert.equal(await page.locator("#findings li[data-finding]").count(), expected);
  assert.equal(await page.locator("#finding-count").textContent(), String(expected));

  // The out-of-order July 16-17 entry is marked on the timeline.
  const outOfOrder = page.locator("svg a.entry.out-of-order");
  assert.equal(await outOfOrder.count(), 1);
  assert.match(await outOfOrder.getAttribute("aria-label"), /^July 16-17, 2020, line 122: ⟲ out of order/);
  assert.match(await outOfOrder.locator("text.note").textContent(), /out of order/);
  // It jumps back: its mark stands right of the entries before and after it.
  const x = async (i) => Number(await page.locator(`svg a.entry[data-entry="${i}"] rect.mark`).getAttribute("x"));
  const at = Number(await outOfOrder.getAttribute("data-entry"));
  assert.ok((await x(at)) > (await x(at - 1)) && (await x(at)) > (await x(at + 1)), "the out-of-order entry does not stand apart");

  // Clicking it scrolls to line 122.
  await outOfOrder.locator("rect.mark").click();
  await page.waitForFunction(() => location.hash === "#f0-L122");
  const line = page.locator("#f0-L122");
  assert.ok(await line.evaluate((el) => el.matches(":target")));
  const box = await line.boundingBox();
  assert.ok(box.y >= 0 && box.y < 900, `line 122 is not in view (y=${box.y})`);
  assert.match(await line.textContent(), /July 16-17, 2020: Japan and South Korea/);

  // Keyboard: j and k, and the arrow keys on a finding, move from finding to finding.
  const ids = json.diagnostics.map((_, i) => `f0-d${i}`);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  assert.equal(await activeId(page), ids[0]);
  await page.keyboard.press("j");
  assert.equal(await activeId(page), ids[1]);
  await page.keyboard.press("ArrowDown");
  assert.equal(await activeId(page), ids[2]);
  await page.keyboard.press("k");
  assert.equal(await activeId(page), ids[1]);
  assert.ok(await page.locator(`#${ids[1]} .tip`).isVisible(), "the focused finding shows its explanation");
  assert.match(await page.locator("#nav-status").textContent(), /^Finding 2 of 37/);
  const focused = await page.locator(`#${ids[1]}`).boundingBox();
  assert.ok(focused.y >= 0 && focused.y < 900, "the focused finding is scrolled into view");

  // Filters: hiding the link rule hides its findings, and navigation skips them.
  await page.locator('input[data-filter-rule="link/placeholder"]').uncheck();
  const links = json.diagnostics.filter((d) => d.rule === "link/placeholder").length;
  assert.equal(await page.locator("#finding-count").textContent(), `${expected - links} of ${expected}`);
  assert.equal(await page.locator(".pin.filtered").count(), links);
  await page.keyboard.press("j");
  const next = json.diagnostics.findIndex((d, i) => i > 1 && d.rule !== "link/placeholder");
  assert.equal(await activeId(page), ids[next]);
  await page.locator('input[data-filter-severity="warning"]').uncheck();
  const notWarnings = json.diagnostics.filter((d) => d.severity !== "warning").length;
  assert.equal(await page.locator("#finding-count").textContent(), `${notWarnings} of ${expected}`);

  // Print: findings and timeline stay, controls and tooltips go.
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.locator(".timeline-svg").first().isVisible());
  assert.ok(await page.locator("#findings").isVisible());
  assert.ok(!(await page.locator(".filters").isVisible()));
  await page.emulateMedia({ media: "screen" });
  await assertClean(page, problems);
  await page.close();

  // The README's screenshot: a fresh page, one finding focused.
  const shot = await open(html);
  await shot.page.keyboard.press("j");
  await shot.page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(join(root, "docs"), { recursive: true });
  await shot.page.screenshot({ path: join(root, "docs/report.png") });
  await shot.page.close();
});

test("bundled article at 200% zoom: one column, no sideways scrolling", async () => {
  const { html } = report(primary, "primary-zoom.html");
  // A 1280x900 window at 200% zoom lays out as 640x450 CSS pixels.
  const { page, problems } = await open(html, { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= width, `the page scrolls sideways: ${scroll} > ${width}`);
  const sidebar = await page.locator("#findings").boundingBox();
  const main = await page.locator("main").boundingBox();
  assert.ok(main.y >= sidebar.y + sidebar.height - 1, "the findings stand above the text");
  const size = await page.locator(".tx").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 14, `text too small: ${size}px`);
  await assertClean(page, problems);
  await page.close();
});

/** An article made to break out of every context the page puts its text in. */
const HOSTILE_BITS = [
  "<script>window.pwned=1;alert(1)</script>",
  '<img src=x onerror="window.pwned=2;alert(2)">',
  "</style><style>body{display:none}</style>",
  "]]><![CDATA[",
  "[click me](javascript:window.pwned=3)",
  '"><svg onload=window.pwned=4>',
  "'; window.pwned=5; '",
  "</script><script>window.pwned=6</script>",
  "\u2028\u2029",
];

function hostileArticle() {
  const all = HOSTILE_BITS.join(" ");
  return [
    `# The "hostile" <b>article</b> '${HOSTILE_BITS[0]}'`,
    "",
    `The minister said, “${HOSTILE_BITS[0]} is what we ${HOSTILE_BITS[1]} said, "straight" and 'single' and “curly” inside,” and he meant it. See [the source](javascript:window.pwned=7) and ${all}.`,
    "",
    `"Quotation marks in every position" ' " “ ” ‘ ’ "" ''`,
    "",
    `CHRONOLOGY OF ${HOSTILE_BITS[5]} RELATIONS`,
    "",
    "MAY – JULY 2020",
    "",
    `May 1, 2020: ${HOSTILE_BITS[0]} The spokesman says, “${HOSTILE_BITS[7]} and ${HOSTILE_BITS[1]}” to reporters.`,
    "",
    `May 12 2020: ${HOSTILE_BITS[2]} ${HOSTILE_BITS[3]} ${HOSTILE_BITS[4]}`,
    "",
    `June 3, 2020: A “${HOSTILE_BITS[6]}” quote with "straight ${HOSTILE_BITS[5]}" marks`,
    "",
    `May 20, 2020: ${all}`,
    "",
    `July 2, 2020: Talks ” end “ with ' stray " marks ${HOSTILE_BITS[1]}`,
    "",
  ].join("\n");
}

test("hostile article: nothing runs and the text appears as written", async () => {
  const source = join(work, "hostile.txt");
  writeFileSync(source, hostileArticle());
  const { html } = report(source, "hostile.html");
  const { page, problems } = await open(html);
  // Look at every finding (tooltips render the text too) and hover over the timeline.
  const pins = await page.locator(".pin").count();
  assert.ok(pins > 0, "the hostile article has findings");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < pins; i += 1) await page.keyboard.press("j");
  await page.locator("svg a.entry").first().hover();
  await page.locator(".text mark").first().hover();

  assert.equal(await page.evaluate(() => window.pwned), undefined, "hostile script ran");
  assert.equal(await page.locator("img, iframe, object, embed, main script, main style, main b").count(), 0);
  assert.equal(await page.locator("script").count(), 2);
  assert.equal(await page.locator("style").count(), 1);
  assert.ok(await page.locator("body").isVisible());
  const hrefs = await page.evaluate(() => [...document.querySelectorAll("[href]")].map((a) => a.getAttribute("href")));
  assert.ok(hrefs.every((h) => h.startsWith("#")), `a link leaves the page: ${hrefs.filter((h) => !h.startsWith("#"))}`);

  // The text reads as written: in the text, the timeline's SVG text and the quotations table.
  const text = await page.locator(".text").textContent();
  for (const bit of HOSTILE_BITS) assert.ok(text.includes(bit), `not shown as written in the text: ${bit}`);
  assert.ok(text.includes("[the source](javascript:window.pwned=7)"));
  const svgText = await page.locator("svg.timeline-svg").first().textContent();
  assert.ok(svgText.includes(HOSTILE_BITS[0]), "the timeline does not show the entry's text as written");
  const table = await page.locator(".quotations table").textContent();
  assert.ok(table.includes(HOSTILE_BITS[7]), "the quotation is not shown as written");
  assert.equal(await page.locator("title").first().textContent(), `claimkit report: ${source}`);
  await assertClean(page, problems);
  await page.close();
});

test("generated 1,000-entry chronology: render time (logged, not asserted)", async () => {
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  const lines = ["# A long chronology", "", "CHRONOLOGY OF GENERATED EVENTS", "", "JANUARY 2017 – DECEMBER 2020", ""];
  const start = Date.UTC(2017, 0, 1);
  for (let i = 0; i < 1000; i += 1) {
    // About a day and a half apart; every 97th entry 40 days back (out of
    // order), every 50th a range of three days.
    const back = i % 97 === 96 ? 40 : 0;
    const day = new Date(start + (Math.round(i * 1.4) - back) * 86400000);
    const [m, d, y] = [months[day.getUTCMonth()], day.getUTCDate(), day.getUTCFullYear()];
    const date = i % 50 === 49 && d <= 26 ? `${m} ${d}-${d + 2}, ${y}` : `${m} ${d}, ${y}`;
    lines.push(`${date}: Event ${i} happens; the official says, “We take note of event ${i} today.”`, "");
  }
  const source = join(work, "long.txt");
  writeFileSync(source, lines.join("\n"));
  const { html, ms: claimkitMs } = report(source, "long.html");
  const { page, problems, loadMs } = await open(html);
  const entries = await page.locator("svg a.entry").count();
  const paint = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return { domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd) };
  });
  const findings = await page.locator(".pin").count();
  console.log(
    `1,000-entry chronology: ${entries} entries on the timeline, ${findings} findings, ` +
      `${Math.round(statSync(html).size / 1024)} KiB page; claimkit report ${claimkitMs.toFixed(0)} ms; browser: DOMContentLoaded ${paint.domContentLoaded} ms, ` +
      `load ${paint.load} ms (goto to load ${loadMs} ms)`,
  );
  assert.equal(entries, 1000);
  await assertClean(page, problems);
  await page.close();
});

// Browser test of the Liaison web UI: a real `liaison` node, headless Debian
// Chromium, driven by Playwright. Screenshots go to target/screenshots/.
//
// Run through scripts/test (which builds the binary and installs Chromium),
// or by hand: LIAISON_BIN=target/debug/liaison node --test ui.test.mjs
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import net from "node:net";
import { chromium } from "playwright-core";

const root = resolve(import.meta.dirname, "..", "..");
const bin = process.env.LIAISON_BIN || join(root, "target", "debug", "liaison");
const shots = join(root, "target", "screenshots");
const ADMIN_PASSWORD = "browser-test-admin-pw";

let node, browser, base, work;

async function freePort() {
  return new Promise((ok) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitHealthy(url, ms = 20000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url + "/healthz");
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("node did not become healthy at " + url);
}

// RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as an authenticator app computes it.
function totp(base32, offsetSteps = 0) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/[\s=]/g, "").toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Math.floor(Date.now() / 1000 / 30) + offsetSteps;
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const h = createHmac("sha1", key).update(msg).digest();
  const o = h[h.length - 1] & 0xf;
  const n = ((h[o] & 0x7f) << 24) | (h[o + 1] << 16) | (h[o + 2] << 8) | h[o + 3];
  return String(n % 1e6).padStart(6, "0");
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  work = mkdtempSync(join(tmpdir(), "liaison-browser-"));
  const pwFile = join(work, "admin.pw");
  writeFileSync(pwFile, ADMIN_PASSWORD + "\n");
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  execFileSync(bin, ["init", "--data-dir", join(work, "node"), "--name", "fr-dcpj", "--country", "FR",
    "--admin-password-file", pwFile], { stdio: "inherit" });
  for (const [user, role] of [["o.weber", "officer"], ["d.schmidt", "dpo"]]) {
    execFileSync(bin, ["user", "add", "--data-dir", join(work, "node"), "--username", user, "--role", role,
      "--password-file", pwFile], { stdio: "inherit" });
  }
  node = spawn(bin, ["serve", "--data-dir", join(work, "node"), "--listen", `127.0.0.1:${port}`],
    { stdio: ["ignore", "inherit", "inherit"] });
  await waitHealthy(base);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  node?.kill("SIGTERM");
  if (work) rmSync(work, { recursive: true, force: true });
});

test("admin signs in, enrols TOTP, switches to Arabic, creates a user; CSRF is enforced", async () => {
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const violations = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });

  // 1. Sign in: the node requires a second factor, so enrolment follows.
  await page.goto(base + "/login");
  await page.screenshot({ path: join(shots, "01-login.png") });
  await page.fill("#username", "admin");
  await page.fill("#password", ADMIN_PASSWORD);
  await page.click("button[type=submit].primary");
  await page.waitForURL(base + "/login/enrol");
  const secret = (await page.textContent("#totp-secret")).trim();
  assert.match(secret, /^[A-Z2-7 ]{16,}$/);
  assert.equal(await page.locator("figure.qr img").evaluate((img) => img.naturalWidth > 0), true, "QR code rendered");
  await page.screenshot({ path: join(shots, "02-enrol-totp.png") });

  // 2. Enrol with a code computed like an authenticator app does.
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit].primary");
  await page.waitForSelector("#recovery-codes");
  assert.equal(await page.locator("#recovery-codes li").count(), 10);
  await page.screenshot({ path: join(shots, "03-recovery-codes.png") });
  await page.click("a.button.primary");
  await page.waitForURL(base + "/");
  assert.match(await page.textContent("h1"), /Welcome/);
  await page.screenshot({ path: join(shots, "04-dashboard.png"), fullPage: true });

  // 3. Switch to Arabic from the footer: the page turns right-to-left.
  await page.selectOption("#language-select", "ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await page.screenshot({ path: join(shots, "05-dashboard-arabic.png"), fullPage: true });
  await page.selectOption("#language-select", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");

  // 4. Create a user as admin.
  await page.goto(base + "/admin/users");
  await page.fill("#new-username", "marie.curie");
  await page.fill("#new-display", "Marie Curie");
  await page.selectOption("#new-role", "prosecutor");
  await page.fill("#new-password", "initial-password-42");
  await page.click("#create-user button[type=submit]");
  await page.waitForSelector(".notice.ok");
  assert.match(await page.textContent("#users-table"), /marie\.curie/);
  await page.screenshot({ path: join(shots, "06-users.png"), fullPage: true });

  // 5. A form posted without its CSRF token is rejected and changes nothing.
  await page.goto(base + "/admin/units");
  await page.fill("#unit-code", "forged");
  await page.fill("#unit-name", "Forged unit");
  await page.evaluate(() => document.querySelector('form[action="/admin/units"] input[name=csrf]').remove());
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url() === base + "/admin/units" && r.request().method() === "POST"),
    page.click('form[action="/admin/units"] button[type=submit]'),
  ]);
  assert.equal(response.status(), 403);
  assert.match(await page.textContent("main"), /security check failed/);
  await page.screenshot({ path: join(shots, "07-csrf-rejected.png") });
  await page.goto(base + "/admin/units");
  assert.doesNotMatch(await page.textContent("main"), /forged/);

  assert.deepEqual(violations, [], "no Content-Security-Policy violations");
  await context.close();
});

async function signInAndEnrol(page, username) {
  await page.goto(base + "/login");
  await page.fill("#username", username);
  await page.fill("#password", ADMIN_PASSWORD);
  await page.click("button[type=submit].primary");
  await page.waitForURL(base + "/login/enrol");
  const secret = (await page.textContent("#totp-secret")).trim();
  await page.fill("#code", totp(secret));
  await page.click("button[type=submit].primary");
  await page.waitForSelector("#recovery-codes");
  await page.click("a.button.primary");
  await page.waitForURL(base + "/");
}

test("officer imports, is shown a rejected file's report, searches with a purpose; the DPO sees the search", async () => {
  const data = join(root, "tests", "data");
  const context = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signInAndEnrol(page, "o.weber");

  // A file with bad rows is rejected whole, with a report.
  await page.goto(base + "/records/import");
  const fillDefaults = async () => {
    await page.selectOption("select[name=kind]", "person");
    await page.selectOption("select[name=handling_code]", "h2");
    await page.fill("input[name=evaluation]", "B2");
    await page.fill("input[name=case]", "FR-2026-0815");
    await page.fill("input[name=purpose]", "drug trafficking investigation");
    await page.fill("input[name=review_after]", "2027-11-24");
    await page.fill("input[name=delete_after]", "2031-11-24");
  };
  await fillDefaults();
  await page.setInputFiles("input[name=file]", join(data, "bad_persons.csv"));
  await page.click("#import-form button[type=submit]");
  await page.waitForSelector("#import-report");
  assert.match(await page.textContent("#import-report"), /date_of_birth/);
  await page.screenshot({ path: join(shots, "08-import-rejected.png"), fullPage: true });

  await fillDefaults();
  await page.setInputFiles("input[name=file]", join(data, "persons.csv"));
  await page.click("#import-form button[type=submit]");
  await page.waitForSelector("#import-done");
  assert.match(await page.textContent("#import-done"), /Imported 6 record/);

  // A search needs a purpose; results link to the record with the same purpose.
  await page.goto(base + "/records");
  await page.fill("input[name=purpose]", "identify the courier of 3 October");
  await page.fill("input[name=case]", "FR-2026-0815");
  await page.fill("input[name=name]", "Petrov");
  await page.click("#record-search button[type=submit]");
  await page.waitForSelector("#results");
  await page.screenshot({ path: join(shots, "09-search-results.png"), fullPage: true });
  await page.click("#results a");
  await page.waitForSelector("#record-facts");
  assert.match(await page.textContent("#record-facts"), /Иван Петров/);
  await page.screenshot({ path: join(shots, "10-record.png"), fullPage: true });

  // Edit the record: the change shows in its history.
  await page.click("#edit-record");
  await page.waitForSelector("#record-form");
  await page.fill("input[name=place_of_birth]", "Taganrog");
  await page.click("#record-form button[type=submit]");
  await page.waitForSelector("#record-notice");
  // Only the field changed is recorded: the form gives back every other
  // value as it was.
  const latest = (await page.textContent("#record-history li")).trim();
  assert.match(latest, /Changed by o\.weber: place_of_birth$/);
  assert.match(await page.textContent("#record-facts"), /Taganrog/);

  // File a phone he uses, linked to him by his reference; a bad number is
  // refused next to its field, and nothing is lost from the form.
  await page.goto(base + "/records/new?kind=phone");
  await page.fill("input[name=user_ref]", "P-1");
  await page.fill("input[name=number]", "+49 151 2345");
  await page.selectOption("select[name=handling_code]", "h2");
  await page.fill("input[name=case_reference]", "FR-2026-0815");
  await page.fill("input[name=purpose]", "drug trafficking investigation");
  await page.click("#record-form button[type=submit]");
  await page.waitForSelector(".field-error[data-column=number]");
  assert.equal(await page.inputValue("input[name=user_ref]"), "P-1");
  await page.screenshot({ path: join(shots, "12-new-record-invalid.png"), fullPage: true });
  await page.fill("input[name=number]", "+49 151 23456789");
  await page.click("#record-form button[type=submit]");
  await page.waitForSelector("#record-notice");
  assert.match(await page.textContent("#record-relations"), /Petrov/);
  await page.screenshot({ path: join(shots, "13-new-record.png"), fullPage: true });

  // This node belongs to no network: Messages says how to join.
  await page.click("a[data-nav=messages]");
  await page.waitForSelector("#not-federated");
  assert.match(await page.textContent("#not-federated"), /liaison node request/);
  assert.equal(await page.locator("a[href='/messages/new']").count(), 0);
  await page.screenshot({ path: join(shots, "19-messages-not-federated.png"), fullPage: true });
  await context.close();

  // The DPO sees who searched, when and why.
  const dpoContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
  const dpo = await dpoContext.newPage();
  await signInAndEnrol(dpo, "d.schmidt");
  await dpo.goto(base + "/audit?action=records_searched");
  const log = await dpo.textContent("#audit-table");
  assert.match(log, /o\.weber/);
  assert.match(log, /identify the courier of 3 October/);
  await dpo.screenshot({ path: join(shots, "11-dpo-sees-search.png"), fullPage: true });
  await dpoContext.close();
});

// The README's first command: `liaison demo`, an authority and three nodes,
// each its own `liaison serve`. Resolves once the banner says it runs.
async function startDemo(dir) {
  // Six ports (three web, three federation) from a base nobody is likely to use.
  const port = 41000 + (process.pid % 900) * 20;
  const demo = spawn(bin, ["demo", "--data-dir", dir, "--port", String(port)],
    { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, LIAISON_DATA_DIR: "" } });
  let banner = "";
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error("the demo did not start:\n" + banner)), 180000);
    demo.stdout.on("data", (d) => {
      banner += d;
      if (banner.includes("Ctrl-C stops")) { clearTimeout(timer); ok(); }
    });
    demo.once("exit", (code) => { clearTimeout(timer); fail(new Error(`the demo exited (${code}):\n${banner}`)); });
  });
  demo.stdout.resume();
  const url = (i) => `http://127.0.0.1:${port + i}`;
  for (const [i, name] of ["de-bka", "fr-dcpj", "nl-klpd"].entries()) {
    assert.ok(banner.includes(url(i) + "/"), `${name} at ${url(i)} in:\n${banner}`);
  }
  const password = banner.match(/password for all: (\S+?)\)/)[1];
  return { demo, de: url(0), fr: url(1), nl: url(2), password };
}

// Demo users sign in with a password only (the demo runs on loopback).
async function signInDemo(page, site, username, password) {
  await page.goto(site + "/login");
  await page.fill("#username", username);
  await page.fill("#password", password);
  await page.click("button[type=submit].primary");
  await page.waitForURL(site + "/");
}

// Reloads a page until a selector appears (delivery runs in the background).
async function reloadUntil(page, url, selector, ms = 20000) {
  const deadline = Date.now() + ms;
  for (;;) {
    await page.goto(url);
    if (await page.locator(selector).count() > 0) return;
    if (Date.now() > deadline) throw new Error(`${selector} did not appear at ${url}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test("in the demo, an investigator sends a record and a file to a partner, sees it delivered and read; the partner cannot forward it (H2); a border guard screens a passenger list", async () => {
  const dir = mkdtempSync(join(tmpdir(), "liaison-browser-demo-"));
  const { demo, de, fr, password } = await startDemo(join(dir, "demo"));
  const violations = [];
  const watch = (page) => page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  try {
    const deContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await deContext.newPage();
    watch(page);
    await signInDemo(page, de, "investigator", password);

    // Find a person of the sample set, with a purpose, and open the record.
    await page.goto(de + "/records");
    await page.fill("input[name=purpose]", "ask FR whether the suspect is known");
    await page.fill("input[name=case]", "DE-2025-8278");
    await page.fill("input[name=name]", "Gómez García");
    await page.click("#record-search button[type=submit]");
    await page.waitForSelector("#results");
    await page.click("#results a");
    await page.waitForSelector("#record-facts");
    const headline = (await page.textContent("h1")).replace(/\s+h\d\s*$/i, "").trim();
    assert.match(headline, /Gómez García/);

    // Its page sends it in a message: the form opens with it attached.
    await page.click("#send-record");
    await page.waitForSelector("#message-form");
    assert.equal(await page.locator("#message-records input[name=record]:checked").count(), 1);
    assert.equal(await page.inputValue("#message-purpose"), "ask FR whether the suspect is known");
    // Sent without a handling code: refused next to the field, the text kept,
    // the file asked for again.
    await page.check("input[name=to][value=fr-dcpj]");
    await page.fill("#message-subject", "Luz Marina Gómez García");
    await page.fill("#message-body", "Seen in Kehl on 3 March with the courier.\nIs she known to you?");
    const photo = { name: "kehl-crossing.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(1_500_000, 7) };
    await page.setInputFiles("#message-files", photo);
    await page.evaluate(() => document.querySelectorAll("#message-form [required]").forEach((e) => e.removeAttribute("required")));
    await page.click("#message-form button[type=submit]");
    await page.waitForSelector(".field-error[data-field=handling_code]");
    assert.equal(await page.inputValue("#message-subject"), "Luz Marina Gómez García");
    await page.waitForSelector("#files-again");
    await page.screenshot({ path: join(shots, "14-message-invalid.png"), fullPage: true });
    await page.selectOption("select[name=handling_code]", "h2");
    await page.selectOption("select[name=evaluation]", "B2");
    await page.setInputFiles("#message-files", photo);
    await page.click("#message-form button[type=submit]");
    await page.waitForURL(/\/messages\/threads\/[0-9a-f-]+\?notice=sent$/);
    const threadPath = new URL(page.url()).pathname;
    assert.match(await page.textContent(".carried-record .record-headline"), /Gómez García/);
    assert.match(await page.textContent(".attachments"), /kehl-crossing\.jpg/);
    await reloadUntil(page, de + "/messages/outbox", "[data-recipient=fr-dcpj][data-status=delivered]");
    await page.screenshot({ path: join(shots, "15-outbox-delivered.png"), fullPage: true });

    // The partner: unread in the inbox; the thread shows the record with its
    // own marking, and the file, which downloads intact.
    const frContext = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const partner = await frContext.newPage();
    watch(partner);
    await signInDemo(partner, fr, "investigator", password);
    await partner.goto(fr + "/messages");
    await partner.waitForSelector("#messages tr.unread");
    await partner.screenshot({ path: join(shots, "16-inbox-unread.png"), fullPage: true });
    await partner.goto(fr + threadPath);
    await partner.waitForSelector("article.message.inbound");
    assert.match(await partner.textContent("article.message.inbound .marking.h2"), /H2|diffus/i);
    assert.match(await partner.textContent("article.message.inbound .message-body"), /Seen in Kehl/);
    assert.match(await partner.textContent("article.message.inbound .carried-record .record-headline"), /Gómez García/);
    assert.match(await partner.textContent("article.message.inbound .carried-record .facts"), /Medellín/);
    const [download] = await Promise.all([
      partner.waitForEvent("download"),
      partner.click("article.message.inbound a.download"),
    ]);
    assert.equal(download.suggestedFilename(), "kehl-crossing.jpg");
    const saved = join(dir, "downloaded.jpg");
    await download.saveAs(saved);
    assert.ok(readFileSync(saved).equals(photo.buffer), "the file arrives intact");
    await partner.screenshot({ path: join(shots, "17-thread-read.png"), fullPage: true });

    // Read: the sender's outbox shows the signed read receipt.
    await reloadUntil(page, de + "/messages/outbox", "[data-recipient=fr-dcpj][data-status=read]");
    await page.screenshot({ path: join(shots, "18-outbox-read.png"), fullPage: true });

    // H2: the partner may not pass it on to a third agency without asking.
    await partner.goto(fr + threadPath);
    await partner.click("article.message.inbound details.forward summary");
    await partner.check("article.message.inbound .forward-form input[name=to][value=nl-klpd]");
    await partner.click("article.message.inbound .forward-form button[type=submit]");
    await partner.waitForSelector("#forward-refused");
    assert.match(await partner.textContent("#forward-refused"), /de-bka/);
    assert.equal(await partner.locator("#ask-permission").count(), 1);
    await partner.screenshot({ path: join(shots, "20-forward-refused.png"), fullPage: true });

    // A border guard screens the node's sample passenger list against its
    // alerts: every hit explained, best first.
    const guardContext = await browser.newContext({ locale: "en-GB", viewport: { width: 1280, height: 900 } });
    const guard = await guardContext.newPage();
    watch(guard);
    await signInDemo(guard, de, "border.guard", password);
    await guard.click("a[data-nav=screening]");
    await guard.waitForSelector("#screening-form");
    assert.match(await guard.textContent("#alerts-in-force"), /\d+ alerts are in force/);
    await guard.setInputFiles("#screening-file", join(dir, "demo", "de-bka", "sample-passengers.csv"));
    // The partners are asked too (hit/no-hit): that needs a purpose.
    assert.ok(await guard.isChecked("#ask-partners"));
    await guard.fill("#screening-purpose", "border check, flight LH 123 from Istanbul");
    await guard.fill("#screening-case", "DE-BP-2026-0815");
    await guard.click("#screening-form button[type=submit]");
    await guard.waitForSelector("#hits");
    const hits = await guard.locator("#hits tr.hit").count();
    assert.ok(hits >= 10 && hits <= 14, `${hits} hits on the 12 alert subjects among 44 travellers`);
    assert.match(await guard.textContent("#hits tr.hit:first-child .why"), /Name:.*Date of birth:/s);
    // Two subjects of each partner's alerts are on the list: fr-dcpj and
    // nl-klpd report them, with reference and contact only.
    await guard.waitForSelector("#partner-hits");
    const partnerText = await guard.textContent("#partner-hits");
    assert.match(partnerText, /fr-dcpj/);
    assert.match(partnerText, /nl-klpd/);
    assert.match(partnerText, /FR-DCPJ-A\d{4}/);
    await guard.screenshot({ path: join(shots, "21-screening-hits.png"), fullPage: true });

    // A partner's hit is a candidate to verify: confirmed, acted on, and
    // reported to its owner, whose 12-hour reply clock starts.
    const partnerRow = guard.locator("#partner-hits tr.partner-hit", { hasText: "fr-dcpj" }).first();
    await partnerRow.locator("a.open-hit").click();
    await guard.waitForSelector("#hit-step-form");
    assert.equal(await guard.getAttribute("#hit-status", "data-status"), "candidate");
    await guard.fill("#hit-note", "Passport and photograph checked at gate B4");
    await guard.click("#step-confirmed");
    await guard.waitForSelector("#hit-status[data-status=confirmed]");
    await guard.fill("#hit-note", "Held for questioning; the SPOC is on it");
    await guard.click("#step-action_taken");
    await guard.waitForSelector("#hit-status[data-status=action_taken]");
    assert.match(await guard.textContent("#hit-inform-hint"), /fr-dcpj/);
    await guard.click("#step-owner_informed");
    await guard.waitForSelector("#hit-status[data-status=owner_informed]");
    assert.match(await guard.textContent("#reply-clock"), /due in 1[12] h/);
    assert.equal(await guard.locator("#hit-steps li").count(), 4);
    await guard.screenshot({ path: join(shots, "22-hit-reported.png"), fullPage: true });
    await guard.click("a[data-nav=hits]");
    await guard.waitForSelector("#hits-table");
    assert.ok((await guard.locator("#hits-table tr.hit-row").count()) >= 10);
    // The owner has the report in its inbox.
    await partner.goto(fr + "/messages");
    await partner.waitForSelector("#messages >> text=/Hit on alert FR-DCPJ-A\\d{4}/");

    // A VIN alone, checked at the roadside: a partner's stolen vehicle.
    const vins = readFileSync(join(dir, "demo", "de-bka", "sample-vehicles.csv"), "utf8")
      .trim().split("\n").slice(1).map((l) => l.split(","));
    const partnerVin = vins.find(([, at]) => at === "partner")[0];
    await guard.click("a[data-nav=screening]");
    await guard.fill("#check-identifier", partnerVin);
    await guard.check("#check-partners");
    await guard.fill("#check-purpose", "road check, A5 near Kehl");
    await guard.fill("#check-case", "DE-BP-2026-0816");
    await guard.click("#check-run");
    await guard.waitForSelector("#partner-hits");
    assert.match(await guard.textContent("#partner-hits"), /Vehicle/);
    await guard.screenshot({ path: join(shots, "23-vehicle-check.png"), fullPage: true });
    await guardContext.close();

    assert.deepEqual(violations, [], "no Content-Security-Policy violations");
    await deContext.close();
    await frContext.close();
  } finally {
    demo.kill("SIGTERM");
    await new Promise((ok) => (demo.exitCode !== null ? ok() : demo.once("exit", ok)));
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultContact, mailtoHref, phoneText, releaseContacts, telHref } from "../../lib/contacts/media-contacts.ts";
import { makeRelease, testConfig } from "../support/release-factory.ts";

const config = testConfig({
  contacts: [
    { key: "duty-cyber", name: "Mira Jansen", phone: "+31 (0)20 555-0142" },
    { key: "press-office", name: "Press office", email: " press@fixture.example", default: true },
  ],
});

test("a release that names no contact shows the press office; one that does shows its own, in its order", () => {
  const release = makeRelease({ title: "T", date: "2026-01-02" });
  assert.equal(defaultContact(config)?.key, "press-office");
  assert.deepEqual(releaseContacts(config, release).map((c) => c.key), ["press-office"]);
  assert.deepEqual(releaseContacts(config, { contacts: ["press-office", "duty-cyber"] }).map((c) => c.key), ["press-office", "duty-cyber"]);
  assert.deepEqual(releaseContacts(testConfig(), release), []);
});

test("tel: links dial digits and a leading + only; the (0) of a national trunk prefix is dropped", () => {
  assert.equal(telHref("+31 (0)20 555-0142"), "tel:+31205550142");
  assert.equal(telHref("+31 20 555 0100"), "tel:+31205550100");
  assert.equal(telHref("(020) 555 0100"), "tel:0205550100");
  assert.equal(phoneText(" +31 (0)20 555-0142"), "+31\u00a0(0)20\u00a0555\u20110142");
  assert.equal(mailtoHref("press@fixture.example"), "mailto:press@fixture.example");
});

import assert from "node:assert/strict";
import { cpSync, existsSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { buildSite, type BuildResult } from "../../lib/build/build-site.ts";
import { fixtureConfig, makeFixtureSite, type FixtureRelease, type FixtureSite } from "../support/fixture-site.ts";
import { fixtureJpeg, fixturePdf } from "../support/fixture-images.ts";

const buildTime = "2026-12-01T12:00:00+01:00";

/** Twelve releases over three years, in three search shards of at most four pages. */
function newsroom(): FixtureSite {
  const releases: Record<string, FixtureRelease> = {};
  for (let i = 0; i < 12; i++) {
    const year = 2024 + Math.floor(i / 4);
    releases[`r${i}.md`] = {
      title: `Release number ${i} about the harbour`,
      date: `${year}-0${1 + (i % 4)}-1${i % 9}`,
      crime_areas: [i % 2 ? "Burglary" : "Smuggling", ...(i % 3 ? [] : ["Fraud"])],
      target_groups: ["Citizens"],
      body: `Body of release ${i}, with the word harbour${i}.`,
    };
  }
  return makeFixtureSite({ pageSize: 2, search: { shardSize: 4 } }, releases);
}

/** Every file under `dir` → its bytes. */
function files(dir: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const child = path.join(relative, name);
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else found.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk("");
  return found;
}

function assertSameFiles(incremental: string, clean: string): void {
  const a = files(incremental);
  const b = files(clean);
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort(), "the same files");
  const differing = [...a].filter(([file, bytes]) => !bytes.equals(b.get(file)!)).map(([file]) => file);
  assert.deepEqual(differing, [], "the same bytes in every file");
}

/**
 * Builds the newsroom twice (so that the store holds a standby: the build before the
 * live one), applies `change`, builds again into the same output (incremental, updating
 * the standby in place) and into a fresh one (clean), and compares the two file for file.
 * With `base: "live"` it builds once before the change, so the incremental build links
 * the live build's unchanged files into a new folder instead.
 */
interface ChangeOptions {
  base?: "standby" | "live";
  codeVersion?: [string, string];
  time?: [string, string];
  /** Another fixture than the twelve-release newsroom. */
  site?: () => FixtureSite;
  /** Looks at the incremental build's output before the fixture is removed. */
  inspect?: (outDir: string) => void;
  /** The folder copied to the site root (default: the project's public/). */
  publicDir?: (site: FixtureSite) => string;
}

async function afterChange(change: (site: FixtureSite) => void, options: ChangeOptions = {}): Promise<BuildResult> {
  const site = (options.site ?? newsroom)();
  const [firstCode, secondCode] = options.codeVersion ?? ["code", "code"];
  const [firstTime, secondTime] = options.time ?? [buildTime, buildTime];
  const publicDir = options.publicDir?.(site);
  try {
    const base = options.base ?? "standby";
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: firstTime, codeVersion: firstCode, publicDir, log: () => undefined });
    if (base === "standby") await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: firstTime, codeVersion: firstCode, publicDir, log: () => undefined });
    change(site);
    const result = await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime: secondTime, codeVersion: secondCode, publicDir, log: () => undefined });
    if (result.incremental.fullBecause === undefined) assert.equal(result.incremental.base, base, `the unchanged files came from the ${base} build`);
    const cleanOut = path.join(site.root, "clean");
    await buildSite({ contentDir: site.contentDir, outDir: cleanOut, buildTime: secondTime, codeVersion: secondCode, publicDir, clean: true, log: () => undefined });
    assertSameFiles(site.outDir, cleanOut);
    options.inspect?.(site.outDir);
    return result;
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
}

const release = (site: FixtureSite, name: string) => path.join(site.contentDir, "releases", name);

test("a new release: only what shows it is rendered, one search shard is indexed, and the output equals a clean build", async () => {
  const result = await afterChange((site) => site.write("new.md", { title: "Breaking: harbour closed", date: "2026-11-30", crime_areas: ["Smuggling"], body: "Closed today." }));
  assert.equal(result.incremental.fullBecause, undefined);
  assert.ok(result.incremental.reusedPages > 0, "pages that did not change were taken from the previous build");
  assert.equal(result.incremental.indexedShards, 1);
  assert.equal(result.incremental.reusedShards, 3);
});

test("a corrected release equals a clean build", async () => {
  const result = await afterChange((site) => {
    const file = release(site, "r2.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Body of release 2", "Corrected body of release 2"));
  });
  assert.equal(result.incremental.fullBecause, undefined);
  assert.equal(result.incremental.indexedShards, 1);
});

test("a removed release equals a clean build", async () => {
  const result = await afterChange((site) => rmSync(release(site, "r5.md")));
  assert.equal(result.incremental.fullBecause, undefined);
});

test("a renamed slug equals a clean build", async () => {
  await afterChange((site) => {
    const file = release(site, "r7.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("---\n", "---\nslug: harbour-seven\n"));
  });
});

test("a withdrawn release and a term spelled anew equal a clean build", async () => {
  await afterChange((site) => {
    const file = release(site, "r9.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("---\n", "---\nwithdrawn:\n  date: 2026-11-01\n  reason: Replaced.\n"));
    const other = release(site, "r4.md");
    writeFileSync(other, readFileSync(other, "utf8").replace('"Smuggling"', '"Smuggling at sea"'));
  });
});

test("a scheduled release that falls due at the later build equals a clean build", async () => {
  await afterChange(
    (site) => site.write("embargo.md", { title: "Embargoed statement", date: "2026-12-01T13:00:00+01:00", crime_areas: ["Fraud"] }),
    { time: ["2026-12-01T12:00:00+01:00", "2026-12-01T13:00:00+01:00"] },
  );
});

test("a changed site.json or changed code builds everything again", async () => {
  const config = await afterChange((site) => {
    writeFileSync(path.join(site.contentDir, "site.json"), JSON.stringify({ ...fixtureConfig, pageSize: 2, search: { shardSize: 4 }, title: "Renamed Newsroom" }));
  });
  assert.equal(config.incremental.fullBecause, "the code or the site configuration changed");
  const code = await afterChange(() => undefined, { codeVersion: ["before", "after"] });
  assert.equal(code.incremental.fullBecause, "the code or the site configuration changed");
});

test("a file removed from public/ and another added are gone from and in the updated standby, as in a clean build", async () => {
  const publicCopy = (site: FixtureSite) => {
    const folder = path.join(site.root, "public");
    cpSync(path.resolve(import.meta.dirname, "../../public"), folder, { recursive: true });
    writeFileSync(path.join(folder, "annual-report-2025.pdf"), fixturePdf());
    return folder;
  };
  const result = await afterChange((site) => {
    rmSync(path.join(site.root, "public", "annual-report-2025.pdf"));
    writeFileSync(path.join(site.root, "public", "annual-report-2026.pdf"), fixturePdf());
  }, {
    publicDir: publicCopy,
    inspect: (outDir) => {
      assert.equal(existsSync(path.join(outDir, "annual-report-2025.pdf")), false);
      assert.equal(existsSync(path.join(outDir, "annual-report-2026.pdf")), true);
    },
  });
  assert.equal(result.incremental.base, "standby");
});

test("nothing changed: every page is taken from the previous build and no shard is indexed", async () => {
  const result = await afterChange(() => undefined);
  assert.deepEqual({ ...result.incremental, reusedPages: result.incremental.reusedPages > 0 }, { fullBecause: undefined, renderedPages: 0, reusedPages: true, indexedShards: 0, reusedShards: 3, base: "standby" });
});

test("a new release and a removed one, with the live build's files linked into a new folder, equal a clean build", async () => {
  const result = await afterChange((site) => {
    site.write("new.md", { title: "Breaking: harbour closed", date: "2026-11-30", crime_areas: ["Smuggling"], body: "Closed today." });
    rmSync(release(site, "r5.md"));
  }, { base: "live" });
  assert.equal(result.incremental.indexedShards, 2);
});

test("builds that take turns between the two builds in the store each equal a clean build, and the store keeps just those two (issue #13)", async () => {
  const site = newsroom();
  const store = `${site.outDir}.builds`;
  const build = () => buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, codeVersion: "code", log: () => undefined });
  const equalsClean = async (step: string) => {
    const cleanOut = path.join(site.root, `clean-${step}`);
    await buildSite({ contentDir: site.contentDir, outDir: cleanOut, buildTime, codeVersion: "code", clean: true, log: () => undefined });
    assertSameFiles(site.outDir, cleanOut);
    await rm(`${cleanOut}.builds`, { recursive: true, force: true });
    await rm(cleanOut, { force: true });
  };
  const builds = () => readdirSync(store).filter((name) => name.startsWith("build-")).sort();
  try {
    await build();
    site.write("new.md", { title: "Breaking: harbour closed", date: "2026-11-30", crime_areas: ["Smuggling"], body: "Closed today." });
    assert.equal((await build()).incremental.base, "live");
    await equalsClean("added");
    // A correction in the same year's shard as the new release. Whether this build updates
    // the standby or links from the live build depends on which costs less (on a site this
    // small they are close); either way it equals a clean build.
    const corrected = release(site, "r10.md");
    writeFileSync(corrected, readFileSync(corrected, "utf8").replace("Body of release 10", "Corrected body of release 10"));
    await build();
    await equalsClean("corrected");
    const [first, second] = builds();
    const live = path.basename(readlinkSync(site.outDir));
    const standby = live === first ? second : first;
    // The standby is now two builds behind: it lacks the correction, and the next build
    // removes the new release and corrects another, so three changes are brought in at once.
    rmSync(release(site, "new.md"));
    const another = release(site, "r11.md");
    writeFileSync(another, readFileSync(another, "utf8").replace("Body of release 11", "Corrected body of release 11"));
    assert.equal((await build()).incremental.base, "standby");
    assert.equal(path.basename(readlinkSync(site.outDir)), standby, "the standby, brought up to date, is published");
    await equalsClean("removed and corrected");
    assert.deepEqual(builds(), [first, second], "the live build and its standby, nothing else");
    assert.deepEqual(readdirSync(path.join(store, "records")).sort(), [first, second]);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a standby left half-updated by a killed build is not trusted: the next build starts from the live one and removes it", async () => {
  const site = newsroom();
  const store = `${site.outDir}.builds`;
  const build = () => buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, codeVersion: "code", log: () => undefined });
  try {
    await build();
    await build();
    const live = path.basename(readlinkSync(site.outDir));
    const standby = readdirSync(store).find((name) => name.startsWith("build-") && name !== live)!;
    // What a build killed while updating the standby leaves: its claim, and files of its own.
    renameSync(path.join(store, "records", standby), path.join(store, "records", `${standby}.claimed-2147483646`));
    writeFileSync(path.join(store, standby, "news", "half-written.html"), "<p>half");
    site.write("new.md", { title: "Breaking: harbour closed", date: "2026-11-30", crime_areas: ["Smuggling"], body: "Closed today." });
    const result = await build();
    assert.equal(result.incremental.base, "live");
    const cleanOut = path.join(site.root, "clean");
    await buildSite({ contentDir: site.contentDir, outDir: cleanOut, buildTime, codeVersion: "code", clean: true, log: () => undefined });
    assertSameFiles(site.outDir, cleanOut);
    assert.ok(!existsSync(path.join(store, standby)), "the half-updated build is removed");
    assert.ok(!readdirSync(path.join(store, "records")).some((name) => name.includes(".claimed-")), "and its claim");
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

test("a release's replaced photo, a new document and a new figure equal a clean build, and re-render the page (issue #11)", async () => {
  const first = await fixtureJpeg(1000, 600, "#224466");
  const second = await fixtureJpeg(1000, 600, "#aa3311");
  const figure = await fixtureJpeg(700, 400, "#118844");
  const bundle = "2026/2026-11-02-photo/index.md";
  const photoRelease = (withMore: boolean): FixtureRelease => ({
    title: "Photo release",
    date: "2026-11-02",
    image: { src: "photo.jpg", alt: "A patrol car" },
    ...(withMore ? { attachments: [{ file: "plan.pdf", title: "The plan" }] } : {}),
    body: withMore ? "Text.\n\n![A map of the district](map.jpg \"The district\")\n" : "Text.\n",
  });
  const site = newsroom();
  try {
    site.write(bundle, photoRelease(false));
    site.writeRaw("2026/2026-11-02-photo/photo.jpg", first);
    await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, codeVersion: "code", log: () => undefined });
    site.write(bundle, photoRelease(true));
    site.writeRaw("2026/2026-11-02-photo/photo.jpg", second);
    site.writeRaw("2026/2026-11-02-photo/map.jpg", figure);
    site.writeRaw("2026/2026-11-02-photo/plan.pdf", fixturePdf());
    const result = await buildSite({ contentDir: site.contentDir, outDir: site.outDir, buildTime, codeVersion: "code", log: () => undefined });
    assert.equal(result.incremental.fullBecause, undefined, "an incremental build");
    const cleanOut = path.join(site.root, "clean");
    await buildSite({ contentDir: site.contentDir, outDir: cleanOut, buildTime, codeVersion: "code", clean: true, log: () => undefined });
    assertSameFiles(site.outDir, cleanOut);
    const page = readFileSync(path.join(site.outDir, "news/2026/11/photo-release/index.html"), "utf8");
    assert.match(page, /The plan<span class="documents-list__meta"> \(PDF, /);
    assert.match(page, /<figcaption>The district<\/figcaption>/);
    // Only the second photo's renditions are published; the cache kept no others.
    const images = readdirSync(path.join(site.outDir, "img"));
    assert.ok(images.every((name) => page.includes(`/img/${name}`)), `every rendition is on the page: ${images.join(", ")}`);
  } finally {
    await rm(site.root, { recursive: true, force: true });
  }
});

/** A site in English and French (issue #14). */
const bilingual = (releases: Record<string, FixtureRelease>) => () =>
  makeFixtureSite({ ...fixtureConfig, language: "en", languages: [{ tag: "en", name: "English" }, { tag: "fr", name: "Français" }] } as never, releases);

test("a multilingual site: a new translation equals a clean build, and re-renders the original's page for its new alternate (issue #14)", async () => {
  const result = await afterChange(
    (site) => site.write("2026/fr/a.md", { title: "Communiqué sur le port", date: "2026-11-20", lang: "fr", translation_of: "2026/a.md" }),
    {
      site: bilingual({
        "2026/a.md": { title: "Harbour release", date: "2026-11-20", crime_areas: ["Smuggling"] },
        "2026/b.md": { title: "Road release", date: "2026-11-21" },
        "2026/fr/c.md": { title: "Communiqué du port", date: "2026-11-22", lang: "fr" },
      }),
      inspect: (outDir) => assert.match(readFileSync(path.join(outDir, "news/2026/11/harbour-release/index.html"), "utf8"), /hreflang="fr" href="https:\/\/fixture\.example\/fr\/news\/2026\/11\/communique-sur-le-port\/"/),
    },
  );
  assert.equal(result.incremental.fullBecause, undefined);
});

test("a language without releases yet: the second build takes what it can and equals a clean build (issue #14)", async () => {
  const result = await afterChange((site) => site.write("2026/b.md", { title: "Road release", date: "2026-11-21" }), {
    site: bilingual({ "2026/a.md": { title: "Harbour release", date: "2026-11-20" } }),
  });
  assert.equal(result.incremental.fullBecause, undefined);
});

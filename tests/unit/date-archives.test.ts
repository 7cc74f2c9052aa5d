import { DateTime } from "luxon";
import assert from "node:assert/strict";
import { test } from "node:test";
import { buildNewsEntry, buildYearEntries } from "../../lib/archives/date-archives.ts";
import { buildTypeEntries } from "../../lib/archives/type-archives.ts";
import { loadContent } from "../../lib/content/load-content.ts";
import { makeFixtureSite } from "../support/fixture-site.ts";
import { makeReleases, testConfig } from "../support/release-factory.ts";

test("a release at 23:30 on 31 December in New York is in January 2016 in Amsterdam (through the loader)", () => {
  const site = makeFixtureSite({ timeZone: "Europe/Amsterdam" }, {
    "eve.md": { title: "New Year's Eve in New York", date: "2015-12-31T23:30:00-05:00" },
    "before.md": { title: "Late on the 31st in Amsterdam", date: "2015-12-31T23:30:00+01:00" },
  });
  const { releases, problems } = loadContent({ contentDir: site.contentDir, root: site.root, buildTime: DateTime.now() });
  assert.deepEqual(problems, []);
  const years = buildYearEntries(releases);
  assert.deepEqual(
    years.map((y) => [y.year, y.months.map((m) => [m.path, m.releases.map((r) => r.title)])]),
    [
      ["2016", [["/news/2016/01/", ["New Year's Eve in New York"]]]],
      ["2015", [["/news/2015/12/", ["Late on the 31st in Amsterdam"]]]],
    ],
  );
});

test("years and months come newest first, each list newest first, counts adding up", () => {
  const releases = makeReleases([
    { title: "a", date: "2014-03-02" },
    { title: "b", date: "2015-09-11" },
    { title: "c", date: "2015-09-01" },
    { title: "d", date: "2015-02-14" },
    { title: "e", date: "2016-01-01" },
  ]);
  const years = buildYearEntries(releases);
  assert.deepEqual(years.map((y) => [y.year, y.path, y.releases.length]), [["2016", "/news/2016/", 1], ["2015", "/news/2015/", 3], ["2014", "/news/2014/", 1]]);
  assert.deepEqual(years[1]!.months.map((m) => [m.month, m.releases.map((r) => r.title)]), [["09", ["b", "c"]], ["02", ["d"]]]);
  const news = buildNewsEntry(releases, years);
  assert.equal(news.path, "/news/");
  assert.equal(news.years.reduce((sum, y) => sum + y.releases.length, 0), news.releases.length);
});

test("type entries follow the config order, including types with no releases", () => {
  const releases = makeReleases([
    { title: "a", date: "2015-01-01", type: "speech" },
    { title: "b", date: "2015-02-01" },
    { title: "c", date: "2015-03-01", type: "speech" },
  ]);
  const types = buildTypeEntries(releases, testConfig());
  assert.deepEqual(types.map((t) => [t.type.key, t.path, t.releases.map((r) => r.title)]), [
    ["press-release", "/types/press-release/", ["b"]],
    ["news", "/types/news/", []],
    ["speech", "/types/speech/", ["c", "a"]],
    ["statement", "/types/statement/", []],
  ]);
});

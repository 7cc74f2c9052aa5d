import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { anchoredPages } from "../../lib/pagination/anchored-pages.ts";

/** "3*:0-25 2:25-45 …": number, newest mark, slice of the newest-first list. */
function cut(itemCount: number, pageSize: number): string {
  return anchoredPages(itemCount, pageSize).map((p) => `${p.number}${p.newest ? "*" : ""}:${p.start}-${p.end}`).join(" ");
}

describe("pages counted from the oldest", () => {
  test("older pages hold a page's worth each; the newest holds the rest, one to two pages' worth", () => {
    assert.equal(cut(45, 20), "2*:0-25 1:25-45");
    assert.equal(cut(40, 20), "2*:0-20 1:20-40");
    assert.equal(cut(39, 20), "1*:0-39");
    assert.equal(cut(7, 3), "2*:0-4 1:4-7");
  });

  test("an empty or short list has one page, the newest", () => {
    assert.equal(cut(0, 20), "1*:0-0");
    assert.equal(cut(19, 20), "1*:0-19");
  });

  test("a release added at the top leaves every older page holding the same releases", () => {
    for (let n = 20; n < 200; n++) {
      const before = anchoredPages(n, 20).filter((p) => !p.newest);
      const after = anchoredPages(n + 1, 20);
      for (const page of before) {
        const same = after.find((p) => p.number === page.number)!;
        // The same releases, counted from the oldest end, are the same slice shifted by the one added.
        assert.deepEqual([same.start - 1, same.end - 1], [page.start, page.end], `page ${page.number} of ${n}`);
      }
    }
  });

  test("refuses a page size below one", () => {
    assert.throws(() => anchoredPages(1, 0), RangeError);
  });
});

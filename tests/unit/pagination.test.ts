import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { chunk, pageCountOf } from "../../lib/pagination/chunk.ts";
import { pageNumberItems } from "../../lib/pagination/page-numbers.ts";

/** "1 2 … [7] … 42" */
function bar(current: number, count: number): string {
  return pageNumberItems(current, count).map((item) => (item.kind === "ellipsis" ? "…" : item.current ? `[${item.number}]` : String(item.number))).join(" ");
}

describe("chunk", () => {
  test("splits into pages of the page size, the last one shorter", () => {
    assert.deepEqual(chunk([1, 2, 3, 4, 5, 6, 7], 3), [[1, 2, 3], [4, 5, 6], [7]]);
    assert.deepEqual(chunk([1, 2, 3], 3), [[1, 2, 3]]);
    assert.equal(pageCountOf(7, 3), 3);
  });

  test("an empty list still has one empty page", () => {
    assert.deepEqual(chunk([], 20), [[]]);
    assert.equal(pageCountOf(0, 20), 1);
  });

  test("refuses a page size below one", () => {
    assert.throws(() => chunk([1], 0), RangeError);
  });
});

describe("page numbers, GOV.UK style", () => {
  test("no numbers at all for a single page", () => {
    assert.deepEqual(pageNumberItems(1, 1), []);
  });

  test("short runs are shown in full", () => {
    assert.equal(bar(1, 2), "[1] 2");
    assert.equal(bar(2, 3), "1 [2] 3");
    assert.equal(bar(3, 5), "1 2 [3] 4 5");
  });

  test("long runs get an ellipsis on either side of the current page", () => {
    assert.equal(bar(1, 7), "[1] 2 … 7");
    assert.equal(bar(7, 42), "1 … 6 [7] 8 … 42");
    assert.equal(bar(42, 42), "1 … 41 [42]");
  });

  test("a gap of one page shows that page rather than an ellipsis", () => {
    assert.equal(bar(4, 7), "1 2 3 [4] 5 6 7");
    assert.equal(bar(5, 9), "1 … 4 [5] 6 … 9");
    assert.equal(bar(3, 7), "1 2 [3] 4 … 7");
  });
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadTemplates, outputPathOf, PageRoutes, type PageTemplate, type TemplateData } from "../../lib/preview/page-routes.ts";

// The preview finds the template of a path from the templates' own data, as Eleventy
// paginates them, so a template added later is previewed without changing the preview.

const model = { items: ["a", "b", "c", "d", "e"], byKey: { x: 1, y: 2 } };
const echo = (data: never) => JSON.stringify(data);

async function routesOf(templates: PageTemplate[]): Promise<PageRoutes> {
  return new PageRoutes(await loadTemplates(templates), { site: model });
}

test("a permalink names the file Eleventy writes", () => {
  assert.equal(outputPathOf("/news/"), "/news/index.html");
  assert.equal(outputPathOf("/feed.xml"), "/feed.xml");
  assert.equal(outputPathOf("robots.txt"), "/robots.txt");
});

test("fixed and computed permalinks, and a template that writes nothing", async () => {
  const routes = await routesOf([
    { name: "home", data: { permalink: "/" }, render: echo },
    { name: "computed", data: { permalink: (data: TemplateData) => `/${(data["site"] as typeof model).items.length}/` }, render: echo },
    { name: "nothing", data: { permalink: false }, render: echo },
    { name: "data as a function", data: () => ({ permalink: "/later.txt" }), render: echo },
  ]);
  assert.deepEqual([...routes.all().keys()], ["/index.html", "/5/index.html", "/later.txt"]);
  assert.equal(routes.find("/index.html")?.template.name, "home");
});

test("pagination over a dotted path, with before, reverse, filter and pages of two", async () => {
  const routes = await routesOf([
    {
      name: "one per item",
      data: { pagination: { data: "site.items", size: 1, alias: "item", before: (items: unknown[]) => items.slice(1), reverse: true, filter: ["c"] }, permalink: (data: TemplateData) => `/one/${String(data["item"])}/` },
      render: echo,
    },
    { name: "two per page", data: { pagination: { data: "site.items", size: 2, alias: "pair" }, permalink: (data: TemplateData) => `/two/${(data["pagination"] as { pageNumber: number }).pageNumber}/` }, render: echo },
    { name: "object keys", data: { pagination: { data: "site.byKey", size: 1, alias: "key" }, permalink: (data: TemplateData) => `/key/${String(data["key"])}/` }, render: echo },
  ]);
  assert.deepEqual([...routes.all().keys()], [
    "/one/e/index.html", "/one/d/index.html", "/one/b/index.html",
    "/two/0/index.html", "/two/1/index.html", "/two/2/index.html",
    "/key/x/index.html", "/key/y/index.html",
  ]);
  assert.deepEqual(routes.find("/two/1/index.html")?.data["pair"], ["c", "d"]);
  assert.equal(routes.find("/one/d/index.html")?.data["item"], "d");
});

test("templates are expanded only as far as a request needs, and a failing one is not skipped", async () => {
  let expanded = 0;
  let fail = true;
  const routes = await routesOf([
    { name: "first", data: { permalink: () => (expanded++, "/first/") }, render: echo },
    { name: "broken", data: { permalink: () => { if (fail) throw new Error("a bug in a template"); return "/broken/"; } }, render: echo },
    { name: "last", data: { permalink: "/last/" }, render: echo },
  ]);
  assert.ok(routes.find("/first/index.html"));
  assert.throws(() => routes.find("/last/index.html"), /a bug in a template/);
  fail = false;
  assert.ok(routes.find("/last/index.html"), "the template is tried again once fixed");
  assert.equal(expanded, 1, "each template is expanded once per model");
});

test("pagination data that names nothing is an error that names the template", async () => {
  const routes = await routesOf([{ name: "layouts/pages/x.11ty.ts", data: { pagination: { data: "site.nothing.here", size: 1 }, permalink: "/x/" }, render: echo }]);
  assert.throws(() => routes.find("/x/index.html"), /layouts\/pages\/x\.11ty\.ts: pagination\.data "site\.nothing\.here"/);
});

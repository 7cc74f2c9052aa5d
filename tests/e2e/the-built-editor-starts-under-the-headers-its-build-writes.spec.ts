import { adminContentSecurityPolicy } from "../../lib/cms/admin-csp.ts";
import { expect, test } from "./support/page-checks.ts";

// Issue #12: /admin/ of the built sample, served with its _headers as Cloudflare Pages would.
test("the built editor starts under the Content-Security-Policy its build writes to _headers, and offers the git host's login", async ({ page }) => {
  const response = await page.goto("./admin/");
  // The site's own policy removed (`! Content-Security-Policy`), the editor's in its place.
  expect(response?.headers()["content-security-policy"]).toBe(adminContentSecurityPolicy({ backend: "github" }));
  expect(response?.headers()["x-robots-tag"]).toBe("noindex");
  await expect(page.getByRole("button", { name: "Login with GitHub" })).toBeVisible();
  await expect(page).toHaveTitle("Editor | Havenmark Regional Police Newsroom");
});

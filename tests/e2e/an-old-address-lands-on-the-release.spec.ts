import { expect, test } from "./support/page-checks.ts";

const release = "/news/2025/01/crypto-investment-scam-14-victims-lost-a-total-of-2-1-million-euros/";

test("a release's old address, with or without a trailing slash, lands on the release", async ({ page }) => {
  for (const old of ["./media-press/newsroom/news/crypto-scam-14-victims", "./media-press/newsroom/news/crypto-scam-14-victims/"]) {
    await page.goto(old);
    await expect(page).toHaveURL(new RegExp(`${release.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Crypto-investment scam: 14 victims lost a total of 2.1 million euros");
  }
});

test("a retired page of the old site lands on its replacement", async ({ page }) => {
  await page.goto("./media-press/newsroom");
  await expect(page).toHaveURL(/\/news\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All news");
});

/** What every feed format is written from: plain data, absolute URLs, no Newsroom. */

export interface FeedCategory {
  /** The term as shown on the site. */
  readonly label: string;
  /** Absolute URL of the taxonomy index the term belongs to (Atom's category scheme). */
  readonly scheme: string;
}

export interface FeedEntry {
  /** Absolute URL of the release page, also its permanent id. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** Rendered body with every URL absolute. */
  readonly contentHtml: string;
  /** RFC 3339 date-times with offset. */
  readonly published: string;
  readonly updated: string;
  readonly categories: readonly FeedCategory[];
  /** The release's documents (issue #11): Atom enclosure links, JSON Feed attachments. */
  readonly enclosures: readonly FeedEnclosure[];
}

export interface FeedEnclosure {
  /** Absolute URL. */
  readonly url: string;
  readonly title: string;
  /** Media type, e.g. application/pdf. */
  readonly mime: string;
  readonly bytes: number;
}

export interface FeedInfo {
  readonly title: string;
  readonly description: string;
  /** Absolute URL of this feed file; also the feed's id. */
  readonly feedUrl: string;
  /** Absolute URL of the page the feed follows. */
  readonly homeUrl: string;
  /** BCP 47 tag. */
  readonly language: string;
  readonly author: { readonly name: string; readonly url: string };
  /** Absolute URL of a wide logo image (Atom's 2:1 logo), if the site has one. */
  readonly logo?: string | undefined;
  /** Feed-level updated time when there are no entries (the build time). */
  readonly emptyUpdated: string;
}

/** The feed's own updated time: the latest change among its entries. */
export function feedUpdated(info: FeedInfo, entries: readonly FeedEntry[]): string {
  let newest = info.emptyUpdated;
  let newestTime = entries.length ? -Infinity : Date.parse(newest);
  for (const entry of entries) {
    const time = Date.parse(entry.updated);
    if (time > newestTime) {
      newest = entry.updated;
      newestTime = time;
    }
  }
  return newest;
}

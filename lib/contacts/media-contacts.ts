import type { Contact, SiteConfig } from "../config/site-config.ts";
import type { Release } from "../model/release.ts";

/** The press office: the contact marked `default`, shown in the footer (issue #11). */
export function defaultContact(config: Pick<SiteConfig, "contacts">): Contact | undefined {
  return config.contacts.find((contact) => contact.default === true);
}

/** The contacts a release page shows: those the release names, else the press office. */
export function releaseContacts(config: Pick<SiteConfig, "contacts">, release: Pick<Release, "contacts">): Contact[] {
  if (release.contacts.length === 0) {
    const fallback = defaultContact(config);
    return fallback ? [fallback] : [];
  }
  return release.contacts.flatMap((key) => config.contacts.filter((contact) => contact.key === key));
}

/**
 * A `tel:` URL dials digits and a leading +, nothing else (RFC 3966's global number);
 * "+31 (0)20 555-0100" is written for people, and the "(0)" is not dialled from abroad.
 */
export function telHref(phone: string): string {
  const international = phone.trim().startsWith("+");
  const digits = phone.replace(/\(0\)/g, "").replace(/[^0-9]/g, "");
  return `tel:${international ? "+" : ""}${digits}`;
}

/** A phone number as link text that never wraps: no-break spaces and hyphens (html-validate's tel-non-breaking). */
export function phoneText(phone: string): string {
  return phone.trim().replace(/ /g, "\u00a0").replace(/-/g, "\u2011");
}

export function mailtoHref(email: string): string {
  return `mailto:${email.trim()}`;
}

import { defaultContact, mailtoHref, phoneText, releaseContacts, telHref } from "../lib/contacts/media-contacts.ts";
import type { Contact } from "../lib/config/site-config.ts";
import { html, type SafeHtml } from "../lib/html/html.ts";
import type { Release } from "../lib/model/release.ts";
import type { Newsroom } from "../lib/site/newsroom.ts";

/**
 * "Media enquiries" on a release page (issue #11): the release's own contacts, else the
 * press office. Placed after the article, outside data-pagefind-body, so names, numbers
 * and addresses are not search text; on wide screens site.css puts it in the right column.
 */
export function mediaEnquiries(site: Newsroom, release: Release): SafeHtml {
  const contacts = releaseContacts(site.config, release);
  if (contacts.length === 0) return html``;
  return html`
<section class="contacts" aria-labelledby="contacts-heading">
<h2 id="contacts-heading">${site.text.mediaEnquiries}</h2>
${contacts.map((contact) => html`<p><strong>${contact.name}</strong>${contact.role ? html`<br>${contact.role}` : ""}${phoneLink(site, contact)}${emailLink(site, contact)}${contact.hours ? html`<br>${contact.hours}` : ""}</p>\n`)}</section>`;
}

/** The press office in every page's footer, when contacts are configured. */
export function pressOffice(site: Newsroom): SafeHtml | "" {
  const contact = defaultContact(site.config);
  if (!contact) return "";
  const links = [
    contact.phone ? html`<a href="${telHref(contact.phone)}">${phoneText(contact.phone)}</a>` : undefined,
    contact.email ? html`<a href="${mailtoHref(contact.email)}">${contact.email}</a>` : undefined,
  ].filter((link) => link !== undefined);
  return html`<p class="site-footer__contact">${site.text.pressOffice(contact.name, links)}</p>\n`;
}

function phoneLink(site: Newsroom, contact: Contact): SafeHtml | "" {
  return contact.phone ? html`<br>${site.text.phoneLine(html`<a href="${telHref(contact.phone)}">${phoneText(contact.phone)}</a>`)}` : "";
}

function emailLink(site: Newsroom, contact: Contact): SafeHtml | "" {
  return contact.email ? html`<br>${site.text.emailLine(html`<a href="${mailtoHref(contact.email)}">${contact.email}</a>`)}` : "";
}

import type { Dictionary } from "./dictionary.ts";
import type { Formats } from "./formats.ts";
import { joinParts } from "./parts.ts";

/**
 * French. French typography puts a narrow no-break space before ":" and inside « »,
 * so a colon never starts a line. Sentences that would need an article before a name
 * from site.json ("de la Police…") name it first, followed by a colon, instead.
 */
const space = "\u202f";
const colon = `${space}:`;
const quoted = (text: string) => `«${space}${text}${space}»`;
/** "de 2015", "d’avril 2015": French elides "de" before a vowel. */
const of = (text: string) => (/^[aeiouyàâéèêîôû]/i.test(text) ? `d’${text}` : `de ${text}`);

export const french = (f: Formats): Dictionary => {
  const releases = (count: number) => f.count(count, { one: "{count} communiqué", many: "{count} de communiqués", other: "{count} communiqués" });
  return {
    skipLink: "Aller au contenu principal",
    mainNavigation: "Navigation principale",
    latestNews: "Dernières actualités",
    languageSwitch: "Langue",
    searchNav: "Recherche",
    searchButton: "Rechercher",
    searchReleases: "Rechercher un communiqué",
    subscribeToAll: "S’abonner à tous les communiqués (Atom)",
    pressOffice: (name, links) => [`Contact presse${colon} ${name}`, ...links.flatMap((link) => [", ", link])],

    breadcrumb: "Fil d’Ariane",
    home: "Accueil",
    allNews: "Toutes les actualités",

    releaseCount: releases,
    noReleasesYet: "aucun communiqué pour l’instant",
    draft: "Brouillon",
    scheduled: "Programmé",
    withdrawn: "Retiré",

    pagination: "Pagination",
    newerPage: { visible: "Communiqués plus récents", hidden: "" },
    olderPage: { visible: "Communiqués plus anciens", hidden: "" },
    latestPage: { visible: "Derniers communiqués", hidden: "" },
    oldestPage: { visible: "Premiers communiqués", hidden: "" },
    pageDates: (oldest, newest) => (oldest === newest ? ` – ${newest}` : ` – du ${oldest} au ${newest}`),
    listDates: (oldest, newest) =>
      oldest === newest ? `Communiqués du ${newest}.` : `Communiqués du ${oldest} au ${newest}, du plus récent au plus ancien.`,

    latestReleases: "Derniers communiqués",
    nothingPublished: "Aucun communiqué n’a encore été publié.",
    allNewsByDate: "Toutes les actualités, par date",

    newsDescription: (publisher) => `${publisher}${colon} tous les communiqués, du plus récent au plus ancien, et les années à parcourir.`,
    browseByYear: "Parcourir par année",
    newsFromYear: (year) => `Actualités ${of(year)}`,
    yearDescription: (publisher, year) => `${publisher}${colon} communiqués publiés en ${year}, du plus récent au plus ancien.`,
    monthsOf: (year) => `Les mois ${of(year)}`,
    newsFromMonth: (month) => `Actualités ${of(month)}`,
    monthDescription: (publisher, month) => `${publisher}${colon} communiqués publiés en ${month}, du plus récent au plus ancien.`,
    otherYears: "Autres années",
    otherMonths: "Autres mois",
    earlierYear: "Année précédente",
    laterYear: "Année suivante",
    earlierMonth: "Mois précédent",
    laterMonth: "Mois suivant",
    allOfYear: (year) => `Toute l’année ${year}`,
    termDescription: (term, taxonomy) => `Communiqués sur le thème ${quoted(term)} (${taxonomy}), du plus récent au plus ancien.`,
    releaseType: "Type de communiqué",
    releaseTypes: "Types de communiqués",
    typeDescription: (plural, publisher) => `${publisher}${colon} ${plural}, du plus récent au plus ancien.`,
    releasesHeading: "Communiqués",
    nothingPublishedHere: "Aucun communiqué n’a encore été publié ici.",
    listCount: (total, shown) =>
      `${releases(total)}, du plus récent au plus ancien.${shown ? ` Affichage des communiqués ${f.number(shown.first)} à ${f.number(shown.last)}.` : ""}`,
    subscribeTo: (title) => `S’abonner à ${quoted(title)} (flux Atom)`,

    termCount: (terms, used) =>
      `${f.count(terms, { one: "{count} terme", many: "{count} de termes", other: "{count} termes" })}${used < terms ? `, dont ${f.number(used)} avec des communiqués` : ""}, par ordre alphabétique.`,
    taxonomyDescription: (taxonomy) => `Tous les termes de la rubrique ${quoted(taxonomy)}, avec leur nombre de communiqués.`,
    typesDescription: (publisher) => `${publisher}${colon} les types de communiqués publiés, avec le nombre de chacun.`,
    typesIntro: "Chaque type de communiqué, avec le nombre de communiqués publiés.",
    nothingHereYet: "Rien pour l’instant.",

    withdrawnTitle: (title) => `[Retiré] ${title}`,
    draftNotice: (label) => [label, `${colon} non publié. Le site en production n’affiche pas ce communiqué.`],
    scheduledNotice: (label, time) => [label, `${colon} publication prévue le `, time, ". D’ici là, le site en production n’affiche pas ce communiqué."],
    withdrawnOn: (time) => ["Ce communiqué a été retiré le ", time, "."],
    published: (time) => ["Publié le ", time],
    updated: (time) => [", mis à jour le ", time],
    issuedBy: (names) => (names.length > 1 ? `Diffusé conjointement par ${f.list(names)}` : `Diffusé par ${names.join("")}`),
    photoCredit: (credit) => `Photo${colon} ${credit}`,
    updatesHeading: "Mises à jour de ce communiqué",
    documents: "Documents",
    documentDetails: (kind, bytes) => ` (${kind}, ${f.fileSize(bytes)})`,
    originalPublication: (link) => [`Publication d’origine${colon} `, link],
    mediaEnquiries: "Contacts presse",
    phoneLine: (link) => [`Téléphone${colon} `, link],
    emailLine: (link) => [`Courriel${colon} `, link],
    relatedReleases: "Communiqués associés",
    table: "Tableau",

    notFoundTitle: "Page introuvable",
    notFoundLead: "Il n’y a aucune page à cette adresse. Le communiqué a peut-être été déplacé, ou le lien contient une faute de frappe.",
    notFoundDescription: (siteTitle) => `Il n’y a aucune page à cette adresse sur le site ${siteTitle}.`,
    searchTheNewsroom: "Rechercher dans la salle de presse",
    notFoundSearchLabel: "Des mots du communiqué que vous cherchez",
    allNewsNewestFirst: "Toutes les actualités, de la plus récente à la plus ancienne",
    browseArchives: "Parcourir les archives",
    byYear: (years) => [`Par année${colon} `, ...joinParts(years, ", ")],

    pageMoved: "Cette page a été déplacée",
    movedTo: (link) => ["Cette page a été déplacée à l’adresse ", link, "."],

    searchDescription: (publisher, taxonomies) =>
      `${publisher}${colon} rechercher dans tous les communiqués par mot, puis les filtrer par ${f.list([...taxonomies.map(f.lower), "type", "année"])}.`,
    searchWords: "Mots à rechercher",
    sortBy: "Trier par",
    bestMatch: "Pertinence",
    newestFirst: "Les plus récents d’abord",
    searchNeedsJavaScript: "La recherche nécessite JavaScript",
    noScript: (searchNeedsJavaScript) => [searchNeedsJavaScript, `, qui est désactivé ou bloqué dans ce navigateur. Tous les communiqués restent accessibles depuis ces listes${colon}`],
    allReleasesNewestFirst: "Tous les communiqués, du plus récent au plus ancien",
    releasesBy: (taxonomy) => `Communiqués par ${f.lower(taxonomy)}`,
    filterResults: "Filtrer les résultats",
    filters: "Filtres",
    clearAllFilters: "Effacer tous les filtres",
    results: "Résultats",
    searchPrompt: "Saisissez des mots à rechercher, ou choisissez des filtres pour parcourir les communiqués.",
    searchNoneHint: "Vérifiez l’orthographe, essayez des mots moins nombreux ou plus généraux, ou retirez certains filtres.",
    loadMore: "Afficher plus de résultats",
    facetType: "Type",
    facetYear: "Année",

    searchFound: {
      one: "{count} communiqué trouvé{words}{filters}.",
      many: "{count} de communiqués trouvés{words}{filters}.",
      other: "{count} communiqués trouvés{words}{filters}.",
    },
    searchNoneFound: "Aucun communiqué trouvé{words}{filters}.",
    searchForWords: ` pour ${quoted("{query}")}`,
    searchWithFilters: " avec les filtres choisis",
    searchShown: `Résultats affichés${colon} {shown} sur {total}.`,
    searchPartial: `Résultats de {years}{words}{filters}${space}; recherche en cours dans les communiqués plus anciens…`,
    searchUnavailable: "La recherche est momentanément indisponible. Vous pouvez parcourir tous les communiqués depuis la page des actualités.",
    searchActiveFilters: " ({count})",
    searchChosen: { one: " ({count} choisi)", other: " ({count} choisis)" },
    searchOptionCount: "({count})",
    searchPageTitle: `${quoted("{query}")} – {title}`,

    atomFeedLink: (title) => `${title} (Atom)`,
    jsonFeedLink: (title) => `${title} (JSON Feed)`,
    termFeedLink: (term, taxonomy) => `${term} (${taxonomy}), Atom`,
    typeFeedLink: (plural) => `${plural}, Atom`,
    termFeedTitle: (term, taxonomy) => `${term}${colon} ${taxonomy}`,
    termFeedDescription: (publisher, term) => `${publisher}${colon} les derniers communiqués sur le thème ${quoted(term)}.`,
    typeFeedDescription: (publisher, plural) => `${publisher}${colon} ${plural}, dernières publications.`,
  };
};

import type { Dictionary } from "./dictionary.ts";
import type { Formats } from "./formats.ts";
import { joinParts } from "./parts.ts";

/**
 * Arabic (right to left: lib/i18n/direction.ts). Counted nouns take one of six forms
 * (Intl.PluralRules "ar": zero, one, two, few, many, other); one and two are said with
 * the noun alone, without the digit. Lists use the Arabic comma.
 */
const comma = "، ";
const quoted = (text: string) => `«${text}»`;

export const arabic = (f: Formats): Dictionary => {
  const releases = (count: number) =>
    f.count(count, { one: "بيان واحد", two: "بيانان", few: "{count} بيانات", many: "{count} بيانًا", other: "{count} بيان" });
  return {
    skipLink: "انتقل إلى المحتوى الرئيسي",
    mainNavigation: "القائمة الرئيسية",
    latestNews: "آخر الأخبار",
    languageSwitch: "اللغة",
    searchNav: "البحث",
    searchButton: "بحث",
    searchReleases: "البحث في البيانات",
    subscribeToAll: "اشترك في جميع البيانات (Atom)",
    pressOffice: (name, links) => [`الاستفسارات الإعلامية: ${name}`, ...links.flatMap((link) => [comma, link])],

    breadcrumb: "مسار التنقل",
    home: "الرئيسية",
    allNews: "جميع الأخبار",

    releaseCount: releases,
    noReleasesYet: "لا توجد بيانات بعد",
    draft: "مسودة",
    scheduled: "مجدول",
    withdrawn: "مسحوب",

    pagination: "التنقل بين الصفحات",
    newerPage: { visible: "بيانات أحدث", hidden: "" },
    olderPage: { visible: "بيانات أقدم", hidden: "" },
    latestPage: { visible: "أحدث البيانات", hidden: "" },
    oldestPage: { visible: "أقدم البيانات", hidden: "" },
    pageDates: (oldest, newest) => (oldest === newest ? ` – ${newest}` : ` – من ${oldest} إلى ${newest}`),
    listDates: (oldest, newest) =>
      oldest === newest ? `البيانات الصادرة في ${newest}.` : `البيانات الصادرة من ${oldest} إلى ${newest}، من الأحدث إلى الأقدم.`,

    latestReleases: "أحدث البيانات",
    nothingPublished: "لم يُنشر أي بيان بعد.",
    allNewsByDate: "جميع الأخبار حسب التاريخ",

    newsDescription: (publisher) => `جميع بيانات ${publisher}، من الأحدث إلى الأقدم، مع السنوات للتصفح.`,
    browseByYear: "التصفح حسب السنة",
    newsFromYear: (year) => `أخبار عام ${year}`,
    yearDescription: (publisher, year) => `بيانات ${publisher} المنشورة في عام ${year}، من الأحدث إلى الأقدم.`,
    monthsOf: (year) => `أشهر عام ${year}`,
    newsFromMonth: (month) => `أخبار ${month}`,
    monthDescription: (publisher, month) => `بيانات ${publisher} المنشورة في ${month}، من الأحدث إلى الأقدم.`,
    otherYears: "سنوات أخرى",
    otherMonths: "أشهر أخرى",
    earlierYear: "السنة السابقة",
    laterYear: "السنة التالية",
    earlierMonth: "الشهر السابق",
    laterMonth: "الشهر التالي",
    allOfYear: (year) => `عام ${year} كاملًا`,
    termDescription: (term, taxonomy) => `البيانات المتعلقة بـ${quoted(term)} (${taxonomy})، من الأحدث إلى الأقدم.`,
    releaseType: "نوع البيان",
    releaseTypes: "أنواع البيانات",
    typeDescription: (plural, publisher) => `${plural} — ${publisher}، من الأحدث إلى الأقدم.`,
    releasesHeading: "البيانات",
    nothingPublishedHere: "لم يُنشر أي بيان هنا بعد.",
    listCount: (total, shown) =>
      `${releases(total)}، من الأحدث إلى الأقدم.${shown ? ` يُعرض من ${f.number(shown.first)} إلى ${f.number(shown.last)}.` : ""}`,
    subscribeTo: (title) => `اشترك في ${quoted(title)} (موجز Atom)`,

    termCount: (terms, used) =>
      `${f.count(terms, { one: "مصطلح واحد", two: "مصطلحان", few: "{count} مصطلحات", many: "{count} مصطلحًا", other: "{count} مصطلح" })}${used < terms ? `${comma}منها ${f.number(used)} لها بيانات` : ""}${comma}بالترتيب الأبجدي.`,
    taxonomyDescription: (taxonomy) => `جميع مصطلحات ${quoted(taxonomy)} مع عدد البيانات لكل منها.`,
    typesDescription: (publisher) => `أنواع البيانات الصادرة عن ${publisher}، مع عدد كل نوع.`,
    typesIntro: "جميع أنواع البيانات، مع عدد ما نُشر من كل نوع.",
    nothingHereYet: "لا يوجد شيء هنا بعد.",

    withdrawnTitle: (title) => `[مسحوب] ${title}`,
    draftNotice: (label) => [label, ": غير منشور. لا يظهر هذا البيان في الموقع المنشور."],
    scheduledNotice: (label, time) => [label, ": يُنشر في ", time, ". وحتى ذلك الحين لا يظهر هذا البيان في الموقع المنشور."],
    withdrawnOn: (time) => ["سُحب هذا البيان في ", time, "."],
    published: (time) => ["نُشر في ", time],
    updated: (time) => ["، وحُدِّث في ", time],
    issuedBy: (names) => (names.length > 1 ? `صادر بالاشتراك عن ${f.list(names)}` : `صادر عن ${names.join("")}`),
    photoCredit: (credit) => `تصوير: ${credit}`,
    updatesHeading: "تحديثات هذا البيان",
    documents: "المستندات",
    documentDetails: (kind, bytes) => ` (${kind}${comma}${f.fileSize(bytes)})`,
    originalPublication: (link) => ["النشر الأصلي: ", link],
    mediaEnquiries: "الاستفسارات الإعلامية",
    phoneLine: (link) => ["الهاتف: ", link],
    emailLine: (link) => ["البريد الإلكتروني: ", link],
    relatedReleases: "بيانات ذات صلة",
    table: "جدول",

    notFoundTitle: "الصفحة غير موجودة",
    notFoundLead: "لا توجد صفحة على هذا العنوان. ربما نُقل البيان، أو ربما يحتوي الرابط على خطأ في الكتابة.",
    notFoundDescription: (siteTitle) => `لا توجد صفحة على هذا العنوان في ${siteTitle}.`,
    searchTheNewsroom: "البحث في المركز الإعلامي",
    notFoundSearchLabel: "كلمات من البيان الذي تبحث عنه",
    allNewsNewestFirst: "جميع الأخبار، من الأحدث إلى الأقدم",
    browseArchives: "تصفح الأرشيف",
    byYear: (years) => ["حسب السنة: ", ...joinParts(years, comma)],

    pageMoved: "نُقلت هذه الصفحة",
    movedTo: (link) => ["نُقلت هذه الصفحة إلى ", link, "."],

    searchDescription: (publisher, taxonomies) =>
      `ابحث في جميع بيانات ${publisher} بالكلمات، وصفِّها حسب ${f.list([...taxonomies, "النوع", "السنة"])}.`,
    searchWords: "كلمات البحث",
    sortBy: "الترتيب حسب",
    bestMatch: "الأكثر صلة",
    newestFirst: "الأحدث أولًا",
    searchNeedsJavaScript: "يتطلب البحث تفعيل JavaScript",
    noScript: (searchNeedsJavaScript) => [searchNeedsJavaScript, "، وهي معطّلة أو محظورة في هذا المتصفح. ومع ذلك يمكن الوصول إلى كل بيان من خلال هذه القوائم:"],
    allReleasesNewestFirst: "جميع البيانات، من الأحدث إلى الأقدم",
    releasesBy: (taxonomy) => `البيانات حسب ${taxonomy}`,
    filterResults: "تصفية النتائج",
    filters: "عوامل التصفية",
    clearAllFilters: "مسح جميع عوامل التصفية",
    results: "النتائج",
    searchPrompt: "اكتب كلمات للبحث عنها، أو اختر عوامل تصفية لتصفح البيانات.",
    searchNoneHint: "تحقق من الإملاء، أو جرّب كلمات أقل أو أعم، أو أزل بعض عوامل التصفية.",
    loadMore: "عرض المزيد من النتائج",
    facetType: "النوع",
    facetYear: "السنة",

    searchFound: {
      one: "عُثر على بيان واحد{words}{filters}.",
      two: "عُثر على بيانين{words}{filters}.",
      few: "عُثر على {count} بيانات{words}{filters}.",
      many: "عُثر على {count} بيانًا{words}{filters}.",
      other: "عُثر على {count} بيان{words}{filters}.",
    },
    searchNoneFound: "لم يُعثر على أي بيان{words}{filters}.",
    searchForWords: ` عن ${quoted("{query}")}`,
    searchWithFilters: " باستخدام عوامل التصفية المختارة",
    searchShown: "يُعرض {shown} من {total}.",
    searchPartial: "تُعرض النتائج من {years}{words}{filters}؛ جارٍ البحث في البيانات الأقدم…",
    searchUnavailable: "البحث غير متاح حاليًا. يمكنك تصفح جميع البيانات من صفحة الأخبار.",
    searchActiveFilters: " ({count})",
    searchChosen: { other: " (المختارة: {count})" },
    searchOptionCount: "({count})",
    searchPageTitle: `${quoted("{query}")} – {title}`,

    atomFeedLink: (title) => `${title} (Atom)`,
    jsonFeedLink: (title) => `${title} (JSON Feed)`,
    termFeedLink: (term, taxonomy) => `${term} (${taxonomy})، Atom`,
    typeFeedLink: (plural) => `${plural}، Atom`,
    termFeedTitle: (term, taxonomy) => `${term}: ${taxonomy}`,
    termFeedDescription: (publisher, term) => `أحدث بيانات ${publisher} المتعلقة بـ${quoted(term)}.`,
    typeFeedDescription: (publisher, plural) => `${plural} — أحدث ما صدر عن ${publisher}.`,
  };
};

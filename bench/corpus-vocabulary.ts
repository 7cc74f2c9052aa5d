/**
 * Invented vocabulary of the synthetic newsroom: the four taxonomies sized like a real
 * police press office (about 25 / 8 / 10 / 12 terms) and word lists for headlines and
 * bodies. Names are built from syllables so the corpus has the long tail of proper
 * nouns a search index meets on a real site.
 */
export const vocabularies: Readonly<Record<string, readonly string[]>> = {
  crime_areas: [
    "Burglary", "Drug trafficking", "Cyber-crime & fraud", "Violent crime", "Vehicle theft",
    "Firearms", "Money laundering", "Domestic abuse", "Road safety", "Environmental crime",
    "Robbery", "Sexual offences", "Shoplifting", "Organised crime", "Trafficking in human beings",
    "Facilitation of illegal immigration", "Arson", "Vandalism", "Counterfeiting", "Public order",
    "Child sexual exploitation", "Corruption", "Wildlife crime", "Missing persons", "Terrorism",
  ],
  target_groups: ["Citizens", "Press/Journalists", "Young people", "Victims", "Businesses", "Local authorities", "Parents", "Older people"],
  general_terms: [
    "Arrests", "Prevention", "Operations", "Appeal for witnesses", "Court ruling",
    "Recruitment", "International cooperation", "Community policing", "Annual report", "Training",
  ],
  organisations: [
    "Havenmark Regional Police", "Public Prosecution Service of Havenmark", "Havenmark Customs Authority",
    "Coastal Guard Service", "Havenmark Port Authority", "Eldmoor Municipal Council", "Northern Seas Policing Network",
    "Havenmark Fire and Rescue", "Saltbridge Borough Council", "Havenmark Victim Support", "Wrenfield Youth Trust",
    "National Cyber Response Unit",
  ],
};

/** Most-used first, so a Zipf draw favours the front of the list. */
export const commonWords: readonly string[] = `
the of and to a in that is for on with was as by at from it be this are have has were will
an or not which their they its but after been more who all can also said one would about
other into two police than over when there some people officers new first three time year
during our public could may area these investigation between local made under them his her
information report week still any before while officers' days station where against team
help further community residents city investigation made found including around since court
man woman men women young street morning evening night vehicle car house property road centre
arrested suspect suspects searched charged released custody evidence witness witnesses
appeal contact number reference inquiries enquiries detectives patrol patrols operation
officer chief constable inspector sergeant constables department unit response emergency
calls incident incidents reported reports safety security support victims victim family
families children school schools business businesses shop shops premises harbour port
district region regional national partners partnership council authority authorities agency
seized seizure drugs cash money goods stolen theft damage injured injuries hospital
treated serious minor critical condition scene cordon closed reopened traffic diversion
prosecutor prosecution hearing trial sentence sentenced prison months years fine fined
warned warning advice advise asked asking urged urge remind reminded encourage encouraged
online phone email website campaign awareness prevention programme scheme project plan
figures statistics increase decrease rise fall compared previous last current recent
today yesterday monday tuesday wednesday thursday friday saturday sunday weekend
january february march april may june july august september october november december
spokesperson statement confirmed announced published launched began continued ended
training recruitment applications candidates course academy graduates uniform equipment
cameras footage images description height build wearing jacket dark light blue black white
grey red green bag knife weapon firearm ammunition cannabis cocaine heroin plants
laboratory warehouse container lorry van boat vessel coast beach park forest bridge
tunnel junction motorway roundabout crossing pedestrian cyclist driver drivers speed
speeding alcohol breath test licence insurance collision crash fatal killed died death
inquest coroner post-mortem examination forensic specialist search dogs helicopter drone
neighbourhood neighbours door doors window windows lock locks alarm alarms garden shed
bicycle bicycles scooter scooters mobile phones laptop jewellery watches tools fuel
fraudsters scam scams calls messages accounts bank banks card cards payments transfer
elderly vulnerable residents volunteers meeting meetings session sessions event events
festival match stadium crowd crowds fans disorder officers' behaviour anti-social graffiti
fires fire arson smoke firefighters rescue coastguard customs border immigration
documents passports identity cooperation exchange network networks intelligence analysis
data systems system digital cyber hacking ransomware attack attacks servers companies
employees staff workers wages labour exploitation housing accommodation shelter care
welfare services health mental charity charities trust foundation grant funding budget
million thousand hundred percent kilometres kilograms hours minutes metres euros
quickly carefully immediately shortly later earlier already again soon together
important significant successful difficult possible available responsible involved
independent additional particular specific general usual unusual suspicious concerned
grateful proud pleased committed determined clear strong safe safer secure quiet busy`
  .trim()
  .split(/\s+/);

const placeStarts = [
  "Wren", "Salt", "Eld", "Haven", "Corr", "Ash", "Black", "Brook", "Dun", "Fen", "Gled", "Hart",
  "Kil", "Lang", "Mar", "North", "Oak", "Red", "Stan", "Thorn", "Wick", "Bram", "Cal", "Drum",
  "Elm", "Frost", "Glen", "Holm", "Iver", "Kirk", "Lynd", "Moss", "Nether", "Pen", "Rook", "Sand",
  "Tarr", "Ulls", "Vale", "West",
];
const placeEnds = ["field", "bridge", "moor", "mouth", "ham", "ford", "wick", "ton", "by", "stead", "worth", "dale", "gate", "holm", "haven", "leigh"];
const givenNames = [
  "Ruth", "Daniel", "Ingrid", "Tomas", "Amira", "Jonas", "Elena", "Marcus", "Priya", "Oliver", "Freya",
  "Samuel", "Nadia", "Hugo", "Leila", "Anton", "Clara", "Felix", "Maren", "Yusuf", "Greta", "Isaac",
  "Sofia", "Viktor", "Hannah", "Rafael", "Lotte", "Kwame", "Ines", "Bram",
];
const surnameParts = ["Cal", "Mae", "Thorn", "Ash", "Brad", "Hol", "Kett", "Lom", "Mer", "Pell", "Rad", "Sel", "Tam", "Vor", "Wynd", "Ferr", "Garr", "Hask", "Lind", "Orr"];
const surnameEnds = ["loway", "lor", "ridge", "well", "by", "ton", "ward", "field", "sen", "more", "wick", "stone", "hill", "ford"];

function combine(starts: readonly string[], ends: readonly string[]): string[] {
  return starts.flatMap((start) => ends.map((end) => start + end));
}

/** About 640 towns and districts and 280 surnames. */
export const places: readonly string[] = combine(placeStarts, placeEnds);
export const surnames: readonly string[] = combine(surnameParts, surnameEnds);
export const given: readonly string[] = givenNames;

export const ranks = ["Chief Constable", "Detective Chief Inspector", "Inspector", "Superintendent", "Sergeant", "Commissioner"];

export const headlines = {
  actors: ["Police", "Officers", "Detectives", "Customs officers", "Neighbourhood teams", "Investigators", "Traffic officers"],
  verbs: ["arrest", "seize", "search", "charge", "question", "identify", "trace", "stop", "warn", "support"],
  objects: [
    "suspects", "drugs", "stolen vehicles", "cannabis plants", "counterfeit goods", "illegal firearms",
    "stolen bicycles", "unlicensed drivers", "fraudsters", "cash", "e-scooters", "fireworks",
  ],
  incidents: ["burglary series", "serious collision", "street robbery", "shop fire", "knife attack", "phone scam wave", "break-ins", "harbour theft", "assault"],
  speeches: ["Speech at the", "Address to the", "Remarks at the", "Keynote at the"],
  events: ["passing-out parade", "port security conference", "annual council meeting", "youth safety summit", "victim support forum", "cyber resilience day"],
  statements: ["Statement on", "Statement following", "Response to", "Update on"],
  subjects: ["the verdict in the", "the inspection report on the", "the death in custody at", "the review of the", "the closure of"],
};

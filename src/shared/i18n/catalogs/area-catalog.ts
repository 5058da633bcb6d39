/**
 * One area's messages in a locale other than English: exactly the English area's ids (the compiler refuses a
 * missing or extra key), so each tab's strings can be translated, reviewed and extended on their own.
 */
export type AreaCatalog<EnglishArea> = Readonly<Record<keyof EnglishArea, string>>;

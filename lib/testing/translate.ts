import { translator } from "../i18n/catalogs";

/** The interface's words in English and Spanish, for tests that read what the person is told. */
export const english = translator("en");
export const spanish = translator("es");

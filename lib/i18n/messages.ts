import type english from "../../messages/en.json";
import { languageTag, type Locale } from "./locales";
import { renderMessage, type CompiledMessage, type MessageValues } from "./render-message";

/** The interface's words: messages/en.json is the reference, every other catalog has the same keys. */
export type Messages = typeof english;
export type MessageKey = keyof Messages;
/** A catalog as the page carries it: each message read into parts at build time. */
export type CompiledMessages = Record<MessageKey, CompiledMessage>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;
/** The part of a key before its first dot: "result" for "result.title". */
export type Namespace = MessageKey extends `${infer Part}.${string}` ? Part : never;

/** The translator for one language's catalog (the page gets only its own language's catalog). */
export function translatorFor(messages: CompiledMessages, locale: Locale): Translate {
  const tag = languageTag[locale];
  return (key, values) => {
    const message: CompiledMessage | undefined = messages[key];
    if (message === undefined) throw new Error(`'${key}' is not in this page's catalog: add its namespace to the page`);
    return renderMessage(message, values, tag);
  };
}

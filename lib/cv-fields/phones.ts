import { findPhoneNumbersInText, isSupportedCountry, type CountryCode } from "libphonenumber-js";
import { LIMITS } from "./normalize";
import type { LineContext } from "./types";

const PHONE_LABEL = /\b(tel|tél|phone|telephone|téléphone|teléfono|telefon|telefone|mobile|mobil|móvil|cell|handy|tlf|portable|cellulare|komórka|tel\.?\s*kom)\b|电话|手机|هاتف|جوال|☎|📞|📱/i;
/** A number that belongs to an employer, not to the person. */
const COMPANY_PHONE = /\b(fax|office|company|switchboard|reception|zentrale|firma|büro|main line|hotline|headquarters|hq|standard)\b/i;
const ORGANISATION = /\b(GmbH|Ltd|Limited|Inc|LLC|AG|SARL|SAS|B\.V\.|Corp|Corporation|plc|S\.A\.|Sp\. z o\.o\.|ApS|Oy)(?![\p{L}\d])/u;
const YEAR_RANGE = /\b(19|20)\d{2}\s*[-–—/]\s*((19|20)\d{2}|present|today|now|heute|aujourd'hui|actualidad)\b/i;
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** An address or a link: its digits ("jane.15096634@…", "…/in/jane-0701234567") are never a number. */
const ADDRESS_OR_LINK = /[^\s@,;|·•()<>]*@[^\s,;|·•()<>]+|(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}\/\S*/gi;

/** The words before a number back to the previous separator: its label, if any ("Office: …"). */
function leadIn(text: string, startsAt: number): string {
  const before = text.slice(Math.max(0, startsAt - 40), startsAt);
  const separator = Math.max(before.lastIndexOf("·"), before.lastIndexOf("|"), before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("•"));
  return before.slice(separator + 1);
}

export type FoundPhone = { value: string; context: LineContext; score: number };

const asciiDigits = (text: string) =>
  text.replace(ARABIC_DIGITS, (digit) => String((digit.charCodeAt(0) - (digit.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)) % 10));

/** Blanks addresses and links out, keeping every other character where it was (offsets stay true). */
const withoutAddresses = (text: string) => text.replace(ADDRESS_OR_LINK, (address) => " ".repeat(address.length));

/** "0049 30 …" is "+49 30 …" everywhere outside North America: read the international prefix as "+". */
const plusForInternationalPrefix = (text: string) => text.replace(/(?<![\d+][\s().-]{0,3})(?<!\d)00(?=[1-9])/g, "+");

/**
 * Numbers in E.164. Written with "+" (or "00") they are read as they are; a national number only
 * where the line says it is a phone (or is a contact line with an email) and a country is known,
 * so that dates and ids are not taken for numbers. An employer's line or number does not count.
 */
export function scorePhones(lines: LineContext[], country: CountryCode | undefined): FoundPhone[] {
  const byValue = new Map<string, FoundPhone>();
  let previous: LineContext | undefined;
  for (const context of lines) {
    const before = previous;
    previous = context;
    const text = withoutAddresses(asciiDigits(context.line.text));
    if (context.inReferences || !/\d/.test(text) || ORGANISATION.test(text)) continue;
    const labelled = PHONE_LABEL.test(text) || PHONE_LABEL.test(before?.line.text.slice(0, 20) ?? "");
    // The line as written: its addresses are blanked out of `text`, but they still make it a contact line.
    const contactLine = labelled || context.line.text.includes("@") || context.index < 8;
    const readable = plusForInternationalPrefix(text);
    const found = [...findPhoneNumbersInText(readable)];
    if (country && contactLine && !YEAR_RANGE.test(readable)) {
      for (const national of findPhoneNumbersInText(readable, country)) {
        if (!found.some((f) => f.startsAt === national.startsAt)) found.push(national);
      }
    }
    for (const { number, startsAt } of found) {
      const value = number.number;
      if (byValue.has(value) || value.replace(/\D/g, "").length < 8 || COMPANY_PHONE.test(leadIn(readable, startsAt))) continue;
      let score = 10 - Math.min(context.index, 60) / 10;
      if (labelled) score += 3;
      byValue.set(value, { value, context, score });
    }
    if (byValue.size >= LIMITS.candidatesPerField) break;
  }
  return [...byValue.values()].sort((a, b) => b.score - a.score);
}

const GENERIC_TLDS = new Set(["co", "io", "me", "ai", "tv", "ly", "fm", "to", "sh", "gg", "cc", "ws", "so", "la", "am"]);
const COUNTRY_NAMES: [RegExp, CountryCode][] = [
  [/\b(germany|deutschland)\b/i, "DE"], [/\b(france)\b/i, "FR"], [/\b(united kingdom|england|scotland|wales|london)\b/i, "GB"],
  [/\b(usa|united states|new york|california)\b/i, "US"], [/\b(poland|polska)\b/i, "PL"], [/\b(spain|españa)\b/i, "ES"],
  [/\b(norway|norge)\b/i, "NO"], [/\b(denmark|danmark)\b/i, "DK"], [/\b(netherlands|nederland)\b/i, "NL"], [/\b(italy|italia)\b/i, "IT"],
  [/\b(switzerland|schweiz|suisse)\b/i, "CH"], [/\b(austria|österreich)\b/i, "AT"], [/\b(sweden|sverige)\b/i, "SE"],
  [/\b(ireland)\b/i, "IE"], [/\b(portugal)\b/i, "PT"], [/\b(brazil|brasil)\b/i, "BR"], [/\b(canada)\b/i, "CA"],
  [/\b(australia)\b/i, "AU"], [/\b(india)\b/i, "IN"], [/\b(china)\b|中国/i, "CN"], [/\b(uae|united arab emirates|dubai)\b|الإمارات/i, "AE"],
  [/\b(saudi arabia)\b|السعودية/i, "SA"], [/\b(egypt)\b|مصر/i, "EG"],
];

/**
 * The country national numbers are read in: a country named near the top, else the likeliest
 * email's country domain, else the caller's (the browser's region).
 */
export function phoneCountry(lines: LineContext[], email: string | undefined, fallback: CountryCode | undefined): CountryCode | undefined {
  for (const { line } of lines.slice(0, 15)) {
    const named = COUNTRY_NAMES.find(([pattern]) => pattern.test(line.text));
    if (named) return named[1];
  }
  const tld = email?.slice(email.lastIndexOf(".") + 1).toUpperCase();
  if (tld && !GENERIC_TLDS.has(tld.toLowerCase())) {
    const code = tld === "UK" ? "GB" : tld;
    if (isSupportedCountry(code)) return code;
  }
  return fallback;
}

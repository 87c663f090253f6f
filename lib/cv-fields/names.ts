import { isHeading } from "./sections";
import { foldToAscii } from "./normalize";
import type { LineContext } from "./types";

export type FoundName = { firstName: string; lastName: string };

const NAME_LABEL = /^(name|full name|nom|nom complet|nombre|nombre completo|imię i nazwisko|navn|vor- und nachname|姓名|الاسم)\s*[:：]\s*/i;
const TITLES = /^(dr|prof|mr|mrs|ms|miss|mx|sir|dipl\.?-ing|ing|mag|msc|bsc|ba|ma|phd|mba|meng|beng|cpa|pmp)\.?$/i;
const PARTICLES = new Set(["van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "le", "la", "dos", "das", "do", "ten", "ter", "zu", "bin", "binti", "ibn", "al", "el", "y", "st.", "mac"]);
/** Words that make a short top line a title, heading or address rather than a name. */
const NOT_NAME_WORDS = new Set(
  (
    "curriculum vitae resume résumé lebenslauf cv profile profil contact kontakt experience education skills summary objective page " +
    "engineer developer manager designer analyst consultant scientist nurse teacher architect lead senior junior officer director " +
    "specialist intern student assistant administrator accountant marketing sales product software data frontend backend full stack " +
    "web ux ui research head chief owner founder cto ceo cfo coo devops qa test tester sre cloud security mobile android ios " +
    "ingenieur ingenieurin entwickler entwicklerin développeur développeuse ingénieur ingénieure desarrollador desarrolladora " +
    "ingeniero ingeniera programista inżynier utvikler udvikler ontwikkelaar sviluppatore projekt project team " +
    "street road avenue lane straße strasse str rue calle ulica gate vei vej plaza platz " +
    "january february march april may june july august september october november december " +
    "university college school gmbh ltd inc llc ag limited company references referees personal details and of the for " +
    "united kingdom states usa deutschland germany france españa spain danmark denmark norge norway sverige sweden polska poland " +
    "österreich austria schweiz switzerland italia italy ireland india china australia brasil brazil canada netherlands nederland"
  ).split(" "),
);
const LATIN_TOKEN = /^(\p{Lu}[\p{Ll}\p{Lu}\p{M}'’.-]*|\p{Lu}\.)$/u;
const HAN_NAME = /^[\p{Script=Han}]{2,4}$/u;
const HAN_TOKEN = /^[\p{Script=Han}]{1,3}$/u;
const HANGUL_NAME = /^[\p{Script=Hangul}]{2,4}$/u;
const ARABIC_TOKEN = /^[\p{Script=Arabic}]{2,}$/u;
/** The commonest Chinese family names (about nine in ten people): a run of Han characters is a name only if it starts with one. */
const HAN_SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
);
const COMPOUND_HAN_SURNAMES = new Set(["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "长孙"]);

/** "JEAN-LUC" → "Jean-Luc", "O'BRIEN" → "O'Brien": all-capital names as people write them. */
function titleCase(token: string): string {
  return token.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_all, separator: string, letter: string) => separator + letter.toUpperCase());
}
const isAllCaps = (token: string) => /\p{Lu}{2,}/u.test(token) && token === token.toUpperCase();

/** The part of a line that could be the name: after a "Name:" label, before " | Title" or ", MSc". */
function nameText(raw: string): { text: string; labelled: boolean } {
  const labelled = NAME_LABEL.test(raw);
  let text = raw.replace(NAME_LABEL, "");
  text = text.split(/\s+[|·•–—]\s+|\s{3,}|\t/)[0]!.trim();
  text = text.replace(/,\s*(msc|bsc|phd|mba|ma|ba|meng|beng|cpa|pmp|dr)\.?$/i, "");
  return { text, labelled };
}

/** Given and family name of a line, or null when it is not shaped like a person's name. */
export function splitName(raw: string): FoundName | null {
  const { text } = nameText(raw);
  if (!text || text.length > 60 || /[\d@/\\:;#+=_<>()[\]{}!?]/.test(text) || isHeading(text)) return null;
  const compact = text.replace(/\s+/g, "");
  if (HAN_NAME.test(compact) && !HAN_SURNAMES.has(compact[0]!) && !COMPOUND_HAN_SURNAMES.has(compact.slice(0, 2))) return null;
  if (HAN_NAME.test(compact) || HANGUL_NAME.test(compact)) {
    const tokens = text.split(" ");
    if (tokens.length === 2 && tokens.every((token) => HAN_TOKEN.test(token) || /^\p{Script=Hangul}+$/u.test(token))) return { lastName: tokens[0]!, firstName: tokens[1]! };
    const familyLength = COMPOUND_HAN_SURNAMES.has(compact.slice(0, 2)) && compact.length > 2 ? 2 : 1;
    return { lastName: compact.slice(0, familyLength), firstName: compact.slice(familyLength) };
  }
  const comma = text.split(/\s*,\s*/);
  let tokens = (comma.length === 2 ? `${comma[1]} ${comma[0]}` : text).split(" ").filter((token) => !TITLES.test(token));
  if (tokens.length < 2 || tokens.length > 4) return null;
  if (tokens.every((token) => ARABIC_TOKEN.test(token))) {
    const givenLength = tokens[0] === "عبد" && tokens.length > 2 ? 2 : 1;
    return { firstName: tokens.slice(0, givenLength).join(" "), lastName: tokens.slice(givenLength).join(" ") };
  }
  if (tokens.some((token) => NOT_NAME_WORDS.has(foldToAscii(token).replace(/[.,]$/, "")) && !PARTICLES.has(token.toLowerCase()))) return null;
  if (!tokens.every((token) => LATIN_TOKEN.test(token) || PARTICLES.has(token.toLowerCase()))) return null;
  if (!LATIN_TOKEN.test(tokens[0]!) || PARTICLES.has(tokens[tokens.length - 1]!.toLowerCase())) return null;
  const caps = tokens.map(isAllCaps);
  const capsCount = caps.filter(Boolean).length;
  // "Jean DUPONT", "DUPONT Jean": the one word in capitals among others is the family name.
  if (comma.length !== 2 && capsCount >= 1 && capsCount < tokens.length) {
    const family = tokens.filter((_token, i) => caps[i]).map(titleCase);
    const given = tokens.filter((_token, i) => !caps[i]);
    return { firstName: given.join(" "), lastName: family.join(" ") };
  }
  tokens = tokens.map((token) => (isAllCaps(token) ? titleCase(token) : token));
  const particleAt = tokens.findIndex((token, i) => i > 0 && PARTICLES.has(token.toLowerCase()));
  const familyStart = particleAt > 0 ? particleAt : tokens.length - 1;
  return { firstName: tokens.slice(0, familyStart).join(" "), lastName: tokens.slice(familyStart).join(" ") };
}

/**
 * The author's name: among the first lines and the largest type of the first page, the one shaped
 * like a name that is labelled, set largest, nearest the top, or matching an email address.
 */
export function findName(lines: LineContext[], emails: string[]): FoundName | null {
  const firstPage = lines.filter(({ line }) => line.page === lines[0]?.line.page);
  const sizes = firstPage.map(({ line }) => line.size).filter((size): size is number => size !== undefined);
  const largest = sizes.length ? Math.max(...sizes) : undefined;
  const median = sizes.length ? [...sizes].sort((a, b) => a - b)[Math.floor(sizes.length / 2)]! : undefined;
  const locals = emails.slice(0, 3).map((email) => email.slice(0, email.indexOf("@")));
  let best: { name: FoundName; score: number } | null = null;
  let firstShaped = true;
  for (const context of firstPage.slice(0, 400)) {
    const { line, index, inReferences } = context;
    if (inReferences) continue;
    const labelled = nameText(line.text).labelled;
    const prominent = line.size !== undefined && largest !== undefined && line.size >= largest - 0.5;
    if (index >= 30 && !labelled && !prominent) continue;
    const name = splitName(line.text);
    if (!name) continue;
    let score = 0;
    // A CV opens with its author's name more often than with anything else shaped like one.
    if (firstShaped) score += 2;
    firstShaped = false;
    if (labelled) score += 6;
    // "Doe, Jane" is rare on a CV; "Lyon, France" is not.
    else if (line.text.includes(",")) score -= 1;
    if (prominent) score += 4;
    else if (line.size !== undefined && median !== undefined && line.size >= median * 1.3) score += 2;
    score += index < 3 ? 3 : index < 8 ? 1.5 : 0;
    if (line.size !== undefined && line.y < 0.2) score += 1;
    const parts = foldToAscii(`${name.firstName} ${name.lastName}`).split(/[\s'-]+/).filter((part) => part.length >= 2);
    const matched = parts.filter((part) => locals.some((local) => local.includes(part))).length;
    score += Math.min(matched * 3, 5);
    if (!best || score > best.score) best = { name, score };
  }
  return best && best.score >= 2 ? best.name : null;
}

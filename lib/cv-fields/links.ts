import { foldToAscii } from "./normalize";
import type { CvLinks, LineContext } from "./types";

// Hosts made of lower-case labels (so "ASP.NET" or "Node.JS" in a skills list are not sites), an optional path.
const URL_PATTERN = /(?<![@\w.-])(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}[a-z]{2,12})(\/[^\s,;|()<>"']{0,200})?/g;
const PORTFOLIO_TLDS = new Set([
  "com", "net", "org", "dev", "io", "me", "design", "art", "xyz", "page", "site", "app", "co", "info", "eu", "de", "fr", "uk",
  "es", "it", "nl", "pl", "no", "dk", "se", "ch", "at", "portfolio", "studio", "tech", "online", "blog", "cn", "ae",
]);
/** Two letters that end file names in a skills list ("Node.js") more often than they end a site. */
const CODE_EXTENSIONS = new Set(["js", "ts", "py", "rb", "md", "sh", "cs", "go", "rs", "kt", "pl", "jl", "vb"]);
const PORTFOLIO_LABEL = /\b(portfolio|website|web|site|blog|homepage|home page|personal site|webseite|site web|sitio web|strona)\b|网站|الموقع/i;
/** Sites that are not a person's own portfolio (employers' and schools' sites are told by the line). */
const NOT_PORTFOLIO = /(^|\.)(linkedin|github|gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|gmx|web|t-online|orange|free|wanadoo|qq|163|example|google|facebook|twitter|x|instagram|youtube|stackoverflow|medium|gitlab|bitbucket|behance|dribbble)\.[a-z.]+$/;
const ORGANISATION = /\b(GmbH|Ltd|Limited|Inc|LLC|AG|SARL|SAS|B\.V\.|Corp|plc|S\.A\.|University|Universität|Université|Universidad|Uniwersytet|School|College|Institute)\b/i;

/** `explicit`: written with "https://" or "www.", as a site and not a word with a dot in it. */
type Url = { host: string; path: string; explicit: boolean; context: LineContext };

function urlsIn(context: LineContext): Url[] {
  const out: Url[] = [];
  for (const match of context.line.text.matchAll(URL_PATTERN)) {
    const host = match[1]!.toLowerCase().replace(/^www\./, "");
    const tld = host.slice(host.lastIndexOf(".") + 1);
    const countryDomain = tld.length === 2 && !CODE_EXTENSIONS.has(tld);
    if (!PORTFOLIO_TLDS.has(tld) && !countryDomain && !match[0].startsWith("http")) continue;
    out.push({ host, path: (match[2] ?? "").replace(/[.)\]]+$/, ""), explicit: /^(https?:\/\/|www\.)/.test(match[0]), context });
    if (out.length > 20) break;
  }
  return out;
}

const profile = (path: string) => path.split("/").filter(Boolean);

/**
 * LinkedIn (`/in/<name>`), GitHub (`/<user>`) and a portfolio site, as https URLs, outside the
 * references. A portfolio is a site on a labelled line, or one whose name carries the author's.
 */
export function findLinks(lines: LineContext[], nameParts: string[]): CvLinks {
  const links: CvLinks = {};
  const folded = nameParts.map(foldToAscii).filter((part) => part.length >= 3);
  let portfolioScore = 0;
  for (const context of lines) {
    if (context.inReferences || !context.line.text.includes(".")) continue;
    for (const url of urlsIn(context)) {
      const parts = profile(url.path);
      if (/(^|\.)linkedin\.com$/.test(url.host)) {
        if (!links.linkedin && parts[0] === "in" && parts[1]) links.linkedin = `https://www.linkedin.com/in/${parts[1]}`;
        continue;
      }
      if (url.host === "github.com") {
        if (!links.github && parts[0] && !["orgs", "features", "about", "topics"].includes(parts[0])) links.github = `https://github.com/${parts[0]}`;
        continue;
      }
      if (NOT_PORTFOLIO.test(url.host) || ORGANISATION.test(context.line.text)) continue;
      let score = 0;
      if (PORTFOLIO_LABEL.test(context.line.text)) score += 2;
      if (folded.some((part) => url.host.includes(part))) score += 2;
      if (context.index < 12 || (context.line.size !== undefined && context.line.y > 0.93)) score += url.explicit ? 2 : 1;
      if (score >= 2 && score > portfolioScore) {
        portfolioScore = score;
        links.portfolio = `https://${url.host}${url.path.replace(/\/$/, "")}`;
      }
    }
  }
  return links;
}

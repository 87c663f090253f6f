import type { Person } from "./people";

export type Layout = "single" | "two-column" | "header-footer" | "table";
export type Style = "name" | "title" | "heading" | "body" | "small";
export type Run = { text: string; style: Style };
export type Item = Run | { table: [string, string][] } | { pageBreak: true };

/** A CV as both renderers draw it: running header and footer, a sidebar, and the main flow. */
export type CvDocument = { header: Run[]; footer: Run[]; side: Run[]; main: Item[] };

type Lang = "en" | "de" | "fr" | "es" | "zh" | "ar";
const HEADINGS: Record<Lang, Record<"profile" | "contact" | "experience" | "education" | "skills" | "languages" | "references", string>> = {
  en: { profile: "Profile", contact: "Contact", experience: "Experience", education: "Education", skills: "Skills", languages: "Languages", references: "References" },
  de: { profile: "Profil", contact: "Kontakt", experience: "Berufserfahrung", education: "Ausbildung", skills: "Kenntnisse", languages: "Sprachen", references: "Referenzen" },
  fr: { profile: "Profil", contact: "Contact", experience: "Expérience professionnelle", education: "Formation", skills: "Compétences", languages: "Langues", references: "Références" },
  es: { profile: "Perfil", contact: "Contacto", experience: "Experiencia", education: "Formación", skills: "Habilidades", languages: "Idiomas", references: "Referencias" },
  zh: { profile: "个人信息", contact: "联系方式", experience: "工作经验", education: "教育背景", skills: "技能", languages: "语言", references: "推荐人" },
  ar: { profile: "نبذة", contact: "معلومات الاتصال", experience: "الخبرة", education: "التعليم", skills: "المهارات", languages: "اللغات", references: "المراجع" },
};

function languageOf(person: Person): Lang {
  if (/\p{Script=Han}/u.test(person.written)) return "zh";
  if (/\p{Script=Arabic}/u.test(person.written)) return "ar";
  if (/Deutschland|Österreich|Schweiz|München/.test(person.city)) return "de";
  if (/France|Paris|Lyon/.test(person.city)) return "fr";
  if (/España|Madrid|Sevilla/.test(person.city)) return "es";
  return "en";
}

const run = (text: string, style: Style = "body"): Run => ({ text, style });

export function contactLines(person: Person): { email: string[]; phone: string[]; links: string[] } {
  const email = person.email ? [person.labelled ? `E-mail: ${person.email}` : person.email] : [];
  if (person.otherEmail) email.push(person.otherEmail);
  const phone = person.phone ? [person.phone.written] : [];
  const links: string[] = [];
  if (person.linkedin) links.push(`linkedin.com/in/${person.linkedin}`);
  if (person.github) links.push(`https://github.com/${person.github}`);
  if (person.portfolio) links.push(person.labelled ? `Website: ${person.portfolio}` : `www.${person.portfolio}`);
  return { email, phone, links };
}

function body(person: Person, lang: Lang, layout: Layout): Item[] {
  const h = HEADINGS[lang];
  const items: Item[] = [run(h.profile, "heading"), run(`${person.title} with ten years of shipping reliable products for demanding teams.`)];
  items.push(run(h.experience, "heading"), run(`2019 – present   ${person.title}, Northwind Traders Ltd`), run("Led a team of five; cut the release time by 40 %."));
  for (const decoy of person.decoys) {
    if (decoy.kind === "employer-phone" || decoy.kind === "office-phone" || decoy.kind === "role-mailbox") items.push(run(decoy.line));
    if (decoy.kind === "referee-line") items.push(run(`${decoy.name}, ${decoy.email}`));
  }
  items.push(run("2015 – 2019   Developer, Initech"), run("Built the billing service (TypeScript, ASP.NET, Node.js)."));
  if (layout === "header-footer") items.push({ pageBreak: true });
  items.push(run(h.education, "heading"), run("2011 – 2015   BSc Computer Science, University of Leeds"));
  items.push(run(h.skills, "heading"), run("TypeScript, React, ASP.NET, Node.js, PostgreSQL, Docker, Kubernetes"));
  if (layout !== "two-column") items.push(run(h.languages, "heading"), run("English (C2) · German (B2) · Spanish (A2)"));
  const references = person.decoys.find((decoy) => decoy.kind === "references");
  items.push(run(h.references, "heading"));
  if (references?.kind === "references") items.push(run(references.name), run(references.role), run(references.email), run(`Tel: ${references.phone}`));
  else items.push(run("Available on request."));
  return items;
}

/** The CV of a person in a layout: where the name, the contact details and the decoys go. */
export function cvDocument(person: Person, layout: Layout): CvDocument {
  const lang = languageOf(person);
  const contact = contactLines(person);
  const all = [...contact.email, ...contact.phone, ...contact.links];
  const main = body(person, lang, layout);
  if (layout === "two-column") {
    const side = [run(HEADINGS[lang].contact, "heading"), ...all.map((text) => run(text, "small")), run(person.city, "small"), run(HEADINGS[lang].languages, "heading"), run("English (C2)", "small"), run("German (B2)", "small")];
    return { header: [], footer: [], side, main: [run(person.written, "name"), run(person.title, "title"), ...main] };
  }
  if (layout === "header-footer") {
    return { header: [run(person.written, "name")], footer: [run(all.slice(0, 3).join(" · "), "small"), ...(all.length > 3 ? [run(all.slice(3).join(" · "), "small")] : [])], side: [], main: [run(person.title, "title"), run(person.city), ...main] };
  }
  if (layout === "table") {
    const rows: [string, string][] = [];
    const bare = (text: string) => text.replace(/^[^:：]+[:：]\s*/, "");
    for (const email of contact.email) rows.push(["E-mail", bare(email)]);
    for (const phone of contact.phone) rows.push([lang === "de" ? "Telefon" : lang === "fr" ? "Téléphone" : "Phone", bare(phone)]);
    for (const link of contact.links) rows.push(["Web", bare(link)]);
    rows.push(["Address", person.city]);
    return { header: [], footer: [], side: [], main: [run(person.written, "name"), run(person.title, "title"), { table: rows }, ...main] };
  }
  const lines = [[...contact.email, ...contact.phone, person.city].join(" · "), contact.links.join(" · ")].filter(Boolean);
  return { header: [], footer: [], side: [], main: [run(person.written, "name"), run(person.title, "title"), ...lines.map((text) => run(text, "small")), ...main] };
}

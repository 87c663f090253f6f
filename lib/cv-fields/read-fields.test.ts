import { describe, expect, it } from "vitest";
import { linesFromText, readCvFields } from "./read-fields";
import { splitName } from "./names";
import { emailsIn } from "./emails";
import { linesFromPdfPage } from "./pdf-lines";
import type { CvLine } from "./types";

const read = (text: string, options = {}) => readCvFields(linesFromText(text), options);

describe("readCvFields", () => {
  it("reads a plain CV's name, email, phone and links", () => {
    const fields = read(
      [
        "Curriculum Vitae",
        "Jane Doe",
        "Senior Software Engineer",
        "jane.doe@example.org · +44 7911 123456 · linkedin.com/in/jane-doe · github.com/janedoe",
        "Portfolio: janedoe.dev",
        "Experience",
        "Acme Ltd, London — 2019 – present",
      ].join("\n"),
    );
    expect(fields).toMatchObject({ firstName: "Jane", lastName: "Doe", emails: ["jane.doe@example.org"], phones: ["+447911123456"] });
    expect(fields.links).toEqual({ linkedin: "https://www.linkedin.com/in/jane-doe", github: "https://github.com/janedoe", portfolio: "https://janedoe.dev" });
  });

  it("leaves out a referee's email and phone, an employer's number and a company mailbox", () => {
    const fields = read(
      [
        "Tomás Ruiz",
        "Email: tomas.ruiz@correo.es",
        "Experience",
        "Contoso GmbH, Berlin · +49 30 901820",
        "Office: +34 910 000 000 — write to info@contoso.com",
        "References",
        "Dr. Ana López, ana.lopez@uni.es, +34 600 111 222",
      ].join("\n"),
    );
    expect(fields.emails).toEqual(["tomas.ruiz@correo.es"]);
    expect(fields.phones).toEqual([]);
    expect(fields).toMatchObject({ firstName: "Tomás", lastName: "Ruiz" });
  });

  it("puts the email that carries the author's name first and keeps the others", () => {
    const fields = read(["Ola Nordmann", "ola.work@firma.no", "ola.nordmann@gmail.com", "Mobil: 912 34 567"].join("\n"), { defaultCountry: "NO" });
    expect(fields.emails).toEqual(["ola.nordmann@gmail.com", "ola.work@firma.no"]);
    expect(fields.phones).toEqual(["+4791234567"]);
  });

  it("never reads the digits of an email address or a link as a phone", () => {
    const fields = read(["Ingrid Bergström", "Stockholm, Sweden", "ingrid.15096634@example.se · +46 70 123 45 67", "linkedin.com/in/ingrid-0701234567"].join("\n"));
    expect(fields.phones).toEqual(["+46701234567"]);
    expect(fields.emails).toEqual(["ingrid.15096634@example.se"]);
    expect(read(["Ingrid Bergström", "Sweden", "Email: 0701234567@example.se", "https://example.se/0812345678"].join("\n")).phones).toEqual([]);
  });

  it("reads a national number on a contact line with an email further down the page", () => {
    const lines = ["Ola Nordmann", "Utvikler", "Profil", "Erfaring", "Firma AS", "2019 – i dag", "Utdanning", "Universitetet i Oslo", "Kontakt"];
    expect(read([...lines, "ola.nordmann@gmail.com · 912 34 567"].join("\n"), { defaultCountry: "NO" }).phones).toEqual(["+4791234567"]);
  });

  it("reads national numbers only on a phone line, not dates", () => {
    const fields = read(["Max Müller", "Telefon: 030 12345678", "Berlin, Germany", "2015 - 2019 Entwickler"].join("\n"));
    expect(fields.phones).toEqual(["+493012345678"]);
  });

  it("finds nothing in text without a CV's fields", () => {
    expect(read("Experience\nBuilt things at Acme Ltd 2015-2019\nSkills: ASP.NET, Node.js")).toEqual({ firstName: undefined, lastName: undefined, emails: [], phones: [], links: {} });
  });

  it("prefers the largest type on the first page for the name, in a two-column layout", () => {
    const lines: CvLine[] = [
      { text: "Contact", page: 1, x: 0.05, y: 0.1, size: 11 },
      { text: "Software Developer", page: 1, x: 0.45, y: 0.14, size: 12 },
      { text: "Łukasz Wiśniewski", page: 1, x: 0.45, y: 0.08, size: 26 },
      { text: "lukasz.w@poczta.pl", page: 1, x: 0.05, y: 0.14, size: 9 },
      { text: "Experience", page: 1, x: 0.45, y: 0.2, size: 14 },
      { text: "+48 512 345 678", page: 1, x: 0.05, y: 0.18, size: 9 },
      { text: "Languages", page: 1, x: 0.05, y: 0.3, size: 11 },
    ];
    expect(readCvFields(lines)).toMatchObject({ firstName: "Łukasz", lastName: "Wiśniewski", emails: ["lukasz.w@poczta.pl"], phones: ["+48512345678"] });
  });
});

describe("splitName", () => {
  it.each([
    ["Jane Doe", "Jane", "Doe"],
    ["Mary Ann Smith", "Mary Ann", "Smith"],
    ["Ludwig van Beethoven", "Ludwig", "van Beethoven"],
    ["Jean DUPONT", "Jean", "Dupont"],
    ["DUPONT Jean-Luc", "Jean-Luc", "Dupont"],
    ["SØREN KIERKEGAARD", "Søren", "Kierkegaard"],
    ["Doe, Jane", "Jane", "Doe"],
    ["Dr. Renée Faßbender, PhD", "Renée", "Faßbender"],
    ["Siobhán O'Brien | Data Analyst", "Siobhán", "O'Brien"],
    ["王小明", "小明", "王"],
    ["欧阳娜娜", "娜娜", "欧阳"],
    ["李 娜", "娜", "李"],
    ["محمد العلي", "محمد", "العلي"],
    ["عبد الله الفارسي", "عبد الله", "الفارسي"],
    ["Name: Zoë Ødegård", "Zoë", "Ødegård"],
  ])("%s", (line, firstName, lastName) => {
    expect(splitName(line)).toEqual({ firstName, lastName });
  });

  it.each(["Curriculum Vitae", "Software Engineer", "Experience", "12 Baker Street", "jane@doe.com", "Berlin", "Team Lead and Architect"])("is not a name: %s", (line) => {
    expect(splitName(line)).toBeNull();
  });
});

describe("hostile text", () => {
  const quick = (run: () => unknown) => {
    const started = performance.now();
    expect(run).not.toThrow();
    return performance.now() - started;
  };

  it("reads a huge page quickly", () => {
    const huge = "x".repeat(5_000_000) + "\n" + "word ".repeat(200_000);
    expect(quick(() => read(huge))).toBeLessThan(2000);
  });

  it("reads 10 000 emails quickly and keeps a bounded list", () => {
    const many = Array.from({ length: 10_000 }, (_, i) => `person${i}@example${i % 7}.com`).join(" ");
    let fields = read("");
    expect(quick(() => (fields = read(`Jane Doe\n${many}`)))).toBeLessThan(2000);
    expect(fields.emails.length).toBeLessThanOrEqual(50);
    expect(fields.emails[0]).toBe("person0@example0.com");
  });

  it("reads a line of '@' and dots quickly", () => {
    expect(quick(() => read("a@".repeat(200_000) + ".".repeat(100_000)))).toBeLessThan(2000);
  });

  it("reads through right-to-left marks and zero-width characters", () => {
    const fields = read("\u200fJa\u200bne Do\u200de\u202e\nja\u200bne@exam\u2060ple.com\n\ufeff+1 202\u200b 555 0147");
    expect(fields).toMatchObject({ firstName: "Jane", lastName: "Doe", emails: ["jane@example.com"], phones: ["+12025550147"] });
  });

  it("reads Arabic-Indic digits", () => {
    expect(read("محمد العلي\nهاتف: +٩٧١ ٥٠ ١٢٣ ٤٥٦٧").phones).toEqual(["+971501234567"]);
  });

  it("survives many numbers and links in one line", () => {
    const line = Array.from({ length: 5000 }, (_, i) => `+1 202 555 ${String(i).padStart(4, "0")} site${i}.dev/x`).join(" ");
    expect(quick(() => read(`Jane Doe\n${line}`))).toBeLessThan(2000);
  });
});

describe("emailsIn", () => {
  it("drops trailing punctuation and invalid shapes", () => {
    expect(emailsIn("mail me: Jane.Doe+cv@Example.co.uk. or a@b, x@y.z, @nobody, ..@..")).toEqual(["jane.doe+cv@example.co.uk"]);
  });
});

describe("linesFromPdfPage", () => {
  it("joins items on a baseline and keeps columns apart", () => {
    const item = (str: string, x: number, y: number, width: number, size = 10) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
    const lines = linesFromPdfPage({
      page: 1,
      width: 600,
      height: 800,
      items: [item("Jane", 50, 700, 25), item("Doe", 78, 700, 20), item("Experience", 300, 700, 60), item("jane@doe.dev", 50, 680, 70)],
    });
    expect(lines.map((line) => line.text)).toEqual(["Jane Doe", "Experience", "jane@doe.dev"]);
    expect(lines[1]).toMatchObject({ page: 1, x: 0.5, size: 10 });
  });
});

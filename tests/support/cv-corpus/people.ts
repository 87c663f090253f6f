/**
 * The people of the generated CV corpus: names in several scripts and conventions, phones written
 * the ways people write them, links, and the decoys a CV carries (a referee's details, an
 * employer's number or mailbox, a second address). `latin1` says WinAnsi can set the text, so
 * pdf-lib's standard fonts can draw it; the others are generated as DOCX only (no font that covers
 * them can be embedded offline: pdf-lib needs @pdf-lib/fontkit for that, not installed).
 */
export type Person = {
  written: string;
  firstName: string;
  lastName: string;
  title: string;
  city: string;
  email?: string;
  otherEmail?: string;
  phone?: { written: string; e164: string };
  linkedin?: string;
  github?: string;
  portfolio?: string;
  labelled?: boolean;
  decoys: Decoy[];
  latin1: boolean;
};

export type Decoy =
  | { kind: "references"; name: string; role: string; email: string; phone: string }
  | { kind: "referee-line"; name: string; email: string }
  | { kind: "employer-phone"; line: string }
  | { kind: "office-phone"; line: string }
  | { kind: "role-mailbox"; line: string };

const refs = (name: string, email: string, phone: string): Decoy => ({ kind: "references", name, role: "Head of Engineering", email, phone });

export const PEOPLE: Person[] = [
  { written: "Jane Doe", firstName: "Jane", lastName: "Doe", title: "Senior Software Engineer", city: "London, United Kingdom", email: "jane.doe@gmail.com", phone: { written: "+44 7911 123456", e164: "+447911123456" }, linkedin: "jane-doe", github: "janedoe", decoys: [refs("Dr. Peter Grant", "p.grant@acme-labs.co.uk", "+44 20 7946 0018")], latin1: true },
  { written: "Renée Faßbender", firstName: "Renée", lastName: "Faßbender", title: "Produktdesignerin", city: "München, Deutschland", email: "renee.fassbender@web.de", phone: { written: "Mobil: 0151 23456789", e164: "+4915123456789" }, decoys: [{ kind: "employer-phone", line: "Contoso GmbH, München · +49 89 1234567" }, refs("Klaus Weber", "k.weber@contoso.de", "+49 89 1234500")], latin1: true },
  { written: "SØREN KIERKEGAARD", firstName: "Søren", lastName: "Kierkegaard", title: "Backend Developer", city: "København, Danmark", email: "soren@kierkegaard.dk", phone: { written: "+45 20 12 34 56", e164: "+4520123456" }, portfolio: "kierkegaard.dk", decoys: [], latin1: true },
  { written: "Jean DUPONT", firstName: "Jean", lastName: "Dupont", title: "Chef de projet", city: "Lyon, France", email: "jean.dupont@orange.fr", phone: { written: "Tél. : 06 12 34 56 78", e164: "+33612345678" }, labelled: true, decoys: [{ kind: "role-mailbox", line: "Candidatures : recrutement@banque-lyon.fr (Banque de Lyon SAS)" }], latin1: true },
  { written: "Ludwig van Beethoven", firstName: "Ludwig", lastName: "van Beethoven", title: "Komponist und Pianist", city: "Wien, Österreich", email: "ludwig.vanbeethoven@gmx.at", phone: { written: "+43 664 1234567", e164: "+436641234567" }, portfolio: "beethoven-music.at", decoys: [refs("Joseph Haydn", "j.haydn@esterhazy.at", "+43 1 5123456")], latin1: true },
  { written: "María García", firstName: "María", lastName: "García", title: "Analista de datos", city: "Madrid, España", email: "maria.garcia@correo.es", phone: { written: "+34 612 345 678", e164: "+34612345678" }, linkedin: "mariagarcia-datos", decoys: [{ kind: "referee-line", name: "Referee: Dr. Ana López", email: "ana.lopez@ucm.es" }], latin1: true },
  { written: "Mary Ann Smith", firstName: "Mary Ann", lastName: "Smith", title: "Registered Nurse", city: "Washington, DC, USA", email: "maryann.smith@yahoo.com", phone: { written: "Phone: (202) 555-0147", e164: "+12025550147" }, labelled: true, decoys: [{ kind: "office-phone", line: "Office: +1 415 555 0199" }], latin1: true },
  { written: "Siobhán O'Brien | Data Analyst", firstName: "Siobhán", lastName: "O'Brien", title: "Insight and reporting", city: "Dublin, Ireland", email: "siobhan.obrien@eircom.net", phone: { written: "+353 87 123 4567", e164: "+353871234567" }, github: "siobhan-ob", decoys: [refs("Mark Byrne", "mark.byrne@insight.ie", "+353 1 234 5678")], latin1: true },
  { written: "Ola Nordmann", firstName: "Ola", lastName: "Nordmann", title: "Utvikler", city: "Oslo, Norge", email: "ola.nordmann@gmail.com", otherEmail: "ola@firma-as.no", phone: { written: "Mobil: 912 34 567", e164: "+4791234567" }, decoys: [], latin1: true },
  { written: "Tomás Ruiz", firstName: "Tomás", lastName: "Ruiz", title: "Ingeniero de software", city: "Sevilla", email: "tomas.ruiz@gmail.com", decoys: [{ kind: "office-phone", line: "Office: +34 910 000 000" }, { kind: "employer-phone", line: "Telefónica S.A. · +34 910 000 001" }], latin1: true },
  { written: "Name: Zoë Ødegård", firstName: "Zoë", lastName: "Ødegård", title: "UX Researcher", city: "Bergen", email: "zoe.odegard@online.no", phone: { written: "+47 412 34 567", e164: "+4741234567" }, portfolio: "zoeodegard.design", labelled: true, decoys: [], latin1: true },
  { written: "Priya Sharma", firstName: "Priya", lastName: "Sharma", title: "Machine Learning Engineer", city: "Bengaluru, India", email: "priya.sharma@outlook.com", phone: { written: "+91 98765 43210", e164: "+919876543210" }, github: "priyasharma", portfolio: "priyasharma.dev", decoys: [refs("Prof. Ravi Iyer", "ravi.iyer@iisc.ac.in", "+91 80 2293 2000")], latin1: true },
  { written: "Wei Chen", firstName: "Wei", lastName: "Chen", title: "Full Stack Developer", city: "Shanghai, China", email: "wei.chen@163.com", phone: { written: "+86 138 0013 8000", e164: "+8613800138000" }, linkedin: "weichen-dev", decoys: [], latin1: true },
  { written: "Oliver Schmidt", firstName: "Oliver", lastName: "Schmidt", title: "DevOps Engineer", city: "Berlin, Germany", phone: { written: "Telefon: +49 30 12345678", e164: "+493012345678" }, decoys: [refs("Dr. Klaus Weber", "k.weber@uni-berlin.de", "+49 30 838 00000")], latin1: true },
  { written: "Emma Johansson", firstName: "Emma", lastName: "Johansson", title: "Frontend Developer", city: "Göteborg, Sweden", email: "emma.johansson@telia.se", phone: { written: "Mobile: 070-123 45 67", e164: "+46701234567" }, linkedin: "emma-johansson", github: "emmaj", decoys: [{ kind: "role-mailbox", line: "Volvo Cars AB, Göteborg (jobs@volvocars.com)" }], latin1: true },
  { written: "Lucas Silva", firstName: "Lucas", lastName: "Silva", title: "Desenvolvedor Mobile", city: "São Paulo, Brasil", email: "lucas.silva@gmail.com", phone: { written: "+55 11 91234-5678", e164: "+5511912345678" }, linkedin: "lucas-silva-dev", decoys: [refs("Carla Souza", "carla.souza@nubank.com.br", "+55 11 3000 0000")], latin1: true },
  { written: "Anna Kowalska", firstName: "Anna", lastName: "Kowalska", title: "Accountant", city: "Kraków, Polska", email: "anna.kowalska@wp.pl", phone: { written: "+48 512 345 678", e164: "+48512345678" }, decoys: [], latin1: true },
  { written: "Sophie Martin", firstName: "Sophie", lastName: "Martin", title: "Responsable marketing", city: "Paris", email: "sophie.martin@free.fr", phone: { written: "0033 6 98 76 54 32", e164: "+33698765432" }, decoys: [{ kind: "employer-phone", line: "L'Oréal SA, Clichy · +33 1 47 56 70 00" }], latin1: true },
  { written: "O'Connor, James", firstName: "James", lastName: "O'Connor", title: "Civil Engineer", city: "Sydney, Australia", email: "james.oconnor@bigpond.com", phone: { written: "+61 412 345 678", e164: "+61412345678" }, linkedin: "james-oconnor-ce", decoys: [{ kind: "referee-line", name: "Referee: Sarah Lee", email: "sarah.lee@aecom.com" }], latin1: true },
  { written: "Hans-Peter Müller", firstName: "Hans-Peter", lastName: "Müller", title: "Elektroingenieur", city: "Zürich, Schweiz", email: "hp.mueller@bluewin.ch", phone: { written: "+41 79 123 45 67", e164: "+41791234567" }, decoys: [{ kind: "office-phone", line: "Zentrale: +41 44 123 45 00" }], latin1: true },
  { written: "Łukasz Wiśniewski", firstName: "Łukasz", lastName: "Wiśniewski", title: "Programista Java", city: "Warszawa, Polska", email: "lukasz.wisniewski@poczta.pl", phone: { written: "tel. +48 601 234 567", e164: "+48601234567" }, github: "lwisniewski", decoys: [refs("Piotr Nowak", "p.nowak@asseco.pl", "+48 22 123 45 67")], latin1: false },
  { written: "王小明", firstName: "小明", lastName: "王", title: "软件工程师", city: "北京", email: "xiaoming.wang@qq.com", phone: { written: "手机：+86 139 1234 5678", e164: "+8613912345678" }, github: "wangxm", decoys: [], latin1: false },
  { written: "李娜", firstName: "娜", lastName: "李", title: "产品经理", city: "上海", email: "lina.pm@163.com", phone: { written: "电话：+86 186 1234 5678", e164: "+8618612345678" }, decoys: [refs("张伟", "zhang.wei@alibaba-inc.com", "+86 571 8502 2088")], latin1: false },
  { written: "محمد العلي", firstName: "محمد", lastName: "العلي", title: "مهندس برمجيات", city: "دبي", email: "m.alali@gmail.com", phone: { written: "هاتف: +971 50 123 4567", e164: "+971501234567" }, linkedin: "mohammed-alali", decoys: [], latin1: false },
  { written: "فاطمة الزهراء", firstName: "فاطمة", lastName: "الزهراء", title: "محللة بيانات", city: "الرياض", email: "fatima.alzahra@outlook.com", phone: { written: "جوال: +966 50 123 4567", e164: "+966501234567" }, decoys: [{ kind: "office-phone", line: "Office: +966 11 123 4567" }], latin1: false },
  { written: "Николай Петров", firstName: "Николай", lastName: "Петров", title: "Системный администратор", city: "Москва", email: "n.petrov@yandex.ru", phone: { written: "+7 912 345-67-89", e164: "+79123456789" }, decoys: [], latin1: false },
  { written: "Γιώργος Παπαδόπουλος", firstName: "Γιώργος", lastName: "Παπαδόπουλος", title: "Αναλυτής συστημάτων", city: "Αθήνα", email: "g.papadopoulos@gmail.com", phone: { written: "+30 691 234 5678", e164: "+306912345678" }, portfolio: "papadopoulos.gr", decoys: [], latin1: false },
];

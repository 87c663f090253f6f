import type { CompanyRole } from "../store/types";
import { CITIES, FIRST_NAMES, LAST_NAMES } from "./vocabulary";
import { daysBeforeAnchor, slugify, type SeedContext } from "./context";
import { seedPhotoDocument } from "./documents";

const ROLES: CompanyRole[] = ["owner", "admin", "recruiter", "recruiter", "hiring_manager", "hiring_manager", "recruiter", "admin"];

/** Company users (recruiters etc.) with their user accounts; returns the company-user ids. */
export function seedCompanyUsers(ctx: SeedContext): number[] {
  const { random, company, state } = ctx;
  const ids: number[] = [];
  const used = new Set<string>();
  for (let i = 0; i < company.users; i++) {
    let firstName: string;
    let lastName: string;
    do {
      firstName = random.pick(FIRST_NAMES);
      lastName = random.pick(LAST_NAMES);
    } while (used.has(`${firstName} ${lastName}`));
    used.add(`${firstName} ${lastName}`);
    const createdAt = daysBeforeAnchor(400 + random.int(0, 300) - i * 20, random);
    const photo = random.chance(0.5) ? seedPhotoDocument(ctx, `${firstName} ${lastName}`, createdAt) : null;
    const userId = ctx.nextId();
    state.users.push({
      id: userId,
      email: `${slugify(firstName)}.${slugify(lastName)}@${company.emailDomain}`,
      firstName,
      lastName,
      profileImgId: photo?.id ?? null,
    });
    const id = ctx.nextId();
    state.companyUsers.push({
      id,
      companyId: company.id,
      userId,
      role: ROLES[i % ROLES.length] ?? "recruiter",
      // One deactivated account in bigger teams: real lists have leavers.
      isActive: !(i === company.users - 1 && company.users > 4),
      createdAt,
    });
    ids.push(id);
  }
  return ids;
}

export function seedOffices(ctx: SeedContext): number[] {
  const { random, company, state } = ctx;
  const cities = random.sample(CITIES, company.offices);
  return cities.map((place, index) => {
    const id = ctx.nextId();
    state.offices.push({
      id,
      companyId: company.id,
      name: index === 0 ? `${place.city} HQ` : `${place.city} Office`,
      address: `${place.street} ${random.int(1, 180)}`,
      city: place.city,
      country: place.country,
      postalCode: place.postal,
      isHeadquarters: index === 0,
      createdAt: daysBeforeAnchor(700 - index * 90, random),
    });
    return id;
  });
}

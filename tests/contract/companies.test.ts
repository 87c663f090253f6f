import { describe, expect, it } from "vitest";
import { z } from "zod";
import { companyUserSchema, officeSchema } from "../support/contract/shapes";
import { call, LIVE, useTarget } from "../support/contract/target";

describe("List Company Users and Offices", () => {
  const target = useTarget();

  it("GET companies/users/ → a plain array of CompanyUser", async () => {
    const response = await call(target, "/api/v1/client/companies/users/");
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
    z.array(companyUserSchema).parse(response.body);
  });

  it("GET companies/offices/ → a plain array of Office", async () => {
    const response = await call(target, "/api/v1/client/companies/offices/");
    expect(response.status).toBe(200);
    z.array(officeSchema).parse(response.body);
  });

  it.skipIf(LIVE)("the demo company has users in several roles, one headquarters and profile images with working URLs", async () => {
    const users = z.array(companyUserSchema).parse((await call(target, "/api/v1/client/companies/users/")).body);
    expect(new Set(users.map((u) => u.role)).size).toBeGreaterThanOrEqual(3);
    const offices = z.array(officeSchema).parse((await call(target, "/api/v1/client/companies/offices/")).body);
    expect(offices.filter((o) => o.is_headquarters)).toHaveLength(1);
    const image = users.find((u) => u.user.profile_img)?.user.profile_img;
    expect(image).toBeTruthy();
    const download = await fetch(image!.presigned_url);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
  });
});

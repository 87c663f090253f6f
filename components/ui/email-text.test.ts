import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmailText } from "./email-text";

describe("EmailText", () => {
  it("offers a line break only before the @ and before each dot", () => {
    const html = renderToStaticMarkup(createElement(EmailText, { value: "jane.doe@mail.example.org" }));
    expect(html.replace(/<span[^>]*>|<\/span>/g, "")).toBe("jane<wbr/>.doe<wbr/>@mail<wbr/>.example<wbr/>.org");
  });

  it("keeps an address without dots in one piece but for the @", () => {
    const html = renderToStaticMarkup(createElement(EmailText, { value: "root@localhost" }));
    expect(html).toContain("root<wbr/>@localhost");
    expect(html.match(/<wbr/g)).toHaveLength(1);
  });
});

import { Fragment } from "react";
import { cn } from "./cn";

/**
 * An email address that wraps only where a reader expects it: before the `@` and before each dot
 * (`<wbr>`; copying still gives the plain address), never mid-word ("example.or/g"). A single part
 * longer than the line still breaks rather than overflow.
 */
export function EmailText({ value, className }: { value: string; className?: string }) {
  const parts = value.split(/(?=[@.])/);
  return (
    <span className={cn("[overflow-wrap:anywhere] break-normal", className)}>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </span>
  );
}

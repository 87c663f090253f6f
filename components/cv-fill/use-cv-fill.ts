"use client";

import { useCallback, useRef, useState } from "react";
import type { CvFields } from "@/lib/cv-fields/types";
import { describeCvReading } from "@/lib/errors/cv-reading";

export type FillableField = "firstName" | "lastName" | "email" | "phone";

type Access = {
  /** The fields this form has (a form without a phone field leaves phones out). */
  fields: readonly FillableField[];
  getValue: (field: FillableField) => string;
  /** Sets a value as the CV gave it; the form's own reactions (the duplicate check) run as after typing. */
  setValue: (field: FillableField, value: string) => void;
};

const valueOf = (fields: CvFields, field: FillableField) =>
  field === "email" ? fields.emails[0] : field === "phone" ? fields.phones[0] : fields[field];

/**
 * Fills a form's empty fields from a dropped CV, read in a worker beside the upload (never before
 * it). A filled field stays marked "from the CV" until the user edits it; other emails and phones
 * found are offered. A field the user typed in is never changed.
 */
export function useCvFill({ fields, getValue, setValue }: Access) {
  const [fromCv, setFromCv] = useState<ReadonlySet<FillableField>>(new Set());
  const [others, setOthers] = useState<{ email: string[]; phone: string[] }>({ email: [], phone: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(0);
  const access = useRef({ fields, getValue, setValue });
  access.current = { fields, getValue, setValue };

  const read = useCallback((file: File) => {
    const attempt = ++latest.current;
    setNotice(null);
    void import("./read-cv").then(({ readCv }) =>
      readCv(file).then((reading) => {
        if (attempt !== latest.current) return;
        if (!reading.ok) return setNotice(describeCvReading(reading.reason));
        const { fields: present, getValue: current, setValue: set } = access.current;
        const filled = present.filter((field) => {
          const value = valueOf(reading.fields, field);
          if (!value || current(field).trim()) return false;
          set(field, value);
          return true;
        });
        if (filled.length === 0) return setNotice(describeCvReading("no-fields"));
        setFromCv(new Set(filled));
        setOthers({
          email: present.includes("email") ? reading.fields.emails.slice(1, 4) : [],
          phone: present.includes("phone") ? reading.fields.phones.slice(1, 4) : [],
        });
      }),
    );
  }, []);

  /** The user changed the field: it is theirs now. */
  const edited = useCallback((field: FillableField) => {
    setFromCv((current) => {
      if (!current.has(field)) return current;
      const next = new Set(current);
      next.delete(field);
      return next;
    });
  }, []);

  /** Another value found in the CV, chosen in one click: it stays marked as from the CV. */
  const choose = useCallback((field: "email" | "phone", value: string) => {
    const previous = access.current.getValue(field);
    access.current.setValue(field, value);
    setFromCv((current) => new Set(current).add(field));
    setOthers((current) => ({ ...current, [field]: [previous, ...current[field].filter((other) => other !== value)].filter(Boolean) }));
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setFromCv(new Set());
    setOthers({ email: [], phone: [] });
    setNotice(null);
  }, []);

  return { read, fromCv, others, notice, edited, choose, reset };
}

export type CvFill = ReturnType<typeof useCvFill>;

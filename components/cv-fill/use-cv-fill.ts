"use client";

import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
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

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Loads the CV reader (in its worker) once a file is on its way: dragged over the page, or the picker opened. */
export function warmCvFill(kind: "pdf" | "docx" = "pdf"): void {
  void import("./read-cv").then(({ warmCvReader }) => warmCvReader(kind));
}

/** A file dragged into the window is the first sign of a drop; its type (when the browser says it) picks the parser. */
function useWarmOnFileDrag() {
  useEffect(() => {
    const onDragEnter = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes("Files")) return;
      window.removeEventListener("dragenter", onDragEnter);
      warmCvFill(event.dataTransfer.items[0]?.type === DOCX_TYPE ? "docx" : "pdf");
    };
    window.addEventListener("dragenter", onDragEnter);
    return () => window.removeEventListener("dragenter", onDragEnter);
  }, []);
}

const valueOf = (fields: CvFields, field: FillableField) =>
  field === "email" ? fields.emails[0] : field === "phone" ? fields.phones[0] : fields[field];

/**
 * Fills a form's empty fields from a dropped CV, read in a worker beside the upload (never before
 * it). A filled field stays marked "from the CV" until the user edits it; other emails and phones
 * found are offered. A field the user typed in is never changed.
 */
export function useCvFill({ fields, getValue, setValue }: Access) {
  useWarmOnFileDrag();
  const [fromCv, setFromCv] = useState<ReadonlySet<FillableField>>(new Set());
  const [others, setOthers] = useState<{ email: string[]; phone: string[] }>({ email: [], phone: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(0);
  const access = useRef({ fields, getValue, setValue });
  // The latest form access, for a reading that ends after a re-render; set after the render, not during it.
  useLayoutEffect(() => {
    access.current = { fields, getValue, setValue };
  });

  const read = useCallback((file: File) => {
    const attempt = ++latest.current;
    setNotice(null);
    void import("./read-cv").then(({ readCv }) =>
      readCv(file).then((reading) => {
        if (attempt !== latest.current) return;
        // A transition: the form re-renders in slices, so filling never blocks the page for long.
        startTransition(() => {
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

  return { read, warm: warmCvFill, fromCv, others, notice, edited, choose, reset };
}

export type CvFill = ReturnType<typeof useCvFill>;

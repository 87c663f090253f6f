"use client";

import { useEffect, useRef, useState } from "react";
import { CV_ACCEPT_ATTRIBUTE, formatBytes } from "@/lib/cv/limits";
import type { NewCandidateInput, UploadedCv } from "@/lib/candidates/schemas";
import type { DestinationOption } from "@/lib/candidates/destinations";
import type { AddOutcome } from "@/lib/candidates/add";
import type { EmailMatch } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";
import { useCvUpload } from "@/components/candidates/use-cv-upload";
import { CvStatus } from "@/components/candidates/cv-status";
import { RequiredMark } from "@/components/ui/required-mark";
import { addedFrom, addedHref, type Added } from "@/components/candidates/add-outcome";
import { sendCandidateWithCv } from "@/components/candidates/send-candidate";
import { precheckCv } from "@/components/candidates/post-cv";
import { useCvFill, type FillableField } from "@/components/cv-fill/use-cv-fill";
import { CvAlternatives, CvFillNotice, FROM_CV_TEXT } from "@/components/cv-fill/cv-fill-notes";
import { EMPTY_DRAFT, clearDraft, loadDraft, loadLastDestination, saveDraft, saveLastDestination, type QuickDraft } from "./quick-add-storage";
import { writeAnswerLost } from "@/lib/errors/browser-requests";

type Props = {
  storageKey: string;
  options: DestinationOption[];
  maxBytes: number;
  /** The workspace this page was rendered for: the uploads send it (a stale tab is refused). */
  tenantId: string;
  create: (input: NewCandidateInput) => Promise<ActionResult<AddOutcome>>;
  addExisting: (input: { candidateId: number; destination: string; knownMatchIds: number[] | null; cv?: UploadedCv | null }) => Promise<ActionResult<AddOutcome>>;
};

const FILLED_FROM_CV = ["firstName", "lastName", "email", "phone"] as const;
const isFillable = (field: string): field is FillableField => (FILLED_FROM_CV as readonly string[]).includes(field);

const control =
  "block h-12 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
const primary = "flex h-12 w-full items-center justify-center rounded-md bg-brand-600 px-4 text-base font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
const secondary =
  "flex h-12 w-full items-center justify-center rounded-md border border-slate-300 px-4 text-base font-medium dark:border-slate-700";

/**
 * Phone-first add: one column, 48px controls, the plain file input (phones offer camera and files),
 * and the draft kept in the browser while it is filled, including the uploaded CV's document id.
 * Validation here is light on purpose (no zod in this bundle); the server applies the shared schema.
 */
export function QuickAddForm({ storageKey, options, maxBytes, tenantId, create, addExisting }: Props) {
  const [draft, setDraft] = useState<QuickDraft>(EMPTY_DRAFT);
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<EmailMatch[] | null>(null);
  const [alreadyThere, setAlreadyThere] = useState<EmailMatch[] | null>(null);
  const [done, setDone] = useState<Added | null>(null);
  // The CV file itself, for a candidate with a phone number (only Create Candidate stores a phone).
  const cvFile = useRef<File | null>(null);
  const upload = useCvUpload(maxBytes, tenantId, (cv, file) => {
    cvFile.current = file;
    setDraft((previous) => ({ ...previous, cv }));
    clearError("cv");
  });

  const draftNow = useRef(draft);
  draftNow.current = draft;
  const fill = useCvFill({
    fields: FILLED_FROM_CV,
    getValue: (field) => draftNow.current[field],
    setValue: (field, value) => {
      setDraft((previous) => ({ ...previous, [field]: value }));
      clearError(field);
    },
  });

  useEffect(() => {
    const saved = loadDraft(storageKey);
    const last = loadLastDestination(storageKey);
    const known = (value: string) => options.some((option) => option.value === value);
    const base = saved ?? EMPTY_DRAFT;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the draft lives in this phone's storage, which the server render cannot read
    setDraft({ ...base, destination: known(base.destination) ? base.destination : known(last) ? last : "" });
    setRestored(true);
  }, [storageKey, options]);

  useEffect(() => {
    if (restored && !done) saveDraft(storageKey, draft);
  }, [draft, restored, done, storageKey]);

  /** An error goes as soon as its field is fixed, and the banner with the last one. */
  function clearError(field: string) {
    setErrors((current) => {
      if (!(field in current)) return current;
      const { [field]: _removed, ...rest } = current;
      if (Object.keys(rest).length === 0) setFormError(null);
      return rest;
    });
  }

  const set = (field: keyof QuickDraft) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const value = event.target.value;
    setDraft((previous) => ({ ...previous, [field]: value }));
    if (isFillable(field)) fill.edited(field);
    if (field === "destination" && value) saveLastDestination(storageKey, value);
    if (value.trim()) clearError(field);
  };

  const where = options.find((option) => option.value === draft.destination)?.label ?? "the chosen destination";

  /** Every add's answer: created, already there (409), or records with this email to add instead. */
  const settle = (result: ActionResult<AddOutcome>, failurePrefix = "") => {
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([key, messages]) => [key, messages[0] ?? ""])));
      return setFormError(failurePrefix + result.error);
    }
    setFormError(null);
    const outcome = result.data;
    if (outcome.status === "exists") return setExisting(outcome.matches);
    if (outcome.status === "already_there") return setAlreadyThere(outcome.matches);
    clearDraft(storageKey);
    setDone(addedFrom(outcome));
    setExisting(null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!draft.firstName.trim()) missing.firstName = "First name is required.";
    if (!draft.lastName.trim()) missing.lastName = "Last name is required.";
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(draft.email.trim())) missing.email = "Enter a valid email address.";
    if (!draft.destination) missing.destination = "Choose a job post or a talent pool.";
    if (!draft.cv) missing.cv = upload.state.phase === "uploading" ? "Wait for the CV to finish uploading." : "Add the candidate's CV.";
    setErrors(missing);
    if (Object.keys(missing).length) return setFormError("Please fill in the highlighted fields.");
    if (draft.phone.trim() && !cvFile.current) {
      // A draft restored after a reload has the uploaded CV's id but not the file the phone path needs.
      setErrors({ cv: "Add the CV file again so it can be sent with the phone number." });
      return setFormError("Please fill in the highlighted fields.");
    }
    setBusy(true);
    setFormError(null);
    setAlreadyThere(null);
    try {
      const fields = { firstName: draft.firstName, lastName: draft.lastName, email: draft.email, destination: draft.destination, knownMatchIds: null };
      settle(
        draft.phone.trim()
          ? await sendCandidateWithCv(cvFile.current!, { ...fields, phone: draft.phone.trim() }, tenantId, () => {})
          : await create({ ...fields, phone: undefined, cv: draft.cv }),
      );
    } catch {
      setFormError(writeAnswerLost({ doing: "Creating the candidate", next: "everything you entered is kept here; retry when you are back online" }));
    } finally {
      setBusy(false);
    }
  };

  const addThemInstead = async () => {
    const first = existing?.[0];
    if (!first) return;
    setBusy(true);
    try {
      settle(await addExisting({ candidateId: first.id, destination: draft.destination, knownMatchIds: existing!.map((match) => match.id), cv: draft.cv }), "Adding the existing candidate failed: ");
    } catch {
      setFormError(writeAnswerLost({ doing: "Adding the existing candidate", next: "please retry" }));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <section className="space-y-4 text-center" aria-labelledby="quick-done">
        <h2 id="quick-done" className="text-xl font-semibold" data-testid="quick-success">
          {done.name} was added to {where}
        </h2>
        {done.note ? <p className="text-sm">{done.note}</p> : null}
        <a className="inline-flex min-h-11 items-center text-base font-medium text-brand-700 underline dark:text-blue-300" href={addedHref(done)}>
          {done.id === null ? "Find them by email" : "Open the candidate"}
        </a>
        <button
          type="button"
          className={primary}
          onClick={() => {
            setDraft({ ...EMPTY_DRAFT, destination: draft.destination });
            fill.reset();
            setDone(null);
          }}
        >
          Add another
        </button>
      </section>
    );
  }

  const fromCv = (field: string) => isFillable(field) && fill.fromCv.has(field);
  const describedError = (field: string) => {
    const ids = [fromCv(field) ? `quick-${field}-note` : "", errors[field] ? `quick-${field}-error` : ""].filter(Boolean).join(" ");
    return { ...(errors[field] ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const note = (field: string) =>
    fromCv(field) ? (
      <p id={`quick-${field}-note`} data-testid="field-note" className="mt-1 text-xs text-brand-700 dark:text-blue-300">
        {FROM_CV_TEXT}
      </p>
    ) : null;
  const errorText = (field: string) =>
    errors[field] ? (
      <p id={`quick-${field}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Quick add a candidate" data-ready={restored || undefined}>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Fields marked <span className="text-red-700 dark:text-red-400">*</span> are required.
      </p>
      {(["firstName", "lastName"] as const).map((field) => (
        <div key={field}>
          <label htmlFor={`quick-${field}`} className="mb-1 block text-sm font-medium">
            {field === "firstName" ? "First name" : "Last name"}
            <RequiredMark />
          </label>
          <input id={`quick-${field}`} aria-required="true" className={control} value={draft[field]} onChange={set(field)} autoComplete="off" {...describedError(field)} />
          {note(field)}
          {errorText(field)}
        </div>
      ))}
      <div>
        <label htmlFor="quick-email" className="mb-1 block text-sm font-medium">
          Email
          <RequiredMark />
        </label>
        <input id="quick-email" aria-required="true" type="email" inputMode="email" className={control} value={draft.email} onChange={set("email")} autoComplete="off" {...describedError("email")} />
        {note("email")}
        {errorText("email")}
        <CvAlternatives fill={fill} field="email" buttonClassName="min-h-11 px-3" />
      </div>
      <div>
        <label htmlFor="quick-phone" className="mb-1 block text-sm font-medium">
          Phone (optional)
        </label>
        <input id="quick-phone" type="tel" inputMode="tel" className={control} value={draft.phone} onChange={set("phone")} autoComplete="off" {...describedError("phone")} />
        {note("phone")}
        {errorText("phone")}
        <CvAlternatives fill={fill} field="phone" buttonClassName="min-h-11 px-3" />
      </div>
      <div>
        <label htmlFor="quick-destination" className="mb-1 block text-sm font-medium">
          Add to
          <RequiredMark />
        </label>
        <select id="quick-destination" aria-required="true" className={control} value={draft.destination} onChange={set("destination")} {...describedError("destination")}>
          <option value="">Choose a job post or talent pool…</option>
          {(["job_post", "talent_pool"] as const).map((kind) => (
            <optgroup key={kind} label={kind === "job_post" ? "Job posts" : "Talent pools"}>
              {options
                .filter((option) => option.kind === kind)
                .map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        {errorText("destination")}
      </div>
      <div>
        <label htmlFor="quick-cv" className="mb-1 block text-sm font-medium">
          CV (PDF, DOC or DOCX, up to {formatBytes(maxBytes)})
          <RequiredMark />
        </label>
        <input
          id="quick-cv"
          aria-required="true"
          type="file"
          accept={CV_ACCEPT_ATTRIBUTE}
          className="block min-h-12 w-full rounded-md border border-dashed border-slate-400 p-2 text-base file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-slate-100 file:px-4 file:font-medium dark:file:bg-slate-800"
          // Opening the picker: the CV is on its way, so its reader starts loading now.
          onClick={() => fill.warm()}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload.start(file);
            if (file && !precheckCv(file, maxBytes)) fill.read(file);
            event.target.value = "";
          }}
          {...describedError("cv")}
        />
        {errorText("cv")}
        <CvFillNotice fill={fill} />
        <div className="mt-2">
          <CvStatus
            state={upload.state}
            value={draft.cv}
            onCancel={upload.cancel}
            onRemove={() => setDraft((previous) => ({ ...previous, cv: null }))}
            buttonClassName="min-h-11 px-4"
          />
        </div>
      </div>
      {existing?.length ? (
        <div role="status" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p className="font-semibold">
            <a className="underline" href={existing.length === 1 ? `/candidates/${existing[0]!.id}` : `/search?email=${encodeURIComponent(draft.email)}`}>
              {existing[0]!.email}
            </a>{" "}
            is already in Recruspace.
          </p>
          <button type="button" className={secondary} disabled={busy} onClick={addThemInstead}>
            Add them to {where} instead
          </button>
        </div>
      ) : null}
      {alreadyThere ? (
        <p role="status" data-testid="already-there" className="rounded-md border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
          Recruspace already has {draft.email} in {where}, so nothing was created.{" "}
          <a className="underline" href={alreadyThere.length === 1 ? `/candidates/${alreadyThere[0]!.id}` : `/search?email=${encodeURIComponent(draft.email)}`}>
            {alreadyThere.length === 1 ? "Open the candidate" : "Find them by email"}
          </a>
        </p>
      ) : null}
      {formError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {formError}
        </p>
      ) : null}
      <button type="submit" className={primary} disabled={!restored || busy || upload.state.phase === "uploading"} aria-busy={busy}>
        {busy ? "Adding…" : formError ? "Retry" : "Add candidate"}
      </button>
    </form>
  );
}


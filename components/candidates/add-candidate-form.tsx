"use client";

import { useRef, useState } from "react";
import Link from "next/link";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { newCandidateSchema, type NewCandidate, type NewCandidateInput } from "@/lib/candidates/schemas";
import type { DestinationOption } from "@/lib/candidates/destinations";
import type { AddOutcome } from "@/lib/candidates/add";
import type { EmailMatch } from "@/lib/candidates/existing";
import type { ActionResult } from "@/lib/errors/result";
import { CvDropzone } from "./cv-dropzone";
import { DestinationPicker, destinationLabel, mergeOptions } from "./destination-picker";
import { addedFrom, addedHref, type Added } from "./add-outcome";
import { AlreadyThereNotice, DuplicateNotice } from "./duplicate-notice";
import { sendCandidateWithCv } from "./send-candidate";
import { useDuplicateCheck, useFillNameFrom, type CheckDuplicate } from "./use-duplicate-check";
import { useCvFill, type FillableField } from "@/components/cv-fill/use-cv-fill";
import { CvAlternatives, CvFillNotice, fromCvNote } from "@/components/cv-fill/cv-fill-notes";
import { writeAnswerLost } from "@/lib/errors/browser-requests";

export type AddCandidateActions = {
  create: (input: NewCandidateInput) => Promise<ActionResult<AddOutcome>>;
  checkDuplicate: CheckDuplicate;
  addExisting: (input: { candidateId: number; destination: string; knownMatchIds: number[] | null; cv?: NewCandidateInput["cv"] }) => Promise<ActionResult<AddOutcome>>;
  listDestinations: (input: { search: string }) => Promise<ActionResult<{ options: DestinationOption[] }>>;
};

const FILLED_FROM_CV = ["firstName", "lastName", "email", "phone"] as const;
const EMPTY: NewCandidateInput = { firstName: "", lastName: "", email: "", phone: "", destination: "", cv: null, knownMatchIds: null };

export function AddCandidateForm({
  actions,
  options: initialOptions,
  truncated,
  initialDestination,
  initialEmail = "",
  maxBytes,
  tenantId,
}: {
  actions: AddCandidateActions;
  options: DestinationOption[];
  truncated: boolean;
  initialDestination: string;
  initialEmail?: string;
  maxBytes: number;
  /** The workspace this page was rendered for: the uploads send it (a stale tab is refused). */
  tenantId: string;
}) {
  const [options, setOptions] = useState(initialOptions);
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<(Added & { where: string }) | null>(null);
  const [alreadyThere, setAlreadyThere] = useState<EmailMatch[] | null>(null);
  const [addingExisting, setAddingExisting] = useState(false);
  const [sendProgress, setSendProgress] = useState<number | null>(null);
  const cvFile = useRef<File | null>(null);
  const form = useForm<NewCandidateInput, unknown, NewCandidate>({
    resolver: zodResolver(newCandidateSchema),
    defaultValues: { ...EMPTY, email: initialEmail, destination: initialDestination },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, formState, setError, watch, reset } = form;
  const email = watch("email");
  const destination = watch("destination");
  const duplicate = useDuplicateCheck(actions.checkDuplicate, email);
  const fill = useCvFill({
    fields: FILLED_FROM_CV,
    getValue: (field) => form.getValues(field) ?? "",
    setValue: (field, value) => form.setValue(field, value, { shouldDirty: true, shouldValidate: Boolean(form.getFieldState(field).error) }),
  });
  const own = (field: FillableField) => ({ onChange: () => fill.edited(field) });
  // The person already in Recruspace under this email: their name fills the name fields left empty.
  useFillNameFrom(duplicate.person, { get: (name) => String(form.getValues(name) ?? ""), set: (name, value) => form.setValue(name, value, { shouldValidate: true }) });
  const where = destinationLabel(options, destination);

  const searchDestinations = async (search: string) => {
    const result = await actions.listDestinations({ search });
    if (!result.ok) return null;
    setOptions((previous) => mergeOptions(previous, result.data.options));
    return result.data.options;
  };

  /** One place for every add's answer: created, already there (409), or records the user has not seen yet. */
  const settle = (result: ActionResult<AddOutcome>, failurePrefix: string) => {
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in EMPTY) setError(field as keyof NewCandidateInput, { message: messages[0] });
      }
      return setFormError(failurePrefix ? `${failurePrefix}: ${result.error}` : result.error);
    }
    const outcome = result.data;
    setFormError(null);
    if (outcome.status === "exists") return duplicate.show(outcome.matches);
    if (outcome.status === "already_there") return setAlreadyThere(outcome.matches);
    const added = addedFrom(outcome);
    setSuccess({ ...added, where });
    duplicate.clear();
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setAlreadyThere(null);
    const knownMatchIds = duplicate.knownMatchIds;
    try {
      if (values.phone) {
        // Only Create Candidate stores a phone, and it needs the file: send it again with the fields.
        if (!cvFile.current) return setError("cv", { message: "Add the CV file again so it can be sent with the phone number." });
        setSendProgress(0);
        const fields = { firstName: values.firstName, lastName: values.lastName, email: values.email, phone: values.phone, destination: values.destination, knownMatchIds };
        return settle(await sendCandidateWithCv(cvFile.current, fields, tenantId, setSendProgress), "");
      }
      settle(await actions.create({ ...values, knownMatchIds }), "");
    } catch {
      setFormError(writeAnswerLost({ doing: "Creating the candidate", next: "your input and CV are kept, and retrying checks by email first" }));
    } finally {
      setSendProgress(null);
    }
  });

  const onAddExisting = async (candidateId: number) => {
    if (!destination) return;
    setAddingExisting(true);
    setFormError(null);
    setAlreadyThere(null);
    try {
      settle(await actions.addExisting({ candidateId, destination, knownMatchIds: duplicate.knownMatchIds, cv: form.getValues("cv") }), "Adding the existing candidate failed");
    } catch {
      setFormError(writeAnswerLost({ doing: "Adding the existing candidate", next: "check their candidate page before retrying" }));
    } finally {
      setAddingExisting(false);
    }
  };

  if (success) {
    return (
      <div className="space-y-4">
        <Notice tone="info" title="Candidate added">
          <p data-testid="add-success">
            <Link className="font-medium underline" href={addedHref(success)}>
              {success.name}
            </Link>{" "}
            is now in {success.where}.
          </p>
          {success.note ? <p className="mt-1">{success.note}</p> : null}
        </Notice>
        <div className="flex flex-wrap gap-2">
          <Button
            type="button"
            onClick={() => {
              reset({ ...EMPTY, destination });
              fill.reset();
              setSuccess(null);
            }}
          >
            Add another
          </Button>
          <Button asChild variant="secondary">
            <Link href={addedHref(success)}>{success.id === null ? "Find them by email" : "Open candidate"}</Link>
          </Button>
        </div>
      </div>
    );
  }

  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Add a candidate">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" required error={errors.firstName?.message} note={fromCvNote(fill, "firstName")}>
          {(props) => <Input {...props} autoComplete="off" {...register("firstName", own("firstName"))} />}
        </Field>
        <Field label="Last name" required error={errors.lastName?.message} note={fromCvNote(fill, "lastName")}>
          {(props) => <Input {...props} autoComplete="off" {...register("lastName", own("lastName"))} />}
        </Field>
        <div className="space-y-2">
          <Field label="Email" required error={errors.email?.message} note={fromCvNote(fill, "email")}>
            {(props) => (
              <Input
                {...props}
                type="email"
                autoComplete="off"
                {...register("email", { onBlur: () => void duplicate.checkNow(), ...own("email") })}
              />
            )}
          </Field>
          <CvAlternatives fill={fill} field="email" />
        </div>
        <div className="space-y-2">
          <Field label="Phone" hint="Optional. Saved on the candidate in Recruspace." error={errors.phone?.message} note={fromCvNote(fill, "phone")}>
            {(props) => <Input {...props} type="tel" autoComplete="off" {...register("phone", own("phone"))} />}
          </Field>
          <CvAlternatives fill={fill} field="phone" />
        </div>
      </div>
      <Field label="Add to" required error={errors.destination?.message} hint="A job post or a talent pool.">
        {(props) => (
          <Controller
            control={control}
            name="destination"
            render={({ field }) => (
              <DestinationPicker
                id={props.id}
                value={field.value}
                onChange={field.onChange}
                options={options}
                truncated={truncated}
                search={searchDestinations}
                invalid={props["aria-invalid"]}
                describedBy={props["aria-describedby"]}
              />
            )}
          />
        )}
      </Field>
      <Field label="CV" required error={errors.cv?.message}>
        {(props) => (
          <Controller
            control={control}
            name="cv"
            render={({ field }) => (
              <CvDropzone
                id={props.id}
                value={field.value ?? null}
                onChange={(cv, file) => {
                  field.onChange(cv);
                  cvFile.current = cv ? (file ?? cvFile.current) : null;
                  if (cv) form.clearErrors("cv");
                }}
                maxBytes={maxBytes}
                tenantId={tenantId}
                error={errors.cv?.message}
                describedBy={props["aria-describedby"]}
                onFile={fill.read} onPickerOpen={fill.warm}
              />
            )}
          />
        )}
      </Field>
      <CvFillNotice fill={fill} />
      {duplicate.matches.length ? (
        <DuplicateNotice
          email={email}
          matches={duplicate.matches}
          destinationLabel={where}
          canAdd={Boolean(destination)}
          adding={addingExisting}
          onAddExisting={onAddExisting}
        />
      ) : null}
      {alreadyThere ? <AlreadyThereNotice email={email} matches={alreadyThere} destinationLabel={where} /> : null}
      {sendProgress !== null ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Sending the candidate with their CV… {Math.round(sendProgress * 100)}%
        </p>
      ) : null}
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={formState.isSubmitting}>
          {formError ? "Retry" : "Add candidate"}
        </Button>
      </div>
    </form>
  );
}

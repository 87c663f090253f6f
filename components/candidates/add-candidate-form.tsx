"use client";

import { useState } from "react";
import Link from "next/link";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { newCandidateSchema, type NewCandidate, type NewCandidateInput } from "@/lib/candidates/schemas";
import type { DestinationOption } from "@/lib/candidates/destinations";
import type { AddOutcome } from "@/lib/candidates/add";
import type { ActionResult } from "@/lib/errors/result";
import { CvDropzone } from "./cv-dropzone";
import { DestinationPicker, destinationLabel, mergeOptions } from "./destination-picker";
import { DuplicateNotice } from "./duplicate-notice";
import { useDuplicateCheck, type CheckDuplicate } from "./use-duplicate-check";

export type AddCandidateActions = {
  create: (input: NewCandidateInput) => Promise<ActionResult<AddOutcome>>;
  checkDuplicate: CheckDuplicate;
  addExisting: (input: { candidateId: number; destination: string; cv?: NewCandidateInput["cv"] }) => Promise<
    ActionResult<{ status: "added" | "already_there"; candidate: { id: number; firstName: string; lastName: string; email: string } }>
  >;
  listDestinations: (input: { search: string }) => Promise<ActionResult<{ options: DestinationOption[] }>>;
};

type Success = { id: number; name: string; where: string; note?: string };

const EMPTY: NewCandidateInput = { firstName: "", lastName: "", email: "", phone: "", destination: "", cv: null };

export function AddCandidateForm({
  actions,
  options: initialOptions,
  truncated,
  initialDestination,
  maxBytes,
}: {
  actions: AddCandidateActions;
  options: DestinationOption[];
  truncated: boolean;
  initialDestination: string;
  maxBytes: number;
}) {
  const [options, setOptions] = useState(initialOptions);
  const [formError, setFormError] = useState<string | null>(null);
  const [success, setSuccess] = useState<Success | null>(null);
  const [addingExisting, setAddingExisting] = useState(false);
  const form = useForm<NewCandidateInput, unknown, NewCandidate>({
    resolver: zodResolver(newCandidateSchema),
    defaultValues: { ...EMPTY, destination: initialDestination },
    mode: "onTouched",
  });
  const { register, control, handleSubmit, formState, setError, watch, reset } = form;
  const email = watch("email");
  const destination = watch("destination");
  const duplicate = useDuplicateCheck(actions.checkDuplicate, email, destination);
  const where = destinationLabel(options, destination);

  const searchDestinations = async (search: string) => {
    const result = await actions.listDestinations({ search });
    if (!result.ok) return null;
    setOptions((previous) => mergeOptions(previous, result.data.options));
    return result.data.options;
  };

  const succeed = (result: Success) => {
    setSuccess(result);
    setFormError(null);
    duplicate.setExisting(null);
    toast.success(`${result.name} was added to ${result.where}.`, {
      action: { label: "Open", onClick: () => window.location.assign(`/candidates/${result.id}`) },
    });
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<AddOutcome>;
    try {
      result = await actions.create(values);
    } catch {
      return setFormError("Creating the candidate failed: the app's server could not be reached. Your input and CV are kept; retrying checks for an existing candidate first.");
    }
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in EMPTY) setError(field as keyof NewCandidateInput, { message: messages[0] });
      }
      return setFormError(result.error);
    }
    if (result.data.status === "exists") {
      duplicate.setExisting(result.data.existing);
      return setFormError(null);
    }
    const { candidate, recovered, phoneSaved } = result.data;
    const notes = [
      recovered ? "Recruspace was slow to answer, but the candidate was created (checked by email)." : null,
      values.phone && !phoneSaved ? "The phone number could not be saved as a note; add it in Recruspace." : null,
      values.phone && phoneSaved ? "The phone number was saved as a note (the add-by-document call has no phone field)." : null,
    ].filter(Boolean);
    succeed({ id: candidate.id, name: `${candidate.firstName} ${candidate.lastName}`, where, note: notes.join(" ") || undefined });
  });

  const onAddExisting = async () => {
    const existing = duplicate.existing;
    if (!existing || !destination) return;
    setAddingExisting(true);
    setFormError(null);
    try {
      const result = await actions.addExisting({ candidateId: existing.id, destination, cv: form.getValues("cv") });
      if (!result.ok) return setFormError(`Adding the existing candidate failed: ${result.error}`);
      const { candidate, status } = result.data;
      succeed({
        id: candidate.id,
        name: `${candidate.firstName} ${candidate.lastName}`,
        where,
        note: status === "already_there" ? "They were already there; nothing was changed." : undefined,
      });
    } catch {
      setFormError("Adding the existing candidate failed: the app's server could not be reached. Please try again.");
    } finally {
      setAddingExisting(false);
    }
  };

  if (success) {
    return (
      <div className="space-y-4">
        <Notice tone="info" title="Candidate added">
          <p data-testid="add-success">
            <Link className="font-medium underline" href={`/candidates/${success.id}`}>
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
              setSuccess(null);
            }}
          >
            Add another
          </Button>
          <Button asChild variant="secondary">
            <Link href={`/candidates/${success.id}`}>Open candidate</Link>
          </Button>
        </div>
      </div>
    );
  }

  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-label="Add a candidate">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" required error={errors.firstName?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register("firstName")} />}
        </Field>
        <Field label="Last name" required error={errors.lastName?.message}>
          {(props) => <Input {...props} autoComplete="off" {...register("lastName")} />}
        </Field>
        <Field label="Email" required error={errors.email?.message}>
          {(props) => (
            <Input
              {...props}
              type="email"
              autoComplete="off"
              {...register("email", { onBlur: () => void duplicate.checkNow() })}
            />
          )}
        </Field>
        <Field label="Phone" hint="Optional. Saved as a note on the candidate." error={errors.phone?.message}>
          {(props) => <Input {...props} type="tel" autoComplete="off" {...register("phone")} />}
        </Field>
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
                onChange={(cv) => {
                  field.onChange(cv);
                  if (cv) form.clearErrors("cv");
                }}
                maxBytes={maxBytes}
                error={errors.cv?.message}
                describedBy={props["aria-describedby"]}
              />
            )}
          />
        )}
      </Field>
      {duplicate.existing ? (
        <DuplicateNotice
          existing={duplicate.existing}
          destinationLabel={where}
          canAdd={Boolean(destination)}
          adding={addingExisting}
          onAddExisting={onAddExisting}
        />
      ) : null}
      <FormError message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={formState.isSubmitting} disabled={Boolean(duplicate.existing?.inDestination)}>
          {formError ? "Retry" : "Add candidate"}
        </Button>
      </div>
    </form>
  );
}

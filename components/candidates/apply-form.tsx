"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { Controller, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { buildApplySchema, declaredFiles, initialAnswer, type ApplyValues, type Question } from "@/lib/candidates/apply-schema";
import type { ApplyOutcome } from "@/lib/candidates/apply";
import type { ApplyPrefill } from "@/lib/candidates/apply-prefill";
import type { Action, ActionResult } from "@/lib/errors/result";
import { CvDropzone } from "./cv-dropzone";
import { QuestionField } from "./question-field";
import { APPLICATION_ANSWER_LOST, sendApplication } from "./send-application";
import { TermsOfUseField } from "./terms-of-use-field";
import { useDuplicateCheck, useFillNameFrom, type CheckDuplicate } from "./use-duplicate-check";
import { useCvFill, type FillableField } from "@/components/cv-fill/use-cv-fill";
import { CvAlternatives, CvFillNotice, fromCvNote } from "@/components/cv-fill/cv-fill-notes";

/** Recruspace's Apply takes no phone or links: the CV fills the name and email. */
const FILLED_FROM_CV = ["firstName", "lastName", "email"] as const;

type ApplyAction = Action<{ hash: string; values: Record<string, unknown>; fromCandidateId?: number }, ApplyOutcome>;

function messageAt(errors: FieldValues, path: string[]): string | undefined {
  let node: unknown = errors;
  for (const key of path) node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  if (!node || typeof node !== "object") return undefined;
  const record = node as { message?: unknown; root?: { message?: unknown } };
  const message = record.message ?? record.root?.message;
  if (typeof message === "string") return message;
  // A list answer (multiple choice) reports per item: show the first.
  if (Array.isArray(node)) return node.map((item) => (item as { message?: string } | undefined)?.message).find(Boolean);
  return undefined;
}

export function ApplyForm({
  hash,
  postTitle,
  questions,
  maxBytes,
  apply,
  checkDuplicate,
  tenantId,
  prefill = null,
}: {
  hash: string;
  postTitle: string;
  questions: Question[];
  maxBytes: number;
  apply: ApplyAction;
  checkDuplicate: CheckDuplicate;
  /** The workspace this page was rendered for: the uploads send it (a stale tab is refused). */
  tenantId: string;
  /** Opened from a candidate's page: their details and CV. */
  prefill?: ApplyPrefill | null;
}) {
  const schema = useMemo(() => buildApplySchema(questions, { maxFileBytes: maxBytes }), [questions, maxBytes]);
  const defaults = useMemo(
    () => ({
      firstName: prefill?.firstName ?? "",
      lastName: prefill?.lastName ?? "",
      email: prefill?.email ?? "",
      cv: prefill?.cv ?? null,
      termsOfUse: false,
      answers: Object.fromEntries(questions.map((q) => [q.name, initialAnswer(q)])),
    }),
    [questions, prefill],
  );
  const form = useForm<FieldValues>({ resolver: zodResolver(schema) as unknown as Resolver<FieldValues>, defaultValues: defaults, mode: "onTouched" });
  const { register, control, handleSubmit, formState, setError, watch, getValues, reset } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [sendProgress, setSendProgress] = useState<number | null>(null);
  const [done, setDone] = useState<{ candidateId: number | null; email: string; name: string } | null>(null);
  const email = watch("email") as string;
  const duplicate = useDuplicateCheck(checkDuplicate, email);
  const fill = useCvFill({
    fields: FILLED_FROM_CV,
    getValue: (field) => (getValues(field) as string | undefined) ?? "",
    setValue: (field, value) => form.setValue(field, value, { shouldDirty: true, shouldValidate: Boolean(form.getFieldState(field).error) }),
  });
  const own = (field: FillableField) => ({ onChange: () => fill.edited(field) });
  // The person already in Recruspace under this email: their name fills the name fields left empty.
  useFillNameFrom(duplicate.person, { get: (name) => String(form.getValues(name) ?? ""), set: (name, value) => form.setValue(name, value, { shouldValidate: true }) });

  /** Files cannot go through an action: an application with file answers goes to the upload route. */
  const send = (values: ApplyValues): Promise<ActionResult<ApplyOutcome>> => {
    const files = declaredFiles(questions, values.answers).map(({ question }) => ({ name: question.name, file: getValues(`answers.${question.name}`) as File }));
    const fromCandidateId = prefill && values.email.trim().toLowerCase() === prefill.email.trim().toLowerCase() ? prefill.candidateId : undefined;
    if (files.length === 0) return apply({ hash, values, ...(fromCandidateId ? { fromCandidateId } : {}) });
    setSendProgress(0);
    return sendApplication(hash, values, files, tenantId, setSendProgress, fromCandidateId).finally(() => setSendProgress(null));
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: ActionResult<ApplyOutcome>;
    try {
      result = await send(values as ApplyValues);
    } catch {
      return setFormError(APPLICATION_ANSWER_LOST);
    }
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field, { message: messages[0] });
      return setFormError(result.error);
    }
    const name = `${getValues("firstName")} ${getValues("lastName")}`;
    setDone({ candidateId: result.data.candidateId, email: getValues("email"), name });
  });

  const applyAnother = () => {
    // Another person: the pre-filled candidate's details do not carry over.
    reset({ ...defaults, firstName: "", lastName: "", email: "", cv: null });
    duplicate.clear();
    fill.reset();
    setDone(null);
  };

  if (done) {
    return (
      <div className="space-y-4">
        <Notice tone="info" title="Application sent">
          <p data-testid="apply-success">
            <Link
              className="font-medium underline"
              href={done.candidateId === null ? `/search?email=${encodeURIComponent(done.email)}` : `/candidates/${done.candidateId}`}
            >
              {done.name}
            </Link>{" "}
            applied to {postTitle}.
          </p>
        </Notice>
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={applyAnother}>
            Apply another candidate
          </Button>
          <Button asChild variant="secondary">
            <Link href={`/job-posts/${encodeURIComponent(hash)}`}>Back to the job post</Link>
          </Button>
        </div>
      </div>
    );
  }

  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={`Apply to ${postTitle}`}>
      <section className="space-y-4" aria-labelledby="applicant-heading">
        <h2 id="applicant-heading" className="text-lg font-semibold">
          Candidate
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Enter the email first: the form tells you when the person is already in Recruspace.</p>
        <Field label="Email" required error={messageAt(errors, ["email"])} note={fromCvNote(fill, "email")}>
          {(props) => <Input {...props} type="email" autoComplete="off" {...register("email", { onBlur: () => void duplicate.checkNow(), ...own("email") })} />}
        </Field>
        <CvAlternatives fill={fill} field="email" />
        {duplicate.matches.length ? (
          <Notice tone="info" title={`${duplicate.matches[0]!.email} is already in Recruspace`}>
            <p>
              <Link className="underline" href={duplicate.matches.length === 1 ? `/candidates/${duplicate.matches[0]!.id}` : `/search?email=${encodeURIComponent(email)}`}>
                {duplicate.matches.length === 1 ? "Open the candidate" : `See the ${duplicate.matches.length} candidates with this email`}
              </Link>
              . Applying again is up to Recruspace: it refuses a second application to the same post.
            </p>
          </Notice>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="First name" required error={messageAt(errors, ["firstName"])} note={fromCvNote(fill, "firstName")}>
            {(props) => <Input {...props} autoComplete="off" {...register("firstName", own("firstName"))} />}
          </Field>
          <Field label="Last name" required error={messageAt(errors, ["lastName"])} note={fromCvNote(fill, "lastName")}>
            {(props) => <Input {...props} autoComplete="off" {...register("lastName", own("lastName"))} />}
          </Field>
        </div>
        <Field label="CV (optional)" error={messageAt(errors, ["cv"])}>
          {(props) => (
            <Controller
              control={control}
              name="cv"
              render={({ field }) => (
                <CvDropzone id={props.id} value={field.value ?? null} onChange={field.onChange} maxBytes={maxBytes} tenantId={tenantId} describedBy={props["aria-describedby"]} onFile={fill.read} onPickerOpen={fill.warm} />
              )}
            />
          )}
        </Field>
        <CvFillNotice fill={fill} />
      </section>
      <section className="space-y-5" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        {questions.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">This job post has no questions.</p> : null}
        {questions.map((question) => (
          <div key={question.name} data-question={question.key}>
            <QuestionField question={question} register={register} control={control} error={messageAt(errors, ["answers", question.name])} maxBytes={maxBytes} />
          </div>
        ))}
      </section>
      <TermsOfUseField registration={register("termsOfUse")} error={messageAt(errors, ["termsOfUse"])} />
      {sendProgress !== null ? (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          Sending the application with its files… {Math.round(sendProgress * 100)}%
        </p>
      ) : null}
      <FormError message={formError} />
      <Button type="submit" loading={formState.isSubmitting}>
        Submit application
      </Button>
    </form>
  );
}

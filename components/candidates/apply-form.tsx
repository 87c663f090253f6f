"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { Controller, useForm, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { buildApplySchema, initialAnswer, type Question } from "@/lib/candidates/apply-schema";
import type { ActionResult } from "@/lib/errors/result";
import { CvDropzone } from "./cv-dropzone";
import { QuestionField } from "./question-field";
import { useDuplicateCheck, type CheckDuplicate } from "./use-duplicate-check";

type ApplyAction = (input: { hash: string; values: Record<string, unknown> }) => Promise<ActionResult<{ applicationId: number; candidateId: number }>>;

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
}: {
  hash: string;
  postTitle: string;
  questions: Question[];
  maxBytes: number;
  apply: ApplyAction;
  checkDuplicate: CheckDuplicate;
}) {
  const schema = useMemo(() => buildApplySchema(questions), [questions]);
  const defaults = useMemo(
    () => ({ firstName: "", lastName: "", email: "", cv: null, answers: Object.fromEntries(questions.map((q) => [q.key, initialAnswer(q)])) }),
    [questions],
  );
  const form = useForm<FieldValues>({ resolver: zodResolver(schema) as unknown as Resolver<FieldValues>, defaultValues: defaults, mode: "onTouched" });
  const { register, control, handleSubmit, formState, setError, watch, setValue, getValues } = form;
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<{ candidateId: number; name: string } | null>(null);
  const email = watch("email") as string;
  const duplicate = useDuplicateCheck(checkDuplicate, email, `job_post:${hash}`);
  const existing = duplicate.existing;

  const useExisting = () => {
    if (!existing) return;
    setValue("firstName", existing.firstName, { shouldValidate: true });
    setValue("lastName", existing.lastName, { shouldValidate: true });
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    let result: Awaited<ReturnType<ApplyAction>>;
    try {
      result = await apply({ hash, values });
    } catch {
      return setFormError("Submitting the application failed: the app's server could not be reached. Your answers are kept; please retry.");
    }
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) setError(field, { message: messages[0] });
      return setFormError(`Submitting the application failed: ${result.error}`);
    }
    const name = `${getValues("firstName")} ${getValues("lastName")}`;
    setDone({ candidateId: result.data.candidateId, name });
    toast.success(`${name} applied to ${postTitle}.`);
  });

  if (done) {
    return (
      <Notice tone="info" title="Application sent">
        <p data-testid="apply-success">
          <Link className="font-medium underline" href={`/candidates/${done.candidateId}`}>
            {done.name}
          </Link>{" "}
          applied to {postTitle}.
        </p>
        <p className="mt-2">
          <Link className="underline" href={`/job-posts/${hash}`}>
            Back to the job post
          </Link>
        </p>
      </Notice>
    );
  }

  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label={`Apply to ${postTitle}`}>
      <section className="space-y-4" aria-labelledby="applicant-heading">
        <h2 id="applicant-heading" className="text-lg font-semibold">
          Candidate
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Enter the email first: if the person is already in Recruspace you can use their details.
        </p>
        <Field label="Email" required error={messageAt(errors, ["email"])}>
          {(props) => <Input {...props} type="email" autoComplete="off" {...register("email", { onBlur: () => void duplicate.checkNow() })} />}
        </Field>
        {existing ? (
          <Notice tone={existing.inDestination ? "warning" : "info"} title={`${existing.firstName} ${existing.lastName} is already in Recruspace`}>
            <p>
              <Link className="underline" href={`/candidates/${existing.id}`}>
                {existing.email}
              </Link>
              {existing.inDestination ? " is already in this job post; Recruspace will refuse a second application." : "."}
            </p>
            {!existing.inDestination ? (
              <Button type="button" variant="secondary" size="sm" className="mt-2" onClick={useExisting}>
                Use this candidate&apos;s name
              </Button>
            ) : null}
          </Notice>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="First name" required error={messageAt(errors, ["firstName"])}>
            {(props) => <Input {...props} autoComplete="off" {...register("firstName")} />}
          </Field>
          <Field label="Last name" required error={messageAt(errors, ["lastName"])}>
            {(props) => <Input {...props} autoComplete="off" {...register("lastName")} />}
          </Field>
        </div>
        <Field label="CV (optional)" error={messageAt(errors, ["cv"])}>
          {(props) => (
            <Controller
              control={control}
              name="cv"
              render={({ field }) => (
                <CvDropzone id={props.id} value={field.value ?? null} onChange={field.onChange} maxBytes={maxBytes} describedBy={props["aria-describedby"]} />
              )}
            />
          )}
        </Field>
      </section>
      <section className="space-y-5" aria-labelledby="questions-heading">
        <h2 id="questions-heading" className="text-lg font-semibold">
          Questions
        </h2>
        {questions.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">This job post has no questions.</p> : null}
        {questions.map((question) => (
          <div key={question.key} data-question={question.key}>
            <QuestionField question={question} register={register} control={control} error={messageAt(errors, ["answers", question.key])} />
          </div>
        ))}
      </section>
      <FormError message={formError} />
      <Button type="submit" loading={formState.isSubmitting}>
        {formError ? "Retry" : "Submit application"}
      </Button>
    </form>
  );
}

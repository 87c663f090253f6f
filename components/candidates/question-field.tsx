"use client";

import { useId } from "react";
import { Controller, useFieldArray, type Control, type UseFormRegister, type FieldValues } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Textarea, inputClass } from "@/components/ui/input";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatBytes } from "@/lib/cv/limits";
import { EDUCATION_FIELDS, EXPERIENCE_FIELDS, MAX_GROUP_ENTRIES, questionLabel, type Question } from "@/lib/candidates/apply-schema";

type Props = {
  question: Question;
  register: UseFormRegister<FieldValues>;
  control: Control<FieldValues>;
  error?: string;
  /** The size limit of a file answer. */
  maxBytes: number;
};

/** One job-post question as a typed form field, named answers.<question name>. */
export function QuestionField({ question, register, control, error, maxBytes }: Props) {
  const name = `answers.${question.name}`;
  const label = questionLabel(question);
  switch (question.type) {
    case "long_text":
      return (
        <Field label={label} required={question.required} error={error}>
          {(props) => <Textarea {...props} {...register(name)} />}
        </Field>
      );
    case "boolean":
      return (
        <Choices question={question} error={error}>
          {(["true", "false"] as const).map((value) => (
            <Choice key={value} type="radio" label={value === "true" ? "Yes" : "No"} value={value} {...register(name)} />
          ))}
        </Choices>
      );
    case "single_choice":
      return (
        <Field label={label} required={question.required} error={error}>
          {(props) => (
            <select {...props} {...register(name)} className={cn(inputClass, "h-10")}>
              <option value="">Choose…</option>
              {question.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case "multiple_choice":
      return (
        <Choices question={question} error={error} hint="Choose all that apply.">
          {question.options.map((option) => (
            <Choice key={option} type="checkbox" label={option} value={option} {...register(name)} />
          ))}
        </Choices>
      );
    case "education":
    case "experience":
      return <GroupField question={question} register={register} control={control} error={error} />;
    case "file":
      return (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <Field label={label} required={question.required} error={error} hint={`One file, up to ${formatBytes(maxBytes)}. Recruspace decides which file types it takes.`}>
              {(props) => (
                <input
                  {...props}
                  type="file"
                  name={field.name}
                  ref={field.ref}
                  onBlur={field.onBlur}
                  onChange={(event) => field.onChange(event.target.files?.[0] ?? null)}
                  className={cn(inputClass, "file:mr-3 file:rounded file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium dark:file:bg-slate-800 dark:file:text-slate-100")}
                />
              )}
            </Field>
          )}
        />
      );
    default: {
      const type = { number: "text", date: "date", email: "email", phone: "tel", url: "url", short_text: "text" }[question.type];
      return (
        <Field label={label} required={question.required} error={error} hint={question.type === "number" ? "A number." : undefined}>
          {(props) => <Input {...props} type={type} inputMode={question.type === "number" ? "decimal" : undefined} {...register(name)} />}
        </Field>
      );
    }
  }
}

function Choices({ question, error, hint, children }: { question: Question; error?: string; hint?: string; children: React.ReactNode }) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {questionLabel(question)}
        {question.required ? <span aria-hidden="true" className="text-red-700 dark:text-red-400"> *</span> : null}
        {question.required ? <span className="sr-only"> (required)</span> : null}
      </legend>
      {hint ? <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      <div className="flex flex-wrap gap-x-6 gap-y-2">{children}</div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function Choice({ label, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { label: string }) {
  return (
    <label className="inline-flex min-h-11 items-center gap-2 text-sm">
      <input {...props} className="size-5 accent-brand-600" />
      {label}
    </label>
  );
}

function GroupField({ question, register, control, error }: Omit<Props, "maxBytes">) {
  const id = useId();
  const name = `answers.${question.name}`;
  const fields = question.type === "education" ? EDUCATION_FIELDS : EXPERIENCE_FIELDS;
  const array = useFieldArray({ control, name });
  const blank = Object.fromEntries(fields.map((field) => [field.name, ""]));
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined} className="space-y-3">
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {questionLabel(question)}
        {question.required ? <span aria-hidden="true" className="text-red-700 dark:text-red-400"> *</span> : null}
        {question.required ? <span className="sr-only"> (required)</span> : null}
      </legend>
      {array.fields.map((entry, index) => (
        <div key={entry.id} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-2 dark:border-slate-800">
          {fields.map((field) => (
            <Field key={field.name} label={`${field.label} (entry ${index + 1})`}>
              {(props) => <Input {...props} type={field.type} {...register(`${name}.${index}.${field.name}`)} />}
            </Field>
          ))}
          <div className="sm:col-span-2">
            <Button type="button" variant="ghost" size="sm" onClick={() => array.remove(index)}>
              Remove entry {index + 1}
            </Button>
          </div>
        </div>
      ))}
      {array.fields.length < MAX_GROUP_ENTRIES ? (
        <Button type="button" variant="secondary" size="sm" onClick={() => array.append(blank)}>
          Add {question.type === "education" ? "education" : "experience"}
        </Button>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/**
 * html-validate with the project's .htmlvalidate.json, loaded explicitly: fixture
 * sites are built in the temp folder, where the usual upward search would not find it.
 */
let validator: HtmlValidate | undefined;

export function projectValidator(): HtmlValidate {
  if (!validator) {
    const config = JSON.parse(readFileSync(path.join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    validator = new HtmlValidate({ ...config, root: true });
  }
  return validator;
}

/** "file:line:column message (rule)" for every error in the given pages. */
export async function htmlProblems(outDir: string, files: readonly string[]): Promise<string[]> {
  const validator = projectValidator();
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(path.join(outDir, file), "utf8"), file);
    for (const result of report.results) {
      for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId})`);
    }
  }
  return problems;
}

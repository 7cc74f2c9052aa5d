import { existsSync, lstatSync, readdirSync, realpathSync } from "node:fs";
import path from "node:path";
import type { ContentProblem } from "../errors.ts";
import { headersFilePath, nginxRedirectsFilePath, redirectsFilePath } from "../urls/site-urls.ts";

/** Files at the site root that every build writes itself (lib/hosting): a copy from public/ would race with them. */
const hostFiles = [headersFilePath, redirectsFilePath, nginxRedirectsFilePath].map((file) => file.slice(1));

/**
 * `public/` is published as it is, and a copy follows symbolic links: a link to
 * /etc/passwd would publish the host's password file. Links may point at files inside
 * the project (the folder that holds `public/`, outside `.git`); any other link, and a
 * link to nothing, is an error that names it. So is a host file the build writes itself
 * (`_headers`, `_redirects`), which one of the two copies would silently replace.
 */
export function publicFolderProblems(publicDir: string, root: string = process.cwd()): ContentProblem[] {
  if (!existsSync(publicDir)) return [];
  const project = path.dirname(realpathSync(publicDir));
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  const shown = (file: string) => path.relative(root, file).split(path.sep).join("/");

  const walk = (dir: string, shownDir: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      const where = path.join(shownDir, name);
      const stats = lstatSync(file);
      if (!stats.isSymbolicLink()) {
        if (stats.isDirectory()) walk(file, where);
        continue;
      }
      let target: string;
      try {
        target = realpathSync(file);
      } catch {
        problems.push(linkProblem(shown(where), "points at nothing (a broken link)", "remove it or point it at a file in the project"));
        continue;
      }
      const inside = target.startsWith(project + path.sep) && !target.split(path.sep).includes(".git");
      if (!inside) {
        problems.push(linkProblem(shown(where), `is a link to ${target}, outside the project`, "everything in public/ is published, so replace the link with a copy of the file you mean to publish, or remove it"));
      } else if (lstatSync(target).isDirectory()) {
        walk(target, where);
      }
    }
  };
  walk(publicDir, publicDir);
  for (const name of hostFiles.filter((file) => existsSync(path.join(publicDir, file)))) {
    problems.push({
      file: shown(path.join(publicDir, name)),
      field: "public",
      message: `the build writes ${name} itself, from site.json and the releases (docs/deployment.md, Hosting), and would replace this one; remove it. Nothing was published.`,
      severity: "error",
    });
  }
  return problems;
}

function linkProblem(file: string, what: string, fix: string): ContentProblem {
  return { file, field: "public", message: `${what}; ${fix}. Nothing was published.`, severity: "error" };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { HELPERS } from './helpers.js';

/** Renders a named template from `templates/` with a precomputed view-model. */
export type Render = (template: string, view: object) => string;

/** Finds the md2ts `templates/` folder, from the sources (tsx) or from `dist/` alike. */
export function findTemplatesDir(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`md2ts templates/ folder not found above ${start}`);
  }
}

/**
 * Compiles every `*.hbs` in the folder once. Templates emit code, not HTML, so nothing is
 * HTML-escaped (`noEscape`); text that must be made safe is made safe by the view-model
 * builders and the helpers, which know the target syntax.
 */
export function loadTemplates(dir = findTemplatesDir()): Render {
  const handlebars = Handlebars.create();
  for (const [name, helper] of Object.entries(HELPERS)) handlebars.registerHelper(name, helper);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort()) {
    const name = file.slice(0, -'.hbs'.length);
    const source = readFileSync(join(dir, file), 'utf8');
    if (name.startsWith('_')) handlebars.registerPartial(name.slice(1), source);
    else compiled.set(name, handlebars.compile(source, { noEscape: true, strict: true }));
  }
  return (template, view) => {
    const run = compiled.get(template);
    if (!run) throw new Error(`no template named ${template}.hbs in ${dir}`);
    return run(view);
  };
}

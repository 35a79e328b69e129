import type { ApiChange } from './api-change.js';
import type { ApiSurface, SurfaceProperty, SurfaceType } from './api-surface.js';

/** A type's own and inherited properties, base first; a loop in `allOf` stops the walk. */
export function effectiveProperties(surface: ApiSurface, name: string): Map<string, SurfaceProperty> {
  const chain: string[] = [];
  for (let at: string | undefined = name; at !== undefined && !chain.includes(at); ) {
    chain.push(at);
    const type = surface.types.get(at);
    at = type?.kind === 'object' ? type.base : undefined;
  }
  const result = new Map<string, SurfaceProperty>();
  for (const id of chain.reverse()) {
    const type = surface.types.get(id);
    if (type?.kind === 'object') for (const [key, property] of type.properties) result.set(key, property);
  }
  return result;
}

/** The bases of a type, nearest first. */
function ancestors(surface: ApiSurface, name: string): string[] {
  const found: string[] = [];
  for (let type = surface.types.get(name); type?.kind === 'object' && type.base !== undefined && !found.includes(type.base); type = surface.types.get(type.base)) found.push(type.base);
  return found;
}

function diffProperties(name: string, before: ApiSurface, after: ApiSurface, was: Extract<SurfaceType, { kind: 'object' }>, now: Extract<SurfaceType, { kind: 'object' }>): ApiChange[] {
  const changes: ApiChange[] = [];
  const wasAll = effectiveProperties(before, name);
  const nowAll = effectiveProperties(after, name);
  for (const [key, old] of was.properties) {
    const subject = `${name}.${key}`;
    // A property moved to a base type is still there for this type's consumers: only a change of its type or required-ness counts.
    const current = now.properties.get(key) ?? nowAll.get(key);
    if (current === undefined) {
      changes.push({ kind: 'property-removed', impact: 'breaking', subject, message: `property ${subject} removed (was ${old.type})` });
      continue;
    }
    if (current.type !== old.type) changes.push({ kind: 'property-type-changed', impact: 'breaking', subject, message: `property ${subject} changed type: ${old.type} → ${current.type}` });
    if (current.required !== old.required) {
      // Required → optional breaks readers (the value may now be missing); optional → required breaks writers.
      changes.push({ kind: 'property-required-changed', impact: 'breaking', subject, message: `property ${subject} is now ${current.required ? 'required' : 'optional'}` });
    }
    if (now.properties.has(key) && current.description !== old.description) changes.push({ kind: 'description-changed', impact: 'patch', subject, message: `description of property ${subject} changed` });
  }
  for (const [key, added] of now.properties) {
    if (was.properties.has(key)) continue;
    const subject = `${name}.${key}`;
    // Moved down from a base type: not new to this type's consumers, unless its type changed on the way.
    const inherited = wasAll.get(key);
    if (inherited !== undefined) {
      if (inherited.type !== added.type) changes.push({ kind: 'property-type-changed', impact: 'breaking', subject, message: `property ${subject} changed type: ${inherited.type} → ${added.type}` });
      continue;
    }
    changes.push(
      added.required
        ? { kind: 'property-added', impact: 'breaking', subject, message: `required property ${subject} added (${added.type}): objects built without it no longer type-check` }
        : { kind: 'property-added', impact: 'minor', subject, message: `property ${subject} added (${added.type})` },
    );
  }
  return changes;
}

function diffBase(name: string, before: ApiSurface, after: ApiSurface, was: Extract<SurfaceType, { kind: 'object' }>, now: Extract<SurfaceType, { kind: 'object' }>): ApiChange[] {
  if (was.base === now.base) return [];
  const message = `base type of ${name} changed: ${was.base ?? 'none'} → ${now.base ?? 'none'}`;
  // Still derived from every type it was derived from (a base inserted between them): values stay assignable where they were.
  const keepsAncestors = ancestors(before, name).every((id) => ancestors(after, name).includes(id));
  return [{ kind: 'base-changed', impact: keepsAncestors ? 'minor' : 'breaking', subject: name, message }];
}

/**
 * Enum members. A removed member is breaking. An added member is `minor`, as Microsoft Graph
 * treats it (evolvable enums: the service may send members the package does not list yet,
 * which is why the package also has an open `XOpen` form); code with an exhaustive `switch`
 * over the enum needs a new case, which the message says.
 */
function diffMembers(name: string, was: readonly string[], now: readonly string[]): ApiChange[] {
  return [
    ...was.filter((m) => !now.includes(m)).map((m): ApiChange => ({ kind: 'enum-member-removed', impact: 'breaking', subject: name, message: `enum ${name} lost member "${m}"` })),
    ...now
      .filter((m) => !was.includes(m))
      .map((m): ApiChange => ({ kind: 'enum-member-added', impact: 'minor', subject: name, message: `enum ${name} gained member "${m}" (an exhaustive switch over ${name} needs a case for it)` })),
  ];
}

/** Every change to the component schemas: types added, removed or reshaped, properties, bases and enum members. */
export function diffTypes(before: ApiSurface, after: ApiSurface): ApiChange[] {
  const changes: ApiChange[] = [];
  for (const [name, was] of before.types) {
    const now = after.types.get(name);
    if (now === undefined) {
      changes.push({ kind: 'type-removed', impact: 'breaking', subject: name, message: `${was.kind === 'enum' ? 'enum' : 'type'} ${name} removed` });
      continue;
    }
    if (was.description !== now.description) changes.push({ kind: 'description-changed', impact: 'patch', subject: name, message: `description of ${name} changed` });
    if (was.kind === 'object' && now.kind === 'object') changes.push(...diffBase(name, before, after, was, now), ...diffProperties(name, before, after, was, now));
    else if (was.kind === 'enum' && now.kind === 'enum') changes.push(...diffMembers(name, was.members, now.members));
    else if (was.kind !== now.kind || (was.kind === 'other' && now.kind === 'other' && was.shape !== now.shape)) {
      changes.push({ kind: 'type-kind-changed', impact: 'breaking', subject: name, message: `${name} changed shape: ${was.kind === 'other' ? was.shape : was.kind} → ${now.kind === 'other' ? now.shape : now.kind}` });
    }
  }
  for (const [name, now] of after.types) {
    if (!before.types.has(name)) changes.push({ kind: 'type-added', impact: 'minor', subject: name, message: `${now.kind === 'enum' ? 'enum' : 'type'} ${name} added` });
  }
  return changes;
}

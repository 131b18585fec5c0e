import type {RegisterRole} from "./register.js";

/**
 * Whether a register role was held on a day. Dates may be partial (YYYY, YYYY-MM):
 * "from: 2012" covers all of 2012 onwards, "to: 2021-01" all of January 2021.
 */
export function heldOn(role: RegisterRole, day: string): boolean {
  if (role.from && day.slice(0, role.from.length) < role.from) return false;
  if (role.to && day.slice(0, role.to.length) > role.to) return false;
  return true;
}

/**
 * The register roles valid for a person's mentions: roles without dates always;
 * dated roles held on one of the articles' publication days (YYYY-MM-DD…). For
 * articles without a date only the roles still held (no `to`) are taken.
 * Each role name once, in register order.
 */
export function registerRolesAt(roles: readonly RegisterRole[], days: Iterable<string>): string[] {
  const dated: string[] = [];
  let undated = false;
  for (const day of days) {
    if (/^\d{4}/.test(day)) dated.push(day);
    else undated = true;
  }
  const out: string[] = [];
  for (const role of roles) {
    const valid = (!role.from && !role.to) || dated.some((day) => heldOn(role, day)) || (undated && !role.to);
    if (valid && !out.includes(role.role)) out.push(role.role);
  }
  return out;
}

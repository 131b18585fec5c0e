import {describe, expect, test} from "vitest";
import type {RegisterRole} from "../../../loaders/people/register.js";
import {heldOn, registerRolesAt} from "../../../loaders/people/register-roles.js";

const role = (from: string, to: string): RegisterRole => ({role: "Minister", from, to});

describe("heldOn", () => {
  test.each<[string, string, string, boolean]>([
    ["", "", "2025-03-01", true],
    ["2012", "", "2011-12-31", false],
    ["2012", "", "2012-01-01", true],
    ["2012-05", "", "2012-04-30", false],
    ["2012-05", "", "2012-05-02", true],
    ["2017-01-20", "2021-01-20", "2021-01-20", true],
    ["2017-01-20", "2021-01-20", "2021-01-21", false],
    ["", "2021", "2021-12-31", true],
    ["", "2021", "2022-01-01", false]
  ])("from %s to %s on %s → %s", (from, to, day, expected) => {
    expect(heldOn(role(from, to), day)).toBe(expected);
  });
});

describe("registerRolesAt", () => {
  const roles: RegisterRole[] = [
    {role: "Präsident", from: "2017-01-20", to: "2021-01-20"},
    {role: "Unternehmer", from: "", to: ""},
    {role: "Präsident", from: "2025-01-20", to: ""},
    {role: "Senator", from: "2005", to: "2008"}
  ];
  test.each<[string[], string[]]>([
    [["2019-06-01"], ["Präsident", "Unternehmer"]],
    [["2023-06-01"], ["Unternehmer"]],
    [["2006-02-03", "2023-06-01"], ["Unternehmer", "Senator"]],
    [["2025-02-01"], ["Unternehmer", "Präsident"]],
    [[""], ["Unternehmer", "Präsident"]],
    [[], ["Unternehmer"]]
  ])("days %j → %j", (days, expected) => {
    expect(registerRolesAt(roles, days)).toEqual(expected);
  });
});

import {describe, expect, test} from "vitest";
import {labelMargin, rotatedLabelsMargin, shorten, wrapLabel} from "../../src/components/labels.js";

describe("shorten", () => {
  test.each([
    ["taz", 22, "taz"],
    ["Mittelstädter Abendblatt am Sonntag", 22, "Mittelstädter Abendbl…"]
  ])("%s (%i characters)", (label, max, expected) => {
    expect(shorten(label, max)).toBe(expected);
  });
});

describe("rotatedLabelsMargin: room under the plot for rotated outlet names and the axis label", () => {
  test.each<[string[], number, number, number]>([
    [["taz", "Bild"], 22, -30, 60], // short names: the least margin
    [["Mittelstädter Abendblatt"], 22, -30, 106], // 22 characters at 30°: 72 px of label, 34 px below
    [["Mittelstädter Abendblatt"], 22, -90, 177], // upright: the whole label's length
    [["Mittelstädter Abendblatt am Sonntag", "taz"], 22, -90, 177] // cut to 22 characters as the ticks are
  ])("%j at %i characters, %i°", (labels, max, degrees, expected) => {
    expect(rotatedLabelsMargin(labels, max, degrees)).toBe(expected);
  });

  test("grows with the longest label", () => {
    expect(rotatedLabelsMargin(["Radio Wesel Nachrichten"], 22, -30)).toBeGreaterThan(rotatedLabelsMargin(["Radio Wesel"], 22, -30));
  });
});

describe("wrapLabel: a long axis label on two lines, broken between words", () => {
  test.each<[string, number, string]>([
    ["Hafen", 20, "Hafen"],
    ["Deichbau und Küstenschutz", 20, "Deichbau und\nKüstenschutz"],
    ["Fährverkehr und Inselversorgung im Winter", 20, "Fährverkehr und\nInselversorgung im…"],
    ["Wattenmeernationalparkverwaltung und Tourismus", 20, "Wattenmeernationalp…\nund Tourismus"],
    ["Ebbe Flut Sturm Regen Nebel Schnee", 10, "Ebbe Flut\nSturm Reg…"]
  ])("%s (%i characters a line)", (label, chars, expected) => {
    expect(wrapLabel(label, chars)).toBe(expected);
    for (const line of wrapLabel(label, chars).split("\n")) expect(line.length).toBeLessThanOrEqual(chars);
  });
});

describe("labelMargin: a left margin for the longest label, within a share of the width", () => {
  test.each<[string[], number, number, {margin: number; chars: number}]>([
    [["Hafen", "Deich"], 400, 0.5, {margin: 120, chars: 13}], // short labels: the least margin
    [["Deichbau und Küstenschutz"], 800, 0.5, {margin: 197, chars: 25}], // 25 characters and the axis label
    [["Fährverkehr und Inselversorgung im Winter"], 380, 0.5, {margin: 190, chars: 24}] // capped at half the width
  ])("%j, %i px, share %d", (labels, width, share, expected) => {
    expect(labelMargin(labels, width, {maxChars: 40, least: 120, share})).toEqual(expected);
  });
});

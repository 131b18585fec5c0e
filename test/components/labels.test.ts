import {describe, expect, test} from "vitest";
import {rotatedLabelsMargin, shorten} from "../../src/components/labels.js";

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

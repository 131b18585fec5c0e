/**
 * Hand-written gold for the seeds' dates, from reading the body text of the
 * five seed articles (not copied from extractor output). Per seed (file name
 * prefix): the publication date the seed states, and each temporal expression
 * as [surface, value]. Seeds without a publication date keep relative values
 * empty; absolute ones ("Februar 2022", "2013") and durations are resolved.
 */
export interface GoldDates {
  seed: string;
  published: string;
  dates: [surface: string, value: string][];
}

export const goldDates: GoldDates[] = [
  {
    seed: "000",
    published: "",
    dates: [
      ["eine Stunde", "PT1H"], // "über eine Stunde"
      ["Mittwoch", ""],
      ["etwa anderthalb Stunden", "PT1.5H"],
      ["Zukunft", "FUTURE_REF"], // "sich in Zukunft zu treffen"
      ["jetzt", "PRESENT_REF"],
      ["Februar 2022", "2022-02"],
      ["der Zukunft", "FUTURE_REF"], // "in der Zukunft"
      ["den kommenden Tagen", "FUTURE_REF"]
    ]
  },
  {
    seed: "001",
    published: "2025-02-13",
    dates: [
      ["nicht allzu ferner Zukunft", "FUTURE_REF"], // lead: in „nicht allzu ferner Zukunft“
      ["12. Februar", "2025-02-12"],
      ["nicht allzu ferner Zukunft", "FUTURE_REF"],
      ["jetzt", "PRESENT_REF"],
      ["sechs Monaten", "2025-08"] // "in sechs Monaten", said on the 12th or 13th
    ]
  },
  {
    seed: "002",
    published: "",
    dates: [
      ["Mittwoch, dem 12. Februar", ""], // no year stated, no publication date
      ["Morgen", ""], // "am Morgen (US-Zeit)"
      ["anderthalb Stunden", "PT1.5H"],
      ["einen Tag", "P1D"], // "einen Tag, nachdem …"
      ["fast drei Jahre", "P3Y"],
      ["Tag zuvor", ""],
      ["11. Februar", ""]
    ]
  },
  {
    seed: "003",
    published: "",
    dates: [
      ["eineinhalb Stunden", "PT1.5H"],
      ["Freitag", "2025-02-14"], // in Trump's post after the call of 12 February (other outlets date it): the coming Friday
      ["2014", "2014"],
      ["fast drei Jahre", "P3Y"],
      ["2013", "2013"]
    ]
  },
  {
    seed: "004",
    published: "",
    dates: [
      ["Fast anderthalb Stunden", "PT1.5H"],
      ["bald", "FUTURE_REF"],
      ["jetzt", "PRESENT_REF"],
      ["gestrige", "2025-02-11"], // "die gestrige Freilassung", in Trump's post of 12 February (the call other outlets date)
      ["gestern Abend", ""],
      ["bald", "FUTURE_REF"]
    ]
  }
];

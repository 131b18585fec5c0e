// Framework serves npm: imports from src/.observablehq/cache/_npm (see scripts/vendor-npm.ts);
// for the type checker and the tests they are the installed packages.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
declare module "npm:d3" {
  export * from "d3";
}
declare module "npm:htl" {
  export * from "htl";
}

// Observable Framework configuration: https://observablehq.com/framework/config
const config = {
  root: "src",
  title: "Pressespiegel",
  // No Google Fonts: the report requests nothing from third-party hosts.
  globalStylesheets: [],
  // An empty icon, so browsers do not ask the host for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  // The home page is not listed: the sidebar's header links to it, and the
  // previous/next links call it by the title, as the header does.
  pages: [
    {name: "Chronology", path: "/chronology"},
    {name: "Quotes", path: "/quotes"},
    {name: "People and negotiators", path: "/people"},
    {name: "Outlets", path: "/outlets"},
    {name: "Reader", path: "/reader"},
    {name: "Method", path: "/method"},
    {name: "Corpus", path: "/corpus"}
  ],
  footer: "Pressespiegel: news coverage as tables.",
  search: false
};

/** Every page of the report: the home page, then the listed pages in sidebar order. */
export const pagePaths: string[] = ["/", ...config.pages.map((p) => p.path)];

export default config;

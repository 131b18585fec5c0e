// Observable Framework configuration: https://observablehq.com/framework/config
export default {
  root: "src",
  title: "Pressespiegel",
  // No Google Fonts: the report requests nothing from third-party hosts.
  globalStylesheets: [],
  // An empty icon, so browsers do not ask the host for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  pages: [
    {name: "Overview", path: "/"},
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

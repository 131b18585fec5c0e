// Observable Framework configuration: https://observablehq.com/framework/config
export default {
  root: "src",
  title: "Pressespiegel",
  // No Google Fonts: the report requests nothing from third-party hosts.
  globalStylesheets: [],
  // An empty icon, so browsers do not ask the host for /favicon.ico.
  head: '<link rel="icon" href="data:,">',
  pages: [{name: "Corpus", path: "/"}],
  footer: "Pressespiegel: news coverage as tables.",
  search: false
};

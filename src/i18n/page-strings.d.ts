declare module 'virtual:page-strings' {
  /** Each page's strings file, per language: `files.zh.result` is `/assets/zh-result-<hash>.json`. */
  const files: Readonly<
    Record<import('../state').Language, Readonly<Record<import('./page-parts').PageKind, string>>>
  >;
  export default files;
}

declare module "mammoth/mammoth.browser.js" {
  const mammoth: { extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<{ value: string }> };
  export default mammoth;
}

/** Imported for its side effect only (it sets globalThis.pdfjsWorker). */
declare module "pdfjs-dist/build/pdf.worker.mjs";

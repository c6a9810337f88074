declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** Returns a canonical WHATWG encoding name, or `defaultEncoding` when nothing was found. */
  function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
  export default htmlEncodingSniffer;
}

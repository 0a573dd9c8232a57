// Types for icon-containers.mjs, which the packaging unit tests import too.
export declare function icoFromPngs(images: { size: number; png: Uint8Array }[]): Buffer;
export declare const icnsTypesBySize: Map<number, string[]>;
export declare function icnsFromPngs(images: { size: number; png: Uint8Array }[]): Buffer;
